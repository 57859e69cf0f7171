using ParIndex.Engine.Rules;

namespace ParIndex.Engine.Cohorts;

/// <summary>
/// The figures a district publishes about a cohort: count, mean, highest, lowest and the gap, units above the mean,
/// per-area means and attainment, band counts and shares. Computed over the scored units (ranked or not); means,
/// attainment and shares are rounded to <see cref="Decimals"/> with the framework's rounding mode, from exact sums.
/// Rounded shares may not add up to 100: <see cref="ShareSum"/> reports their true sum, never forced.
/// </summary>
public sealed record CohortStatistics
{
    /// <summary>The decimals the figures are rounded to.</summary>
    public required int Decimals { get; init; }

    /// <summary>The block the figures are for; <see langword="null"/> for the whole cohort.</summary>
    public string? Block { get; init; }

    /// <summary>The number of scored units.</summary>
    public required int Count { get; init; }

    /// <summary>The mean index, rounded.</summary>
    public required decimal Mean { get; init; }

    /// <summary>The highest index.</summary>
    public required decimal Highest { get; init; }

    /// <summary>The lowest index.</summary>
    public required decimal Lowest { get; init; }

    /// <summary>Highest − lowest.</summary>
    public decimal Gap => Highest - Lowest;

    /// <summary>The units whose index is above the exact mean.</summary>
    public required int AboveMean { get; init; }

    /// <summary>Each area, in the decision's order.</summary>
    public required IReadOnlyList<AreaStatistics> Areas { get; init; }

    /// <summary>Each band, best first, with its count and share.</summary>
    public required IReadOnlyList<BandShare> Bands { get; init; }

    /// <summary>The sum of the rounded shares, as it is (it may differ from 100).</summary>
    public decimal ShareSum => Bands.Sum(b => b.SharePercent);

    /// <summary>Computes the statistics of a cohort (or of one block of it).</summary>
    /// <param name="result">The scored cohort.</param>
    /// <param name="block">A block, or <see langword="null"/> for every unit.</param>
    /// <param name="decimals">The decimals to round to; the framework's index decimals by default.</param>
    public static CohortStatistics Compute(CohortResult result, string? block = null, int? decimals = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var framework = result.Framework;
        var places = decimals ?? framework.Policy.Rounding.IndexDecimals;
        if (places is < 0 or > 10) throw new ArgumentOutOfRangeException(nameof(decimals), decimals, "decimals must be within 0 to 10");
        var mode = framework.Policy.Rounding.Mode;
        // Every figure is a sum (exact) times a factor over a count or a sum: one division, rounded once.
        decimal Quotient(decimal sum, decimal factor, decimal over) => ExactDivision.Round(sum, factor, over, places, mode);

        var units = result.Scored.Where(u => block is null || u.Block == block).ToList();
        var count = units.Count;
        var indexSum = units.Sum(u => u.Index);
        var areas = framework.Areas.Select(area =>
        {
            var nodes = units.Select(u => u.Card.Find(area.Code)).Where(n => n is not null).ToList();
            var awarded = nodes.Sum(n => n!.Awarded);
            var applicable = nodes.Sum(n => n!.ApplicableMaxPoints);
            return new AreaStatistics(area.Code, area.Name, area.MaxPoints,
                count == 0 ? 0m : Quotient(awarded, 1m, count),
                applicable == 0m ? 0m : Math.Min(Quotient(awarded, 100m, applicable), 100m));
        }).ToList();
        var bands = framework.Bands.Select(b =>
        {
            var inBand = units.Count(u => u.Band == b.Label);
            return new BandShare(b.Label, inBand, count == 0 ? 0m : Quotient(inBand, 100m, count));
        }).ToList();

        return new CohortStatistics
        {
            Decimals = places,
            Block = block,
            Count = count,
            Mean = count == 0 ? 0m : Quotient(indexSum, 1m, count),
            Highest = count == 0 ? 0m : units.Max(u => u.Index),
            Lowest = count == 0 ? 0m : units.Min(u => u.Index),
            // Above the exact mean, compared without dividing: index × count > sum of indices.
            AboveMean = units.Count(u => u.Index * count > indexSum),
            Areas = areas,
            Bands = bands,
        };
    }
}
