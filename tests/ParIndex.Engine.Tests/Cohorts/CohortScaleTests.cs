using ParIndex.Engine.Serialization;
using FluentAssertions;
using ParIndex.Engine.Cohorts;
using ParIndex.Engine.Evaluation;
using ParIndex.Engine.Model;
using ParIndex.Engine.Rules;
using Xunit;
using static ParIndex.Engine.Tests.Support.Build;

namespace ParIndex.Engine.Tests.Cohorts;

/// <summary>
/// Issue 14, defect 1: cohort steps were quadratic (the blocks recounted on every read, once per unit). These tests
/// pin what the O(n log n) code must keep: the same ranks and bands as the straightforward definition, on random
/// cohorts with blocks, ties, quotas and bands by rank; the blocks counted once; cancellation honoured.
/// </summary>
public class CohortScaleTests
{
    private static readonly Band[] Five =
    [
        new() { Label = "Xuất sắc", MinIndex = 90 }, new() { Label = "Tốt", MinIndex = 80 }, new() { Label = "Khá", MinIndex = 65 },
        new() { Label = "Trung bình", MinIndex = 50 }, new() { Label = "Yếu", MinIndex = 0 },
    ];

    private static CompiledFramework OneLeaf(ScoringPolicy policy, Disqualifier[]? disqualifiers = null) =>
        FrameworkCompiler.Compile(new Framework(Info(), [Leaf("1", 100, Manual(0.5m))], policy, Five, disqualifiers: disqualifiers, hasher: RuleKindRegistry.BuiltInHasher));

    private static List<UnitAssessment> RandomCohort(Random random, int count)
    {
        string?[] blocks = [null, "xã", "phường", "thị trấn"];
        return [.. Enumerable.Range(0, count).Select(i =>
        {
            // Few distinct indexes so that ties are common; some units unranked, some with bad input, some disqualified.
            var points = random.Next(0, 30) * 3.5m;
            if (random.Next(20) == 0) points += 0.25m;
            var inputs = new StageInputs
            {
                Inputs = new Dictionary<string, LeafInput> { ["1"] = Points(points) },
                Disqualifiers = random.Next(10) == 0 ? ["K1"] : [],
            };
            return new UnitAssessment
            {
                UnitId = "u" + i, UnitName = "Đơn vị " + i, Block = blocks[random.Next(blocks.Length)], Ranked = random.Next(8) != 0,
                Stages = new Dictionary<Stage, StageInputs> { [Stage.Appraisal1] = inputs },
            };
        })];
    }

    public static TheoryData<string> Policies() => ["competition", "dense", "quota", "byRank"];

    private static ScoringPolicy PolicyOf(string name) => name switch
    {
        "dense" => ScoringPolicy.Default with { Ranking = RankingMethod.Dense },
        "quota" => ScoringPolicy.Default with { TopBandQuotaPercent = 15 },
        "byRank" => ScoringPolicy.Default with { BandsByRank = true },
        _ => ScoringPolicy.Default,
    };

    [Theory]
    [MemberData(nameof(Policies))]
    public void Ranks_and_bands_are_those_of_the_definition_on_random_cohorts(string policyName)
    {
        var policy = PolicyOf(policyName);
        var framework = OneLeaf(policy, [new Disqualifier { Code = "K1", Name = "Kỷ luật", HighestBand = "Khá" }]);
        for (var seed = 1; seed <= 20; seed++)
        {
            var units = RandomCohort(new Random(seed), 50 + seed * 7);
            var result = CohortScorer.Score(framework, units, new CohortScoringOptions { Parallel = false });
            var (ranks, bands) = Reference(framework.Framework, [.. result.Units.Select(u => u.Card)], units);
            result.Units.Select(u => u.Rank).Should().Equal(ranks, $"seed {seed}");
            result.Units.Select(u => u.Band).Should().Equal(bands, $"seed {seed}");
            result.Ranking().Select(u => u.UnitId).Should().Equal(
                result.Units.Select((u, i) => (u, i)).Where(x => x.u.Rank is not null)
                    .OrderBy(x => result.Blocks.ToList().IndexOf(x.u.Block)).ThenBy(x => x.u.Rank).ThenBy(x => x.i).Select(x => x.u.UnitId),
                $"seed {seed}");
        }
    }

    [Fact]
    public void The_blocks_are_counted_once_not_on_every_read()
    {
        var result = CohortScorer.Score(OneLeaf(ScoringPolicy.Default), RandomCohort(new Random(7), 200));
        result.Blocks.Should().BeSameAs(result.Blocks);
        foreach (var block in result.Blocks) result.BlockOrder(block).Should().Be(result.Blocks.ToList().IndexOf(block));
        result.BlockOrder("no such block").Should().Be(-1);
    }

