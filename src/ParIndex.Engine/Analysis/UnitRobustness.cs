namespace ParIndex.Engine.Analysis;

/// <summary>
/// One unit's rank and band under uncertainty: the nominal rank beside the median and the 5th–95th percentile rank
/// over the draws, and the probability of each band.
/// </summary>
public sealed record UnitRobustness
{
    /// <summary>The unit's id.</summary>
    public required string UnitId { get; init; }

    /// <summary>The unit's name.</summary>
    public required string UnitName { get; init; }

    /// <summary>The unit's block; <see langword="null"/> when the cohort has none.</summary>
    public string? Block { get; init; }

    /// <summary>The index under the nominal framework.</summary>
    public required decimal NominalIndex { get; init; }

    /// <summary>The rank under the nominal framework; <see langword="null"/> for a unit not ranked.</summary>
    public int? NominalRank { get; init; }

    /// <summary>The band under the nominal framework; <see langword="null"/> when none.</summary>
    public string? NominalBand { get; init; }

    /// <summary>The median rank over the draws (nearest rank: the ⌈N/2⌉-th smallest); <see langword="null"/> when not ranked.</summary>
    public int? MedianRank { get; init; }

    /// <summary>The 5th percentile rank over the draws (nearest rank: the ⌈0.05 N⌉-th smallest, the best plausible rank).</summary>
    public int? Rank5 { get; init; }

    /// <summary>The 95th percentile rank over the draws (nearest rank: the ⌈0.95 N⌉-th smallest, the worst plausible rank).</summary>
    public int? Rank95 { get; init; }

    /// <summary>The lower end of the rank interval: the 5th percentile, or the nominal rank when it is better (the nominal framework is always plausible).</summary>
    public int? RankLow => Rank5 is { } p && NominalRank is { } n ? Math.Min(p, n) : Rank5;

    /// <summary>The upper end of the rank interval: the 95th percentile, or the nominal rank when it is worse.</summary>
    public int? RankHigh => Rank95 is { } p && NominalRank is { } n ? Math.Max(p, n) : Rank95;

    /// <summary>The width of the rank interval (<see cref="RankHigh"/> − <see cref="RankLow"/>); 0 when the rank never moves.</summary>
    public int? IntervalWidth => RankHigh - RankLow;

    /// <summary>The lowest and highest index over the draws.</summary>
    public required decimal IndexMin { get; init; }

    /// <summary>The highest index over the draws.</summary>
    public required decimal IndexMax { get; init; }

    /// <summary>The probability of each band, in the framework's order (best first); bands never reached have 0.</summary>
    public required IReadOnlyList<BandProbability> Bands { get; init; }

    /// <summary>The probability of the nominal band (1 when the band never changes); <see langword="null"/> without bands.</summary>
    public decimal? NominalBandProbability => NominalBand is null ? null : Bands.FirstOrDefault(b => b.Band == NominalBand)?.Probability ?? 0m;

    /// <summary>Structural equality, band probabilities included.</summary>
    public bool Equals(UnitRobustness? other) =>
        other is not null && UnitId == other.UnitId && UnitName == other.UnitName && Block == other.Block && NominalIndex == other.NominalIndex
        && NominalRank == other.NominalRank && NominalBand == other.NominalBand && MedianRank == other.MedianRank && Rank5 == other.Rank5
        && Rank95 == other.Rank95 && IndexMin == other.IndexMin && IndexMax == other.IndexMax && Bands.SequenceEqual(other.Bands);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(UnitId, NominalRank, MedianRank, Rank5, Rank95);
}
