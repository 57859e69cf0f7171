using FluentAssertions;
using FsCheck.Xunit;
using ParIndex.Engine.Cohorts;
using ParIndex.Engine.Model;
using ParIndex.Engine.Serialization;
using ParIndex.Engine.Tests.Support;
using Xunit;
using static ParIndex.Engine.Tests.Support.Build;

namespace ParIndex.Engine.Tests.Cohorts;

/// <summary>
/// Issue 14: the cohort ranking packs integer keys (the index scaled by its decimals, the block above it) and counts
/// the units per key when the keys are few, sorts them with a radix sort when they are many, and falls back to a
/// comparison sort when the indexes do not fit. Every route must give exactly the ranks and bands of the definition,
/// written here the straightforward way, on random cohorts (each route on every cohort): blocks (negative
/// numbers too), many ties, unranked and unscored units, disqualifier caps, indexes with mixed decimals, negative
/// indexes and, for the fallback, indexes with 28 significant digits.
/// </summary>
public class RankingProperties
{
    private static readonly Band[] Five =
    [
        new() { Label = "Xuất sắc", MinIndex = 90 }, new() { Label = "Tốt", MinIndex = 80 }, new() { Label = "Khá", MinIndex = 65 },
        new() { Label = "Trung bình", MinIndex = 50 }, new() { Label = "Yếu", MinIndex = 0 },
    ];

    private static Framework FrameworkWith(ScoringPolicy policy) =>
        new(Info(), [Leaf("1", 100, Manual(0.5m))], policy, Five, hasher: RuleKindRegistry.BuiltInHasher);

    private static ScoringPolicy PolicyOf(int kind) => (kind % 5) switch
    {
        0 => ScoringPolicy.Default,
        1 => ScoringPolicy.Default with { Ranking = RankingMethod.Dense },
        2 => ScoringPolicy.Default with { TopBandQuotaPercent = 15 },
        3 => ScoringPolicy.Default with { TopBandQuotaPercent = 40, Ranking = RankingMethod.Dense },
        _ => ScoringPolicy.Default with { BandsByRank = true },
    };

    /// <summary>An index of the chosen shape: few distinct values (ties), mixed decimals, negatives, or too long for a key.</summary>
    private static decimal IndexOf(Random random, int shape) => shape switch
    {
        0 => random.Next(0, 40) * 2.5m,
        1 => Math.Round(random.Next(0, 10_000) / 100m, random.Next(0, 3)),
        2 => random.Next(-50, 50) * 0.125m,
        3 => random.Next(0, 4) == 0 ? 1.0m : random.Next(0, 4) == 0 ? 1.00m : random.Next(0, 3),
        _ => random.Next(0, 3) == 0 ? 0.1234567890123456789012345678m : random.Next(0, 4) * 12345678901234567890.12345678m,
    };

    [Property(MaxTest = 200, Arbitrary = [typeof(Seeds)])]
    public void Ranks_and_bands_equal_the_definition_on_random_cohorts(int seed)
    {
        var random = new Random(seed);
        var framework = FrameworkWith(PolicyOf(seed));
        var shape = random.Next(0, 5);
        int[] blockSet = random.Next(0, 3) switch { 0 => [0], 1 => [-1, 0, 1, 2], _ => [7, -3, int.MaxValue, int.MinValue] };
        var units = Enumerable.Range(0, random.Next(0, 300)).Select(_ =>
        {
            var index = IndexOf(random, shape);
            var band = random.Next(0, 12) == 0 ? -1 : Array.FindIndex(Five, x => index >= x.MinIndex) is var found && found >= 0 ? found : 4;
            return new RankEntry(blockSet[random.Next(blockSet.Length)], random.Next(0, 15) != 0, random.Next(0, 8) != 0,
                index, band, random.Next(0, 10) == 0 ? 2 : -1);
        }).ToArray();

        var ranks = new int[units.Length];
        var bands = new int[units.Length];
        CohortScorer.Rank(framework, units, ranks, bands);
        var (expectedRanks, expectedBands) = Reference(framework, units);

        ranks.Should().Equal(expectedRanks, $"seed {seed}, shape {shape}");
        bands.Should().Equal(expectedBands, $"seed {seed}, shape {shape}");

        // Every route, not only the one these units take: counting, the radix sort and the comparison sort.
        foreach (var route in Enum.GetValues<Standings.RankRoute>())
        {
            Standings.Rank(framework, units, ranks, bands, route, CancellationToken.None);
            ranks.Should().Equal(expectedRanks, $"seed {seed}, shape {shape}, {route}");
            bands.Should().Equal(expectedBands, $"seed {seed}, shape {shape}, {route}");
        }
    }

