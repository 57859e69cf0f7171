using ParIndex.Engine.Results;

namespace ParIndex.Engine.Analysis;

/// <summary>
/// The result of an uncertainty analysis of ranks (<see cref="UncertaintyAnalysis.Run"/>): per unit, the nominal rank
/// and band beside the median rank, the 5–95 % rank interval and the band probabilities over the draws; units sorted by
/// block, then nominal rank. This is the data a chart needs: one row per unit, a point at the nominal rank and a bar
/// from <see cref="UnitRobustness.RankLow"/> to <see cref="UnitRobustness.RankHigh"/>.
/// </summary>
public sealed record RobustnessReport
{
    /// <summary>The nominal framework's identity.</summary>
    public required FrameworkIdentity Framework { get; init; }

    /// <summary>What a draw could change.</summary>
    public required UncertaintyFactors Factors { get; init; }

    /// <summary>The weighted nodes whose maxima were perturbed.</summary>
    public required IReadOnlyList<WeightedNode> WeightedNodes { get; init; }

    /// <summary>The number of draws.</summary>
    public required int Draws { get; init; }

    /// <summary>The seed.</summary>
    public required long Seed { get; init; }

    /// <summary>How draws were scored: "reweighting" (the fast path) or "full-rescore" (the engine on each perturbed framework).</summary>
    public required string Method { get; init; }

    /// <summary>The band labels, best first.</summary>
    public required IReadOnlyList<string> BandLabels { get; init; }

    /// <summary>Every scored unit, by block then nominal rank (unranked units last).</summary>
    public required IReadOnlyList<UnitRobustness> Units { get; init; }

    /// <summary>Structural equality, lists included: two runs with the same seed give equal reports.</summary>
    public bool Equals(RobustnessReport? other) =>
        other is not null && Framework == other.Framework && Factors == other.Factors && WeightedNodes.SequenceEqual(other.WeightedNodes)
        && Draws == other.Draws && Seed == other.Seed && Method == other.Method && BandLabels.SequenceEqual(other.BandLabels) && Units.SequenceEqual(other.Units);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Framework, Draws, Seed, Units.Count);
}
