using System.Buffers;
using ParIndex.Engine.Model;
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

        // One pass over the units' columns (CohortColumns says why not the cards), counts per band in an array:
        // nothing allocated per unit. The area sums were added when the cohort was built, in the units' order, so the
        // figures are the same to the last digit as adding the cards' points here.
        var columns = result.Columns;
        var areaCount = columns.AreaCount;
        var awarded = new decimal[areaCount];
        var applicable = new decimal[areaCount];
        var inBand = new int[framework.Bands.Count];
        var rows = columns.Rows;
        var only = block is null ? -1 : result.BlockOrder(block);
        // The indexes of the units counted, for the second pass.
        var indexes = ArrayPool<decimal>.Shared.Rent(Math.Max(rows.Length, 1));
        try
        {
            var count = 0;
            var indexSum = 0m;
            decimal highest = 0m, lowest = 0m;
            if (block is null || only >= 0)
            {
                for (var i = 0; i < rows.Length; i++)
                {
                    ref readonly var row = ref rows[i];
                    if (!row.Scored || (only >= 0 && row.Block != only)) continue;
                    var index = row.Index;
                    if (count == 0) highest = lowest = index;
                    else
                    {
                        if (index > highest) highest = index;
                        if (index < lowest) lowest = index;
                    }
                    indexes[count++] = index;
                    indexSum += index;
                    if (row.Band >= 0) inBand[row.Band]++;
                }
                var sums = columns.AreaSums(only);
                for (var a = 0; a < areaCount; a++)
                {
                    awarded[a] = sums[2 * a];
                    applicable[a] = sums[(2 * a) + 1];
                }
            }
            var aboveMean = 0;
            // Above the exact mean, compared without dividing: index × count > sum of indices.
            for (var k = 0; k < count; k++) if (indexes[k] * count > indexSum) aboveMean++;
            return Build(framework, block, places, count, indexSum, highest, lowest, aboveMean, awarded, applicable, inBand);
        }
        finally
        {
            ArrayPool<decimal>.Shared.Return(indexes);
        }
    }

    private static CohortStatistics Build(Framework framework, string? block, int places, int count, decimal indexSum, decimal highest, decimal lowest,
        int aboveMean, decimal[] awarded, decimal[] applicable, int[] inBand)
    {
        var mode = framework.Policy.Rounding.Mode;
        // Every figure is a sum (exact) times a factor over a count or a sum: one division, rounded once.
        decimal Quotient(decimal sum, decimal factor, decimal over) => ExactDivision.Round(sum, factor, over, places, mode);
        var areaList = framework.Areas;
        var areas = new List<AreaStatistics>(areaList.Count);
        for (var a = 0; a < awarded.Length; a++)
        {
            var area = areaList[a];
            areas.Add(new AreaStatistics(area.Code, area.Name, area.MaxPoints,
                count == 0 ? 0m : Quotient(awarded[a], 1m, count),
                applicable[a] == 0m ? 0m : Math.Min(Quotient(awarded[a], 100m, applicable[a]), 100m)));
        }
        // A unit's band is counted at the first band with its label (Standings.BandIndexOf).
        var bands = framework.Bands.Select(b =>
        {
            var units = inBand[Standings.BandIndexOf(framework, b.Label)];
            return new BandShare(b.Label, units, count == 0 ? 0m : Quotient(units, 100m, count));
        }).ToList();

        return new CohortStatistics
        {
            Decimals = places,
            Block = block,
            Count = count,
            Mean = count == 0 ? 0m : Quotient(indexSum, 1m, count),
            Highest = highest,
            Lowest = lowest,
            AboveMean = aboveMean,
            Areas = areas,
            Bands = bands,
        };
    }
}
