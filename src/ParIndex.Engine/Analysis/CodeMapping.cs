namespace ParIndex.Engine.Analysis;

/// <summary>
/// Where the inputs of one framework version go in another: each old code (a leaf, an adjustment or a disqualifier)
/// maps to the new codes that take its input — one when it moved, several when it was split (each receives a copy of
/// the input), none when it was dropped. A code not listed keeps its code when the new framework has it.
/// </summary>
public sealed record CodeMapping
{
    private readonly IReadOnlyDictionary<string, IReadOnlyList<string>> _codes = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);

    /// <summary>Old code → new codes.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Codes
    {
        get => _codes;
        init => _codes = value is null
            ? new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
            : value.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<string>)[.. kv.Value ?? []], StringComparer.Ordinal);
    }

    /// <summary>The identity mapping: every code stays.</summary>
    public static CodeMapping Identity { get; } = new();

    /// <summary>The new codes of an old code, given the codes the new framework has.</summary>
    public IReadOnlyList<string> TargetsOf(string code, Func<string, bool> exists)
    {
        ArgumentNullException.ThrowIfNull(exists);
        if (_codes.TryGetValue(code, out var targets)) return targets;
        return exists(code) ? [code] : [];
    }

    /// <summary>Whether the mapping lists <paramref name="code"/> (as moved, split or dropped).</summary>
    public bool Lists(string code) => _codes.ContainsKey(code);

    /// <summary>Structural equality.</summary>
    public bool Equals(CodeMapping? other) =>
        other is not null && _codes.Count == other._codes.Count
        && _codes.All(kv => other._codes.TryGetValue(kv.Key, out var v) && v.SequenceEqual(kv.Value));

    /// <inheritdoc />
    public override int GetHashCode() => _codes.Count;
}
