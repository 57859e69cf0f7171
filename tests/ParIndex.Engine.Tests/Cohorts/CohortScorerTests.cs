using System.Globalization;
using System.Text.Json;
using FluentAssertions;
using ParIndex.Engine.Cohorts;
using ParIndex.Engine.Evaluation;
using ParIndex.Engine.Model;
using ParIndex.Engine.Rules;
using ParIndex.Engine.Tests.Support;
using Xunit;
using static ParIndex.Engine.Tests.Support.Build;
using ParIndex.Engine.Serialization;

namespace ParIndex.Engine.Tests.Cohorts;

public class CohortScorerTests
{
    private static readonly Band[] AB = [new() { Label = "A", MinIndex = 90 }, new() { Label = "B", MinIndex = 0 }];

    private static CompiledFramework OneLeaf(ScoringPolicy? policy = null, Band[]? bands = null, Disqualifier[]? disqualifiers = null) =>
        FrameworkCompiler.Compile(new Framework(Info(), [Leaf("1", 100, Manual(0.5m))], policy, bands ?? AB, disqualifiers: disqualifiers, hasher: RuleKindRegistry.BuiltInHasher));

    private static UnitAssessment U(string id, decimal points, string? block = null, bool ranked = true) =>
        Unit(id, Stage.Appraisal1, new Dictionary<string, LeafInput> { ["1"] = Points(points) }, block) with { Ranked = ranked };

    [Fact]
    public void A_unit_with_bad_input_comes_back_with_its_errors_and_the_others_are_scored()
    {
        var units = new[] { U("a", 95), U("b", 95.3m), U("c", 80) };
        var result = CohortScorer.Score(OneLeaf(), units);

        result.Units.Select(u => u.UnitId).Should().Equal("a", "b", "c");
        result.Find("b")!.Card.Errors.Single().Message.Should().Be("points 95.3 are off the step; expected a multiple of 0.5");
        result.Find("b")!.Rank.Should().BeNull();
        result.Units.Select(u => u.Rank).Should().Equal(1, null, 2);
        result.Find("a")!.Card.Should().Be(OneLeaf().Score(units[0]));
    }

    [Fact]
    public void Ranks_and_bands_are_per_block_and_unranked_units_are_scored_but_not_ranked()
    {
        var units = new[] { U("x1", 80, "xã"), U("t1", 70, "thị trấn"), U("x2", 90, "xã"), U("x3", 99, "xã", ranked: false), U("t2", 75, "thị trấn") };
        var result = CohortScorer.Score(OneLeaf(), units);

        result.Units.Select(u => u.Rank).Should().Equal(2, 2, 1, null, 1);
        result.Find("x3")!.Index.Should().Be(99m);
        result.Find("x3")!.Band.Should().Be("A");
        result.Ranking("xã").Select(u => u.UnitId).Should().Equal("x2", "x1");
    }

    [Fact]
    public void A_top_band_quota_lets_the_best_ranked_stay_and_the_rest_fall_to_the_next_band()
    {
        // 10 units, at most 20 % (2 units) in A. Six reach 90; ranks 1 and 2 stay; the two tied at rank 3 both fall.
        var policy = ScoringPolicy.Default with { TopBandQuotaPercent = 20 };
        var indexes = new[] { 99m, 98m, 97m, 97m, 95m, 90m, 85m, 80m, 70m, 60m };
        var result = CohortScorer.Score(OneLeaf(policy), [.. indexes.Select((p, i) => U($"u{i}", p))]);

        result.Units.Select(u => u.Band).Should().Equal("A", "A", "B", "B", "B", "B", "B", "B", "B", "B");
        result.Units.Select(u => u.Card.Band).Should().Equal("A", "A", "A", "A", "A", "A", "B", "B", "B", "B");
    }

