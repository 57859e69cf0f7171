namespace ParIndex.Engine.Rules;

/// <summary>What a steps or proportional rule measures.</summary>
public enum Measure
{
    /// <summary>A decimal value as entered.</summary>
    Value,
    /// <summary>A whole, non-negative count.</summary>
    Count,
    /// <summary>
    /// A ratio, always in percent (0 to 100): numerator / denominator × 100, or a percentage entered directly.
    /// </summary>
    Ratio,
}