    [Fact]
    public void Indexes_to_a_few_decimals_are_counted_and_wider_ones_sorted()
    {
        // Three blocks, indexes to two decimals within 0 to 100: 30,003 possible keys, fewer than a table's floor.
        var random = new Random(3);
        var units = Enumerable.Range(0, 1000).Select(i => new RankEntry(i % 3, true, true, random.Next(0, 10_001) / 100m, 0, -1)).ToArray();
        KeyLimitOf(units).Should().BeLessThanOrEqualTo(1UL << 16);
        // Six decimals over the same range: 10⁸ possible keys for a thousand units, so a sort.
        var wide = units.Select(u => u with { Index = u.Index + random.Next(1, 10_000) / 1_000_000m }).ToArray();
        KeyLimitOf(wide).Should().BeGreaterThan(1UL << 22);
        foreach (var cohort in new[] { units, wide })
        {
            var framework = FrameworkWith(ScoringPolicy.Default with { TopBandQuotaPercent = 10 });
            var (expectedRanks, expectedBands) = Reference(framework, cohort);
            var ranks = new int[cohort.Length];
            var bands = new int[cohort.Length];
            CohortScorer.Rank(framework, cohort, ranks, bands);
            ranks.Should().Equal(expectedRanks);
            bands.Should().Equal(expectedBands);
        }
    }

    private static ulong KeyLimitOf(RankEntry[] units)
    {
        var keys = RankKeys.Gather(units);
        try
        {
            keys.TryMakeKeys().Should().BeTrue();
            return keys.KeyLimit;
        }
        finally
        {
            keys.Dispose();
        }
    }

    [Fact]
    public void Both_sorts_give_the_same_order_and_ties()
    {
        var random = new Random(5);
        for (var round = 0; round < 50; round++)
        {
            var units = Enumerable.Range(0, 500).Select(_ => new RankEntry(random.Next(-2, 3), true, random.Next(0, 9) != 0,
                Math.Round(random.Next(0, 2000) / 20m, random.Next(0, 4)), 0, -1)).ToArray();
            var radix = RankKeys.Gather(units);
            var comparison = RankKeys.Gather(units);
            try
            {
                radix.TrySortByKey().Should().BeTrue("these indexes fit a key");
                comparison.SortByComparison(units);
                radix.Count.Should().Be(units.Count(u => u.Ranked));

                radix.Order.ToArray().Should().Equal(comparison.Order.ToArray(), $"round {round}");
                for (var j = 1; j < radix.Count; j++)
                {
                    (radix.Keys[j] == radix.Keys[j - 1]).Should().Be(comparison.Keys[j] == comparison.Keys[j - 1], $"ties at {j}, round {round}");
                    (radix.Keys[j] >> radix.Shift == radix.Keys[j - 1] >> radix.Shift)
                        .Should().Be(comparison.Keys[j] >> comparison.Shift == comparison.Keys[j - 1] >> comparison.Shift, $"blocks at {j}, round {round}");
                }
            }
            finally
            {
                radix.Dispose();
                comparison.Dispose();
            }
        }
    }

    [Fact]
    public void Indexes_that_do_not_fit_a_key_are_refused_by_the_radix_sort()
    {
        RankEntry[] units = [new(0, true, true, 0.1234567890123456789012345678m, 0, -1), new(0, true, true, 1m, 0, -1)];
        Fits(units).Should().BeFalse();
        RankEntry[] wide = [new(0, true, true, 5_000_000_000_000_000_000m, 0, -1), new(0, true, true, 1m, 0, -1)];
        Fits(wide).Should().BeFalse();
    }

    private static bool Fits(RankEntry[] units)
    {
        var keys = RankKeys.Gather(units);
        try
        {
            return keys.TrySortByKey();
        }
        finally
        {
            keys.Dispose();
        }
    }

    /// <summary>The definition, quadratic: per block, the units with a higher index, then the bands.</summary>
    private static (int[] Ranks, int[] Bands) Reference(Framework framework, RankEntry[] units)
    {
        var policy = framework.Policy;
        var bandCount = framework.Bands.Count;
        var ranks = new int[units.Length];
        var bands = units.Select(u => u.Scored ? u.BandIndex : -1).ToArray();
        foreach (var block in units.Select(u => u.Block).Distinct())
        {
            var ranked = Enumerable.Range(0, units.Length).Where(i => units[i].Block == block && units[i].Scored && units[i].Ranked).ToList();
            var n = ranked.Count;
            foreach (var i in ranked)
            {
                var competition = 1 + ranked.Count(j => units[j].Index > units[i].Index);
                var dense = 1 + ranked.Select(j => units[j].Index).Distinct().Count(x => x > units[i].Index);
                ranks[i] = policy.Ranking == RankingMethod.Dense ? dense : competition;
                if (policy.BandsByRank) bands[i] = (competition - 1) * bandCount / n;
                else if (policy.TopBandQuotaPercent is { } quota)
                {
                    var allowed = (int)Math.Floor(quota * n / 100m);
                    var tiedThrough = ranked.Count(j => units[j].Index >= units[i].Index);
                    if (bands[i] == 0 && tiedThrough > allowed) bands[i] = 1;
                }
            }
        }
        for (var i = 0; i < units.Length; i++)
        {
            if (!units[i].Scored || (policy.BandsByRank && ranks[i] == 0))
            {
                bands[i] = -1;
                continue;
            }
            var index = Math.Max(bands[i], units[i].BandCap);
            bands[i] = index >= 0 && index < bandCount ? index : -1;
        }
        return (ranks, bands);
    }
}