    [Fact]
    public void Bands_by_rank_split_the_ranked_units_into_equal_shares_best_first()
    {
        var policy = ScoringPolicy.Default with { BandsByRank = true };
        Band[] thirds = [new() { Label = "Nhóm đầu", MinIndex = 0 }, new() { Label = "Nhóm giữa", MinIndex = 0 }, new() { Label = "Nhóm cuối", MinIndex = 0 }];
        // Validation wants decreasing minima, so rank-based bands declare them 66.67 / 33.33 / 0 for readers; only the order counts.
        thirds = [thirds[0] with { MinIndex = 66.67m }, thirds[1] with { MinIndex = 33.33m }, thirds[2]];
        var indexes = new[] { 90m, 85m, 80m, 80m, 70m, 65m, 60m, 55m, 50m };
        var result = CohortScorer.Score(OneLeaf(policy, thirds), [.. indexes.Select((p, i) => U($"u{i}", p))]);

        // Positions 0-2 → first third; 3 is tied with 2 (competition rank 3, position 2) → first third too.
        result.Units.Select(u => u.Band).Should().Equal("Nhóm đầu", "Nhóm đầu", "Nhóm đầu", "Nhóm đầu", "Nhóm giữa", "Nhóm giữa", "Nhóm cuối", "Nhóm cuối", "Nhóm cuối");
        result.Units.Select(u => u.Card.Band).Should().AllBeEquivalentTo((string?)null);
    }

    [Fact]
    public void Cohort_band_rules_never_raise_a_band_a_disqualifier_capped()
    {
        var policy = ScoringPolicy.Default with { BandsByRank = true };
        Band[] bands = [new() { Label = "Tốt", MinIndex = 50 }, new() { Label = "Khá", MinIndex = 0 }];
        var disqualifier = new Disqualifier { Code = "K1", Name = "Kỷ luật", HighestBand = "Khá" };
        var best = U("a", 99) with
        {
            Stages = new Dictionary<Stage, StageInputs> { [Stage.Appraisal1] = new() { Inputs = new Dictionary<string, LeafInput> { ["1"] = Points(99) }, Disqualifiers = ["K1"] } },
        };
        var result = CohortScorer.Score(OneLeaf(policy, bands, [disqualifier]), [best, U("b", 50)]);
        result.Find("a")!.Band.Should().Be("Khá");
        result.Find("a")!.Rank.Should().Be(1);
    }

    private static CompiledFramework Relative(RelativeToBestRule rule) =>
        FrameworkCompiler.Compile(new Framework(Info(), [Leaf("1", 10, rule), Leaf("2", 90, new ProportionalRule { Measure = Measure.Value, Target = 100 })], hasher: RuleKindRegistry.BuiltInHasher));

    private static UnitAssessment R(string id, decimal own, decimal indicator = 100) =>
        Unit(id, ("1", Value(own)), ("2", Value(indicator)));

    [Fact]
    public void Relative_to_best_gives_max_times_value_over_the_best_with_ties_for_best()
    {
        var result = CohortScorer.Score(Relative(new RelativeToBestRule()), [R("a", 50), R("b", 200), R("c", 200), R("d", 0), R("e", 33)]);
        result.Units.Select(u => u.Card["1"].Awarded).Should().Equal(2.5m, 10m, 10m, 0m, 1.65m);
        result.Find("a")!.Card["1"].Reasons.Single().English.Should().Be("relative to the cohort's best 200: 50; 10 × 50 / 200 = 2.5 points (of 10).");
    }

    [Fact]
    public void Relative_to_a_best_of_0_gives_every_unit_0()
    {
        var result = CohortScorer.Score(Relative(new RelativeToBestRule()), [R("a", 0), R("b", 0)]);
        result.Units.Should().AllSatisfy(u => u.Card["1"].Awarded.Should().Be(0m));
    }

    [Fact]
    public void Relative_to_the_leader_on_an_indicator()
    {
        // The leader on leaf 2 is "b" (indicator 95); every unit's leaf 1 is scored against b's value, 40.
        var rule = new RelativeToBestRule { RelativeTo = RelativeTo.Leader, LeaderIndicator = "2" };
        var result = CohortScorer.Score(Relative(rule), [R("a", 20, 80), R("b", 40, 95), R("c", 60, 90)]);
        result.Units.Select(u => u.Card["1"].Awarded).Should().Equal(5m, 10m, 10m);
    }

