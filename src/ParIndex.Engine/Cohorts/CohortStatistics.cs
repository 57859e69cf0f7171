using System.Buffers;
using ParIndex.Engine.Model;
using ParIndex.Engine.Results;
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

        // One pass over the units, sums per area and counts per band in arrays: no list per area, nothing allocated
        // per unit (lists of a million units on the large object heap made every collection trace the whole cohort).
        // The sums are added in the units' order, as before, so the figures are the same to the last digit. An area's
        // node is looked for where the previous card had it (cards of one framework list their nodes alike) before
        // the card's own look-up, which builds a dictionary per card: at a million cards, a cache miss each.
        var areaList = framework.Areas;
        var awarded = new decimal[areaList.Count];
        var applicable = new decimal[areaList.Count];
        var at = new int[areaList.Count];
        var inLabel = new Dictionary<string, int>(StringComparer.Ordinal);
        var units = result.Units;
        // The indexes of the units counted, for the second pass (which then reads no card).
        var indexes = ArrayPool<decimal>.Shared.Rent(Math.Max(units.Count, 1));
        try
        {
            var count = 0;
            var indexSum = 0m;
            decimal highest = 0m, lowest = 0m;
            for (var i = 0; i < units.Count; i++)
            {
                var u = units[i];
                var card = u.Card;
                if (!card.IsScored || (block is not null && card.Block != block)) continue;
                var index = card.Index;
                if (count == 0) highest = lowest = index;
                else
                {
                    if (index > highest) highest = index;
                    if (index < lowest) lowest = index;
                }
                indexes[count++] = index;
                indexSum += index;
                var nodes = card.Nodes;
                for (var a = 0; a < awarded.Length; a++)
                {
                    var code = areaList[a].Code;
                    var p = at[a];
                    NodeScore? node;
                    if (p < nodes.Count && string.Equals(nodes[p].Code, code, StringComparison.Ordinal)) node = nodes[p];
                    else
                    {
                        node = card.Find(code);
                        if (node is not null) at[a] = IndexOf(nodes, node);
                    }
                    if (node is null) continue;
                    awarded[a] += node.Awarded;
                    applicable[a] += node.ApplicableMaxPoints;
                }
                if (u.Band is { } label) inLabel[label] = inLabel.GetValueOrDefault(label) + 1;
            }
            var aboveMean = 0;
            // Above the exact mean, compared without dividing: index × count > sum of indices.
            for (var k = 0; k < count; k++) if (indexes[k] * count > indexSum) aboveMean++;
            return Build(framework, block, places, count, indexSum, highest, lowest, aboveMean, awarded, applicable, inLabel);
        }
        finally
        {
            ArrayPool<decimal>.Shared.Return(indexes);
        }
    }

    private static int IndexOf(IReadOnlyList<NodeScore> nodes, NodeScore node)
    {
        for (var i = 0; i < nodes.Count; i++) if (ReferenceEquals(nodes[i], node)) return i;
        return 0;
    }

    private static CohortStatistics Build(Framework framework, string? block, int places, int count, decimal indexSum, decimal highest, decimal lowest,
        int aboveMean, decimal[] awarded, decimal[] applicable, Dictionary<string, int> inLabel)
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
        var bands = framework.Bands.Select(b =>
        {
            var inBand = inLabel.GetValueOrDefault(b.Label);
            return new BandShare(b.Label, inBand, count == 0 ? 0m : Quotient(inBand, 100m, count));
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
