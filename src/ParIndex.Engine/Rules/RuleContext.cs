using ParIndex.Engine.Model;

namespace ParIndex.Engine.Rules;

/// <summary>What a rule knows of its leaf and framework when it validates, encodes or evaluates.</summary>
public readonly record struct RuleContext
{
    /// <summary>Creates a context.</summary>
    public RuleContext(decimal maxPoints, ScoringPolicy policy)
    {
        MaxPoints = maxPoints;
        Policy = policy ?? ScoringPolicy.Default;
    }

    /// <summary>The leaf's max points.</summary>
    public decimal MaxPoints { get; }

    /// <summary>The framework's scoring policy (rounding, manual step, zero denominators).</summary>
    public ScoringPolicy Policy { get; }

    /// <summary>
    /// The cohort's reference value for a relative-to-best leaf (the best value, or the leader's), set when a cohort is
    /// scored in two passes; <see langword="null"/> when the unit is scored on its own.
    /// </summary>
    public decimal? CohortBest { get; init; }

    /// <summary>
    /// The cell <see cref="CohortBest"/> was read from, when there is one: a ratio's reference is its exact fraction
    /// (numerator × 100 / denominator), not the quotient rounded at decimal's last digit.
    /// </summary>
    internal InputCell? CohortBestCell { get; init; }

    /// <summary>Rounds fractional leaf points as the framework says.</summary>
    public decimal RoundLeaf(decimal points) => Policy.Rounding.Round(points, Policy.Rounding.LeafDecimals);

    /// <summary>
    /// The points of a leaf that gives a share of its max: <c>max × numerator × 10^shift / (denominator × reference)</c>
    /// computed exactly, rounded once at the leaf decimals and never above the max (a max that is not a multiple of the
    /// rounding step could otherwise round past itself: 0.75 at 1 decimal is not 0.8).
    /// </summary>
    internal decimal LeafShare(decimal numerator, decimal denominator, decimal reference, int shift) =>
        LeafShare(numerator, 1m, denominator, reference, shift);

    /// <summary><c>max × n1 × n2 × 10^shift / (d1 × d2)</c>, rounded once at the leaf decimals, at most the max.</summary>
    internal decimal LeafShare(decimal n1, decimal n2, decimal d1, decimal d2, int shift)
    {
        var points = ExactDivision.Round(MaxPoints, n1, n2, d1, d2, shift, Policy.Rounding.LeafDecimals, Policy.Rounding.Mode);
        return points > MaxPoints ? MaxPoints : points;
    }
}
