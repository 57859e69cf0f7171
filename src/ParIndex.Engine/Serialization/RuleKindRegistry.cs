using System.Collections.Concurrent;
using ParIndex.Engine.Rules;
using ParIndex.Engine.Serialization.Internal;

namespace ParIndex.Engine.Serialization;

/// <summary>
/// The rule kinds a <see cref="ParIndexJson"/> can read and write: the eight built-ins are always present; a province adds
/// its own with <see cref="Add"/>. Kind names are unique (case-sensitive). Configure it before handing it to
/// <see cref="ParIndexJson"/>, which takes a snapshot.
/// </summary>
public sealed class RuleKindRegistry
{
    private static readonly ConcurrentDictionary<Type, IRuleKind> KnownByType = new();
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
        KnownByType.TryAdd(kind.RuleType, kind);
        return this;
    }

    /// <summary>Finds a kind by name.</summary>
    public bool TryGet(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out IRuleKind? kind) => _byName.TryGetValue(name, out kind);

    internal IReadOnlyDictionary<string, IRuleKind> Snapshot() => new Dictionary<string, IRuleKind>(_byName, StringComparer.Ordinal);

    /// <summary>The kind that writes rules of this type, from any registry created in the process (used by the content hash).</summary>
    internal static IRuleKind? ForRuleType(Type type) => KnownByType.GetValueOrDefault(type);

    static RuleKindRegistry()
    {
        foreach (var kind in BuiltInRuleKinds.All) KnownByType.TryAdd(kind.RuleType, kind);
    }
}
