namespace ParIndex.Engine.Model;

/// <summary>The framework-wide choices that every leaf and the index follow unless a node says otherwise.</summary>
public sealed record ScoringPolicy
{
    /// <summary>The default: scale 100, default rounding, not-applicable leaves excluded, manual step 0.25.</summary>
    public static ScoringPolicy Default { get; } = new();

    /// <summary>The scale of the index (100): index = total / framework max × scale.</summary>
    public decimal Scale { get; init; } = 100m;

    /// <summary>Where and how values are rounded.</summary>
    public Rounding Rounding { get; init; } = Rounding.Default;

    /// <summary>The default meaning of "not applicable"; a leaf may override it.</summary>
    public NotApplicablePolicy NotApplicable { get; init; } = NotApplicablePolicy.Exclude;

    /// <summary>
    /// Whether a ratio whose denominator is 0 (nothing happened to measure) is treated as not applicable
    /// (<see langword="true"/>, the default) or as an input error.
    /// </summary>
    public bool ZeroDenominatorIsNotApplicable { get; init; } = true;

    /// <summary>The step of manual points (0.25, 0.5); a manual rule may set its own.</summary>
    public decimal ManualStep { get; init; } = 0.25m;

    /// <summary>Whether total-level bonuses may lift the index above the scale (97 + 10 = 107).</summary>
    public bool IndexUncapped { get; init; }

    /// <summary>How tied units share ranks in a cohort.</summary>
    public RankingMethod Ranking { get; init; } = RankingMethod.Competition;

    /// <summary>
    /// At most this share (in %) of a block's ranked units may sit in the top band; the rest fall to the
    /// next band, by rank. <see langword="null"/>: no quota.
    /// </summary>
    public decimal? TopBandQuotaPercent { get; init; }

    /// <summary>
    /// Whether bands are given by rank rather than by index: the ranked units of a block are split into as many
    /// equal shares as there are bands (top third / middle / bottom for three bands), best band first.
    /// </summary>
    public bool BandsByRank { get; init; }
}
