namespace ParIndex.Engine.Analysis;

/// <summary>
/// Draws the factors of an uncertainty analysis. Draw <c>i</c> of a seed is always the same, whichever thread asks
/// and in whatever order: its numbers come from a stream of its own, started from the seed and <c>i</c>.
/// </summary>
public sealed class UncertaintySampler
{
    private readonly UncertaintyFactors _factors;
    private readonly long _seed;

    /// <summary>Creates a sampler for <paramref name="weightCount"/> weighted nodes.</summary>
    public UncertaintySampler(int weightCount, UncertaintyFactors factors, long seed)
    {
        ArgumentNullException.ThrowIfNull(factors);
        ArgumentOutOfRangeException.ThrowIfNegative(weightCount);
        if (factors.WeightNoise is < 0m or > 0.9m)
            throw new ArgumentOutOfRangeException(nameof(factors), factors.WeightNoise, "the weight noise is a fraction from 0 to 0.9 (0.2 for ±20 %)");
        WeightCount = weightCount;
        _factors = factors;
        _seed = seed;
    }

    /// <summary>The number of weight multipliers a draw gives.</summary>
    public int WeightCount { get; }

    /// <summary>
    /// Fills <paramref name="multipliers"/> with draw <paramref name="draw"/>'s weight multipliers (each
    /// 1 ± noise on a grid of 0.001) and picks its cut-offs and not-applicable policy: -1 for the framework's own,
    /// otherwise an index into the alternatives. Allocates nothing.
    /// </summary>
    public void Sample(int draw, Span<decimal> multipliers, out int cutOffs, out int notApplicable)
    {
        var random = new DrawRandom(_seed, draw);
        for (var f = 0; f < WeightCount; f++)
        {
            multipliers[f] = MultiplierFor(random.NextDouble());
        }
        var c = _factors.CutOffAlternatives.Count;
        cutOffs = c == 0 ? -1 : random.NextInt(c + 1) - 1;
        var n = _factors.NotApplicableAlternatives.Count;
        notApplicable = n == 0 ? -1 : random.NextInt(n + 1) - 1;
    }

    /// <summary>The weight multiplier for a uniform number <paramref name="u"/> in [0, 1): 1 ± noise on the 0.001 grid.</summary>
    public decimal MultiplierFor(double u) =>
        _factors.WeightNoise == 0m ? 1m : 1m + Math.Round((decimal)((double)_factors.WeightNoise * (2 * u - 1)), 3, MidpointRounding.AwayFromZero);

    /// <summary>The manual-score stream of a unit in a draw: one step down (-1), none (0) or up (+1) per manual leaf.</summary>
    internal DrawRandom ManualStream(int draw, int unit) => new(_seed, draw, unit + 1L);
}
