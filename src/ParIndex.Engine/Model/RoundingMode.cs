namespace ParIndex.Engine.Model;

/// <summary>How a value is rounded to a number of decimals.</summary>
public enum RoundingMode
{
    /// <summary>Half away from zero (2.345 → 2.35): the convention of Vietnamese official arithmetic.</summary>
    HalfAwayFromZero,

    /// <summary>Half to even, banker's rounding (2.345 → 2.34).</summary>
    HalfToEven,

    /// <summary>Drop the extra decimals (72.857 → 72.85).</summary>
    Truncate,
}
