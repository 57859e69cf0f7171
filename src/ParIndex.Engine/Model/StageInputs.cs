using ParIndex.Engine.Rules;

namespace ParIndex.Engine.Model;

/// <summary>What a unit entered, or the council decided, at one stage: inputs per leaf, adjustments, disqualifiers.</summary>
public sealed record StageInputs
{
    private readonly IReadOnlyDictionary<string, LeafInput> _inputs = new Dictionary<string, LeafInput>();
    private readonly IReadOnlyDictionary<string, int> _adjustments = new Dictionary<string, int>();
    private readonly IReadOnlyList<string> _disqualifiers = [];

    /// <summary>Inputs by leaf code ("3.4.1").</summary>
    public IReadOnlyDictionary<string, LeafInput> Inputs
    {
        get => _inputs;
        init => _inputs = value is null ? new Dictionary<string, LeafInput>() : new Dictionary<string, LeafInput>(value, StringComparer.Ordinal);
    }

    /// <summary>Occurrences by adjustment code.</summary>
    public IReadOnlyDictionary<string, int> Adjustments
    {
        get => _adjustments;
        init => _adjustments = value is null ? new Dictionary<string, int>() : new Dictionary<string, int>(value, StringComparer.Ordinal);
    }

    /// <summary>The codes of the disqualifiers that apply to the unit.</summary>
    public IReadOnlyList<string> Disqualifiers { get => _disqualifiers; init => _disqualifiers = value is null ? [] : [.. value]; }

    /// <inheritdoc />
    public bool Equals(StageInputs? other) =>
        other is not null
        && _inputs.Count == other._inputs.Count && _inputs.All(kv => other._inputs.TryGetValue(kv.Key, out var v) && Equals(v, kv.Value))
        && _adjustments.Count == other._adjustments.Count && _adjustments.All(kv => other._adjustments.TryGetValue(kv.Key, out var v) && v == kv.Value)
        && _disqualifiers.SequenceEqual(other._disqualifiers);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_inputs.Count, _adjustments.Count, _disqualifiers.Count);
}
