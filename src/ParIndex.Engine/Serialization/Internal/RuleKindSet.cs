using ParIndex.Engine.Model;
using ParIndex.Engine.Rules;

namespace ParIndex.Engine.Serialization.Internal;

/// <summary>
/// An immutable set of rule kinds by name: what a <see cref="ParIndexJson"/> reads and writes with, and the hasher it
/// gives to the frameworks it reads. A snapshot, so that registering a kind later changes nothing already read.
/// </summary>
internal sealed class RuleKindSet(IReadOnlyDictionary<string, IRuleKind> kinds) : IFrameworkHasher
{
    public IReadOnlyDictionary<string, IRuleKind> Kinds { get; } = kinds;

    /// <summary>The kind that writes <paramref name="rule"/>: the registered kind of its name, for its exact type.</summary>
    /// <exception cref="UnknownRuleKindException">No kind of this set writes the rule.</exception>
    public IRuleKind KindOf(Rule rule, string? nodeCode = null) =>
        Kinds.TryGetValue(rule.Kind, out var kind) && kind.RuleType == rule.GetType() ? kind
        : throw new UnknownRuleKindException(rule.Kind, rule.GetType(), nodeCode, [.. Kinds.Keys]);

    public string Hash(Framework framework) => FrameworkHasher.Compute(framework, this);
}
