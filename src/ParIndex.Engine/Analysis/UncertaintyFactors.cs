using ParIndex.Engine.Model;

namespace ParIndex.Engine.Analysis;

/// <summary>
/// The uncertain factors of an analysis: what a draw may change. Each draw picks, independently and uniformly: a
/// multiplier for the max (weight) of every weighted node, within ±<see cref="WeightNoise"/>; one set of band
/// cut-offs among the framework's own and <see cref="CutOffAlternatives"/>; one not-applicable policy among the
/// framework's own and <see cref="NotApplicableAlternatives"/>; and, with <see cref="ManualNoise"/>, for every unit
/// and manual leaf, one step down, none or one step up.
/// </summary>
public sealed record UncertaintyFactors
{
    private readonly IReadOnlyList<IReadOnlyList<decimal>> _cutOffs = [];
    private readonly IReadOnlyList<NotApplicablePolicy> _notApplicable = [];

    /// <summary>
    /// The relative noise on maxima: 0.2 draws each weighted node's multiplier uniformly in [0.8, 1.2], on a grid of
    /// 0.001 (so every perturbed max is an exact decimal). 0 (the default) leaves the weights alone. At most 0.9.
    /// </summary>
    public decimal WeightNoise { get; init; }

    /// <summary>
    /// Which nodes carry the weights: 1 (the default) the areas (lĩnh vực), 2 the criteria (tiêu chí). A leaf above
    /// that level is weighted itself; a "best of" parent is weighted as a whole.
    /// </summary>
    public int WeightLevel { get; init; } = 1;

    /// <summary>Other band cut-offs: each list gives every band's minimum index, best first.</summary>
    public IReadOnlyList<IReadOnlyList<decimal>> CutOffAlternatives { get => _cutOffs; init => _cutOffs = value is null ? [] : [.. value.Select(v => (IReadOnlyList<decimal>)[.. v])]; }

    /// <summary>Other meanings of "not applicable", each applied to every leaf when drawn.</summary>
    public IReadOnlyList<NotApplicablePolicy> NotApplicableAlternatives { get => _notApplicable; init => _notApplicable = value is null ? [] : [.. value]; }

    /// <summary>Whether manual scores (chấm thủ công) move one step down or up (within 0 to the max) per unit and draw.</summary>
    public bool ManualNoise { get; init; }

    /// <summary>Whether nothing is uncertain: every draw is the nominal framework.</summary>
    public bool IsNone => WeightNoise == 0m && _cutOffs.Count == 0 && _notApplicable.Count == 0 && !ManualNoise;

    /// <summary>Structural equality, lists included.</summary>
    public bool Equals(UncertaintyFactors? other) =>
        other is not null && WeightNoise == other.WeightNoise && WeightLevel == other.WeightLevel && ManualNoise == other.ManualNoise
        && _cutOffs.Count == other._cutOffs.Count && _cutOffs.Zip(other._cutOffs).All(p => p.First.SequenceEqual(p.Second))
        && _notApplicable.SequenceEqual(other._notApplicable);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(WeightNoise, WeightLevel, ManualNoise, _cutOffs.Count, _notApplicable.Count);
}
