using ParIndex.Engine.Model;
using ParIndex.Engine.Rules;
using ParIndex.Engine.Serialization.Internal;

namespace ParIndex.Engine.Serialization;

/// <summary>
/// The rule kinds a <see cref="ParIndexJson"/> can read and write, and the hasher of the frameworks that use them: the
/// built-ins are always present; a province adds its own with <see cref="Add"/>. Kind names are unique
/// (case-sensitive). Configure it before handing it to <see cref="ParIndexJson"/>, which takes a snapshot.
/// </summary>
public sealed class RuleKindRegistry : IFrameworkHasher
{
    private readonly Dictionary<string, IRuleKind> _byName = new(StringComparer.Ordinal);

    /// <summary>Creates a registry holding the built-in kinds.</summary>
    public RuleKindRegistry()
    {
        foreach (var kind in BuiltInRuleKinds.All) Add(kind);
    }

    /// <summary>The names of the registered kinds, built-ins first, in registration order.</summary>
    public IReadOnlyList<string> Names => [.. _byName.Keys];

    /// <summary>The names of the built-in kinds (the ones the shipped JSON Schema lists).</summary>
    public static IReadOnlyList<string> BuiltInNames => [.. BuiltInRuleKinds.All.Select(k => k.Name)];

    /// <summary>Adds a kind.</summary>
    /// <exception cref="ArgumentException">The name is empty, not a camelCase word, or already registered by another kind.</exception>
    public RuleKindRegistry Add(IRuleKind kind)
    {
        ArgumentNullException.ThrowIfNull(kind);
        if (string.IsNullOrWhiteSpace(kind.Name) || !kind.Name.All(char.IsAsciiLetterOrDigit) || !char.IsAsciiLetterLower(kind.Name[0]))
            throw new ArgumentException($"Rule kind name '{kind.Name}' of {kind.GetType().Name} is not valid; use a camelCase word such as \"quotaMet\".", nameof(kind));
        if (kind.RuleType is null || !typeof(Rule).IsAssignableFrom(kind.RuleType))
            throw new ArgumentException($"Rule kind '{kind.Name}' must name a rule type derived from Rule.", nameof(kind));
        if (_byName.TryGetValue(kind.Name, out var existing))
        {
            if (existing.GetType() == kind.GetType()) return this;
            throw new ArgumentException(
                $"Rule kind '{kind.Name}' is already registered by {existing.GetType().Name}; {kind.GetType().Name} needs another name (kind names are unique, the built-ins are {string.Join(", ", BuiltInNames)}).",
                nameof(kind));
        }
        _byName.Add(kind.Name, kind);
        return this;
    }

    /// <summary>Finds a kind by name.</summary>
    public bool TryGet(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out IRuleKind? kind) => _byName.TryGetValue(name, out kind);

    /// <summary>
    /// The hasher of the built-in kinds: immutable, for frameworks built in code that use the built-in kinds only
    /// (<c>new Framework(..., hasher: RuleKindRegistry.BuiltInHasher)</c>).
    /// </summary>
    public static IFrameworkHasher BuiltInHasher { get; } = new RuleKindSet(BuiltInRuleKinds.All.ToDictionary(k => k.Name, StringComparer.Ordinal));

    /// <summary>
    /// The content hash of <paramref name="framework"/>, its canonical form written by the kinds registered now (see
    /// <see cref="Framework.ContentHash"/>).
    /// </summary>
    /// <exception cref="UnknownRuleKindException">A rule's kind is not registered here.</exception>
    public string Hash(Framework framework) => Snapshot().Hash(framework);

    /// <summary>The canonical form the content hash is computed over: compact JSON without "$schema".</summary>
    /// <exception cref="UnknownRuleKindException">A rule's kind is not registered here.</exception>
    public string CanonicalForm(Framework framework) => FrameworkHasher.CanonicalForm(framework, Snapshot());

    /// <summary>
    /// The framework JSON Schema (draft-07) for the kinds registered now: with the built-ins only, the text of
    /// <see cref="JsonSchemas.Framework"/>; with custom kinds, each one's <see cref="IRuleKind.DescribeSchema"/> is a
    /// definition <c>rule_&lt;name&gt;</c> a leaf's rule may match. A province publishes this schema for its own kinds.
    /// </summary>
    public string FrameworkSchema() => SchemaBuilder.Write(SchemaGenerator.Framework(_byName.Values));

    internal RuleKindSet Snapshot() => new(new Dictionary<string, IRuleKind>(_byName, StringComparer.Ordinal));
}
