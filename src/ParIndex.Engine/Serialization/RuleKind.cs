using System.Text.Json.Nodes;
using ParIndex.Engine.Rules;
using ParIndex.Engine.Serialization.Internal;

namespace ParIndex.Engine.Serialization;

/// <summary>
/// The base of a rule kind: one class per kind, registered once in a <see cref="RuleKindRegistry"/>
/// (or with <c>options.AddRuleKind</c> of <c>AddParIndexEngine</c>).
/// </summary>
/// <typeparam name="TRule">The rule type.</typeparam>
public abstract class RuleKind<TRule> : IRuleKind
    where TRule : Rule
{
    /// <inheritdoc />
    public abstract string Name { get; }

    /// <inheritdoc />
    public Type RuleType => typeof(TRule);

    /// <inheritdoc />
    public abstract IReadOnlyList<string> Properties { get; }

    /// <summary>Reads the rule; report problems through <paramref name="reader"/>.</summary>
    protected abstract TRule? ReadRule(RuleReader reader);

    /// <summary>Writes the rule's properties in a fixed order, omitting defaults.</summary>
    protected abstract void WriteRule(TRule rule, RuleWriter writer);

    /// <inheritdoc />
    public Rule? Read(RuleReader reader) => ReadRule(reader);

    /// <inheritdoc />
    public void Write(Rule rule, RuleWriter writer)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(writer);
        if (rule is not TRule typed) throw new ArgumentException($"Rule kind '{Name}' writes {typeof(TRule).Name}, not {rule.GetType().Name}.", nameof(rule));
        WriteRule(typed, writer);
    }

    /// <summary>
    /// The JSON Schema of the rule object. This default allows <c>"kind"</c> (required, equal to <see cref="Name"/>)
    /// and each of <see cref="Properties"/> with any value (<c>{}</c>), and no other property; override it to state
    /// types, ranges and descriptions ("English / Tiếng Việt") as the built-in kinds do.
    /// </summary>
    public virtual JsonObject DescribeSchema()
    {
        var properties = new JsonObject
        {
            ["kind"] = new JsonObject { ["type"] = "string", ["enum"] = SchemaBuilder.Strings(Name) },
        };
        foreach (var property in Properties) properties[property] = new JsonObject();
        return new JsonObject
        {
            ["type"] = "object",
            ["description"] = SchemaBuilder.D($"Rule kind {Name}", $"Loại quy tắc {Name}"),
            ["additionalProperties"] = false,
            ["properties"] = properties,
            ["required"] = SchemaBuilder.Strings("kind"),
        };
    }
}