    [Fact]
    public void A_relative_to_best_leaf_scored_alone_is_an_error_that_says_why()
    {
        var card = Relative(new RelativeToBestRule()).Score(R("a", 50));
        card.Errors.Single().ToString().Should().Be("unit 'a', 1: a relative-to-best leaf is scored against its cohort; score the unit with the others (CohortScorer) rather than alone");
    }

    [Fact]
    public void The_bulk_rows_path_gives_the_cards_indexes_sequentially_and_in_parallel()
    {
        var compiled = Relative(new RelativeToBestRule());
        var units = Enumerable.Range(0, 50).Select(i => R($"u{i}", i * 3, 50 + i)).ToList();
        var rows = new InputCell[units.Count * compiled.SlotCount];
        for (var i = 0; i < units.Count; i++)
            compiled.Encode(units[i].UnitId, units[i].Stages[Stage.Appraisal1], rows.AsSpan(i * compiled.SlotCount, compiled.SlotCount), new List<InputError>()).Should().BeTrue();
        var sequential = new UnitScore[units.Count];
        var parallel = new UnitScore[units.Count];

        CohortScorer.ScoreRows(compiled, rows, sequential, parallel: false);
        CohortScorer.ScoreRows(compiled, rows, parallel, parallel: true, maxDegreeOfParallelism: 4);

        parallel.Should().Equal(sequential);
        sequential.Select(s => s.Index).Should().Equal(CohortScorer.Score(compiled, units).Units.Select(u => u.Index));
    }

    [Fact]
    public void The_criteria_most_often_over_claimed()
    {
        var compiled = FrameworkCompiler.Compile(YTich.Framework());
        var units = new[] { YTich.Unit(), YTich.Unit() with { UnitId = "y-tich-2", UnitName = "Xã Y Tịch 2" } };
        var claimed = CohortScorer.Score(compiled, units, new CohortScoringOptions { Stage = Stage.SelfAssessment });
        var appraised = CohortScorer.Score(compiled, units);

        var overClaimed = OverClaimedCriterion.MostOften(claimed, appraised);

        overClaimed.Select(c => (c.Code, c.Units, c.Points)).Should().Equal(
            ("3.4.1", 2, 4m), ("7.2", 2, 4m), ("2.1", 2, 2m), ("3.4.2", 2, 2m), ("6.3.3", 2, 2m), ("7.4.1", 2, 2m));
    }

    [Fact]
    public void Reports_export_as_csv_and_markdown_with_a_decimal_comma_in_vi_VN_and_as_json()
    {
        var result = CohortGoldenTests.ThanhTri();
        var statistics = CohortStatistics.Compute(result);
        var vi = CultureInfo.GetCultureInfo("vi-VN");

        var areas = CohortReports.Areas(statistics);
        areas.ToCsv(vi).Split('\n')[1].Should().Be("1;Công tác chỉ đạo điều hành CCHC;25;20,7;82,8");
        areas.ToCsv(CultureInfo.InvariantCulture).Split('\n')[1].Should().Be("1,Công tác chỉ đạo điều hành CCHC,25,20.7,82.8");
        CohortReports.Ranking(result).ToMarkdown(vi).Should().Contain("| 1 | Xã Vĩnh Thành |  | 20 | 6 | 13 | 18 | 8 | 13 | 7 | 8 | 93 | Rất tốt |  |");
        CohortReports.Bands(statistics).ToCsv().Should().EndWith("Tổng / Total,10,100\n");

        using var json = JsonDocument.Parse(CohortReports.ToJson(result, statistics));
        json.RootElement.GetProperty("statistics").GetProperty("mean").GetDecimal().Should().Be(86.7m);
        json.RootElement.GetProperty("units")[0].GetProperty("unitName").GetString().Should().Be("Xã Vĩnh Thành");
        CohortReports.ToJson(result).Should().Contain("\"Xã Vĩnh Thành\"", "Vietnamese stays readable");
    }
}
