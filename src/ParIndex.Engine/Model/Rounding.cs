namespace ParIndex.Engine.Model;

/// <summary>
/// Where and how a framework rounds. Sums are always exact; rounding happens only at the points named here.
/// </summary>
public sealed record Rounding
{
    /// <summary>The default: half away from zero, 2 decimals for leaves and for the index.</summary>
    public static Rounding Default { get; } = new();

    /// <summary>How values are rounded.</summary>
    public RoundingMode Mode { get; init; } = RoundingMode.HalfAwayFromZero;

    /// <summary>Decimals kept for leaf points that can be fractional (proportional, survey). 0 to 6.</summary>
    public int LeafDecimals { get; init; } = 2;

    /// <summary>Decimals kept for re-based part points and for the index. 0 to 6.</summary>
    public int IndexDecimals { get; init; } = 2;

    /// <summary>Rounds <paramref name="value"/> to <paramref name="decimals"/> with this mode.</summary>
    public decimal Round(decimal value, int decimals) => Mode switch
    {
        RoundingMode.HalfToEven => Math.Round(value, decimals, MidpointRounding.ToEven),
        RoundingMode.Truncate => Math.Round(value, decimals, MidpointRounding.ToZero),
        _ => Math.Round(value, decimals, MidpointRounding.AwayFromZero),
    };
}