    [Fact]
    public void The_bulk_ranking_gives_what_the_cohort_of_cards_gives()
    {
        var framework = OneLeaf(ScoringPolicy.Default with { TopBandQuotaPercent = 15 }, [new Disqualifier { Code = "K1", Name = "Kỷ luật", HighestBand = "Khá" }]);
        var units = RandomCohort(new Random(11), 500);
        var result = CohortScorer.Score(framework, units);
        var blocks = new Dictionary<string, int>(StringComparer.Ordinal);
        var entries = result.Units.Select((u, i) => new RankEntry(
            u.Block is null ? -1 : blocks.TryGetValue(u.Block, out var b) ? b : blocks[u.Block] = blocks.Count,
            u.Card.IsScored, u.Card.Ranked, u.Index, u.Card.Band is null ? -1 : Array.FindIndex(Five, x => x.Label == u.Card.Band),
            CohortScorer.BandCapOf(framework.Framework, units[i].Stages[Stage.Appraisal1].Disqualifiers))).ToArray();
        var ranks = new int[entries.Length];
        var bands = new int[entries.Length];
        CohortScorer.Rank(framework.Framework, entries, ranks, bands);
        ranks.Select(r => r == 0 ? (int?)null : r).Should().Equal(result.Units.Select(u => u.Rank));
        bands.Select(b => b < 0 ? null : Five[b].Label).Should().Equal(result.Units.Select(u => u.Band));
    }

    [Fact]
    public void A_cancelled_token_stops_cohort_scoring()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        var act = () => CohortScorer.Score(OneLeaf(ScoringPolicy.Default), RandomCohort(new Random(3), 100), cancellationToken: cancel.Token);
        act.Should().Throw<OperationCanceledException>();
        var sequential = () => CohortScorer.Score(OneLeaf(ScoringPolicy.Default), RandomCohort(new Random(3), 100), new CohortScoringOptions { Parallel = false }, cancel.Token);
        sequential.Should().Throw<OperationCanceledException>();
    }

    /// <summary>The definition, written the straightforward (quadratic) way: per block, sort, then walk.</summary>
    private static (int?[] Ranks, string?[] Bands) Reference(Framework framework, IReadOnlyList<Results.ScoreCard> cards, IReadOnlyList<UnitAssessment> units)
    {
        var policy = framework.Policy;
        var bands = framework.Bands;
        var ranks = new int?[cards.Count];
        var bandIndex = cards.Select(c => bands.ToList().FindIndex(b => b.Label == c.Band)).ToArray();
        foreach (var block in cards.Select(c => c.Block).Distinct())
        {
            var ranked = Enumerable.Range(0, cards.Count).Where(i => cards[i].Block == block && cards[i].Ranked && cards[i].IsScored)
                .OrderByDescending(i => cards[i].Index).ToList();
            var competition = ranked.Select(i => 1 + ranked.Count(j => cards[j].Index > cards[i].Index)).ToList();
            for (var j = 0; j < ranked.Count; j++)
                ranks[ranked[j]] = policy.Ranking == RankingMethod.Dense
                    ? 1 + ranked.Select(k => cards[k].Index).Distinct().Count(x => x > cards[ranked[j]].Index)
                    : competition[j];
            if (policy.BandsByRank)
                for (var j = 0; j < ranked.Count; j++) bandIndex[ranked[j]] = (competition[j] - 1) * bands.Count / ranked.Count;
            else if (policy.TopBandQuotaPercent is { } quota)
            {
                var allowed = (int)Math.Floor(quota * ranked.Count / 100m);
                for (var j = 0; j < ranked.Count; j++)
                    if (bandIndex[ranked[j]] == 0 && competition[j] - 1 + competition.Count(r => r == competition[j]) > allowed) bandIndex[ranked[j]] = 1;
            }
        }
        var final = new string?[cards.Count];
        for (var i = 0; i < cards.Count; i++)
        {
            if (!cards[i].IsScored || (policy.BandsByRank && ranks[i] is null)) continue;
            var cap = units[i].Stages[Stage.Appraisal1].Disqualifiers.Count > 0 ? 2 : -1;
            var index = Math.Max(bandIndex[i], cap);
            final[i] = index >= 0 ? bands[index].Label : null;
        }
        return (ranks, final);
    }
}
