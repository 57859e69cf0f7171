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

    /// <summary>Rounds fractional leaf points as the framework says.</summary>
    public decimal RoundLeaf(decimal points) => Policy.Rounding.Round(points, Policy.Rounding.LeafDecimals);
}
