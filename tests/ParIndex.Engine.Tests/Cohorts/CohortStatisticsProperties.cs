using FluentAssertions;
using ParIndex.Engine.Cohorts;
using ParIndex.Engine.Evaluation;
using ParIndex.Engine.Model;
using ParIndex.Engine.Rules;
using ParIndex.Engine.Serialization;
using Xunit;
using static ParIndex.Engine.Tests.Support.Build;

namespace ParIndex.Engine.Tests.Cohorts;

/// <summary>
/// Issue 14: the statistics read each unit's index, band, block and area points from columns the cohort copies once
/// from the cards (<see cref="CohortColumns"/>), not from the cards. These tests hold them to the definition written
/// from the cards the plain way, on random cohorts: blocks (and none), units not scored or not ranked, areas that
/// are leaves or have criteria, criteria not applicable (so an area's applicable max varies), and every block asked
/// for, a block no unit is in too.
/// </summary>
public class CohortStatisticsProperties
{
    private static readonly Band[] Bands =
    [
        new() { Label = "Tốt", MinIndex = 80 }, new() { Label = "Khá", MinIndex = 65 }, new() { Label = "Trung bình", MinIndex = 50 },
        new() { Label = "Yếu", MinIndex = 0 },
    ];

    private static readonly CompiledFramework Framework = FrameworkCompiler.Compile(new Framework(Info(),
        [
            Parent("1", Leaf("1.1", 10, Manual(0.5m)), Leaf("1.2", 20, Manual(0.25m))),
            Parent("2", Leaf("2.1", 30, Manual(0.01m))),
            Leaf("3", 40, Manual(1m)),
        ],
        ScoringPolicy.Default, Bands, hasher: RuleKindRegistry.BuiltInHasher));

    [Fact]
    public void Every_figure_is_that_of_the_definition_from_the_cards_on_random_cohorts()
    {
        string?[] blocks = [null, "xã", "phường", "thị trấn"];
        for (var seed = 1; seed <= 150; seed++)
        {
            var random = new Random(seed);
            var result = Score(random, random.Next(0, 80), blocks);
            foreach (var block in blocks.Append("không có"))
                foreach (var decimals in new int?[] { null, 0, 3 })
                {
                    var because = $"seed {seed}, block {block ?? "(all)"}, decimals {decimals}";
                    var actual = CohortStatistics.Compute(result, block, decimals);
                    var expected = Reference(result, block, decimals ?? result.Framework.Policy.Rounding.IndexDecimals);
                    actual.Should().BeEquivalentTo(expected, o => o.WithStrictOrdering(), because);
                }
        }
    }

    private static CohortResult Score(Random random, int count, string?[] blocks)
    {
        LeafInput Input(decimal max, decimal step) => random.Next(8) == 0 ? NotApplicable() : Points(random.Next(0, (int)(max / step) + 1) * step);
        var units = Enumerable.Range(0, count).Select(i => new UnitAssessment
        {
            UnitId = "xa-" + i, UnitName = "Xã " + i, Block = blocks[random.Next(blocks.Length - 1)], Ranked = random.Next(6) != 0,
            Stages = new Dictionary<Stage, StageInputs>
            {
                [Stage.Appraisal1] = new()
                {
                    Inputs = new Dictionary<string, LeafInput>
                    {
                        // One unit in ten is not scored: more points than the criterion's max.
                        ["1.1"] = random.Next(10) == 0 ? Points(11m) : Input(10m, 0.5m),
                        ["1.2"] = Input(20m, 0.25m),
                        ["2.1"] = Input(30m, 0.01m),
                        ["3"] = Points(random.Next(0, 41)),
                    },
                },
            },
        }).ToList();
        return CohortScorer.Score(Framework, units, new CohortScoringOptions { Parallel = false });
    }

    // The definition: the scored units of the block, their cards' index and area nodes, summed; each figure one exact
    // division rounded once (ExactDivision has its own tests).
    private static CohortStatistics Reference(CohortResult result, string? block, int places)
    {
        var framework = result.Framework;
        var mode = framework.Policy.Rounding.Mode;
        var units = result.Units.Where(u => u.Card.IsScored && (block is null || u.Block == block)).ToList();
        var count = units.Count;
        var sum = units.Sum(u => u.Index);
        decimal Quotient(decimal n, decimal factor, decimal d) => ExactDivision.Round(n, factor, d, places, mode);
        return new CohortStatistics
        {
            Decimals = places,
            Block = block,
            Count = count,
            Mean = count == 0 ? 0m : Quotient(sum, 1m, count),
            Highest = count == 0 ? 0m : units.Max(u => u.Index),
            Lowest = count == 0 ? 0m : units.Min(u => u.Index),
            AboveMean = units.Count(u => u.Index * count > sum),
            Areas = [.. framework.Areas.Select(area =>
            {
                var awarded = units.Sum(u => u.Card.Find(area.Code)?.Awarded ?? 0m);
                var applicable = units.Sum(u => u.Card.Find(area.Code)?.ApplicableMaxPoints ?? 0m);
                return new AreaStatistics(area.Code, area.Name, area.MaxPoints, count == 0 ? 0m : Quotient(awarded, 1m, count),
                    applicable == 0m ? 0m : Math.Min(Quotient(awarded, 100m, applicable), 100m));
            })],
            Bands = [.. framework.Bands.Select(b =>
            {
                var inBand = units.Count(u => u.Band == b.Label);
                return new BandShare(b.Label, inBand, count == 0 ? 0m : Quotient(inBand, 100m, count));
            })],
        };
    }
}
