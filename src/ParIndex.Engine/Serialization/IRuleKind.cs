using System.Text.Json.Nodes;
using ParIndex.Engine.Rules;

namespace ParIndex.Engine.Serialization;

/// <summary>
/// A rule kind as JSON knows it: the <c>"kind"</c> name, the properties it takes, and how to read and write its rule.
/// Derive from <see cref="RuleKind{TRule}"/> rather than implementing this directly.
/// </summary>
public interface IRuleKind
{
    /// <summary>The value of <c>"kind"</c> in the framework file ("steps", "myProvinceQuota").</summary>
    string Name { get; }

    /// <summary>The rule type this kind reads and writes.</summary>
    Type RuleType { get; }

    /// <summary>The properties the rule object may have besides <c>"kind"</c>; any other property is reported as unknown.</summary>
    IReadOnlyList<string> Properties { get; }

    /// <summary>Reads the rule; reports problems to <paramref name="reader"/> and may return <see langword="null"/> when they prevent building it.</summary>
    Rule? Read(RuleReader reader);

    /// <summary>Writes the rule's properties (not <c>"kind"</c>, which the caller writes first).</summary>
    void Write(Rule rule, RuleWriter writer);

    /// <summary>
    /// The JSON Schema (draft-07) of this kind's rule object, including its <c>"kind"</c> property: the definition
    /// <c>rule_&lt;Name&gt;</c> of the framework schema (<see cref="RuleKindRegistry.FrameworkSchema"/>). Returns a new
    /// object on every call.
    /// </summary>
    JsonObject DescribeSchema();
}
