using FluentAssertions;
using ParIndex.Engine.Evaluation;
using ParIndex.Engine.Model;
using ParIndex.Engine.Results;
using ParIndex.Engine.Rules;
using ParIndex.Engine.Serialization;
using Xunit;
using static ParIndex.Engine.Tests.Support.Build;

namespace ParIndex.Engine.Tests.Exactness;

/// <summary>The examples of issue 18, each with the figure a calculator gives: products first, one division, rounded once, within its bound.</summary>
public class ExactnessGoldenTests
{
    private static ScoreCard Score(Framework framework, params (string Code, LeafInput Input)[] inputs)
    {
        var card = FrameworkCompiler.Compile(framework).Score(Unit("u", inputs));
        card.Errors.Should().BeEmpty();
        return card;
    }

    private static Framework Framework(IReadOnlyList<Node> areas, int leafDecimals = 2, int indexDecimals = 2, decimal scale = 100m,
        RoundingMode mode = RoundingMode.HalfAwayFromZero, IReadOnlyList<Part>? parts = null) =>
        new(Info(), areas, ScoringPolicy.Default with
        {
            Scale = scale,
            Rounding = new Rounding { Mode = mode, LeafDecimals = leafDecimals, IndexDecimals = indexDecimals },
        }, parts: parts, hasher: RuleKindRegistry.BuiltInHasher);

    private static readonly SurveyRule Survey = new()
    {
        Options = [new() { Label = "A", WeightPercent = 100 }, new() { Label = "B", WeightPercent = 60 }, new() { Label = "C", WeightPercent = 20 },
            new() { Label = "D", WeightPercent = 0 }, new() { Label = "E", WeightPercent = 88 }],
    };

    private static LeafInput Answers(params (string Label, int Count)[] counts) => new() { SurveyCounts = counts.ToDictionary(c => c.Label, c => c.Count) };

    [Theory]
    [InlineData(RoundingMode.HalfAwayFromZero, "2.61")]
    [InlineData(RoundingMode.HalfToEven, "2.6")]
    [InlineData(RoundingMode.Truncate, "2.6")]
    public void A_survey_share_on_a_half_rounds_from_its_exact_value_2_605(RoundingMode mode, string expected)
    {
        // 3 × (1 × 60 + 23 × 88) / (24 × 100) = 6252 / 2400 = 2.605 exactly; dividing 2084 / 24 first gives 2.6049…
        var card = Score(Framework([Leaf("1", 3, Survey), Leaf("2", 97, new AllOrNothingRule())], leafDecimals: 2, mode: mode),
            ("1", Answers(("B", 1), ("E", 23))), ("2", Met(true)));

        card["1"].Awarded.Should().Be(Dec(expected));
    }

    [Fact]
    public void A_survey_card_shows_its_arithmetic_in_Vietnamese_and_English_style()
    {
        var card = Score(Framework([Leaf("1", 3, Survey), Leaf("2", 97, new AllOrNothingRule())], leafDecimals: 2),
            ("1", Answers(("B", 1), ("E", 23))), ("2", Met(true)));

        var reason = card["1"].Reasons.Single();
        reason.Vietnamese.Should().Contain("Tỷ lệ hài lòng (1 × 60 + 23 × 88) / 24 = 86,83 %; 3 × 86,83… % = 2,605 → 2,61 điểm");
        reason.English.Should().Contain("survey share (1 × 60 + 23 × 88) / 24 = 86.83 %; 3 × 86.83… % = 2.605 → 2.61 points");
    }

    [Theory]
    [InlineData(8.8, 0, "6")]      // 8.8 × 7.5 / 12 = 5.5: dividing first gives 5.4999… → 5
    [InlineData(3, 0, "3")]        // of 9 points (below): 3 × 7.5 / 9 = 2.5
    [InlineData(5.5, 3, "3.438")]  // 5.5 × 7.5 / 12 = 3.4375: dividing first gives 3.437
    public void The_index_on_a_scale_of_7_5_rounds_from_its_exact_value(decimal awarded, int indexDecimals, string expected)
    {
        // Two leaves of 8 and 4 points (9 = 5 + 4 for the 3-of-9 case), scale 7.5.
        var nine = awarded == 3m;
        var framework = Framework([Leaf("1", nine ? 5 : 8, Manual(0.1m)), Leaf("2", 4, Manual(0.1m))], indexDecimals: indexDecimals, scale: 7.5m);
        var first = Math.Min(awarded, nine ? 5 : 8);
        var card = Score(framework, ("1", Points(first)), ("2", Points(awarded - first)));

        card.Total.Should().Be(awarded);
        card.Index.Should().Be(Dec(expected));
        card.IndexReason!.English.Should().Contain($"{awarded.ToString(System.Globalization.CultureInfo.InvariantCulture)} × 7.5 / {(nine ? 9 : 12)}").And.EndWith($"→ {expected}.");
    }

    [Fact]
    public void A_survey_leaf_of_0_75_with_every_answer_at_100_percent_gets_0_75_and_the_index_stays_100()
    {
        var framework = Framework([Leaf("1", 0.75m, Survey), Leaf("2", 99.25m, new AllOrNothingRule())], leafDecimals: 1, indexDecimals: 1);
        var card = Score(framework, ("1", Answers(("A", 40))), ("2", Met(true)));

        card["1"].Awarded.Should().Be(0.75m);
        card.Index.Should().Be(100m);
    }

    [Fact]
    public void A_proportional_leaf_of_0_75_never_rounds_above_its_max()
    {
        // 0.75 × 9.268 / 12.5 = 0.55608 → 1 at 0 decimals, above the max: the leaf gives 0.75.
        var framework = Framework([Leaf("1", 0.75m, new ProportionalRule { Measure = Measure.Value, Target = 12.5m }), Leaf("2", 9.25m, new AllOrNothingRule())], leafDecimals: 0);
        var card = Score(framework, ("1", Value(9.268m)), ("2", Met(true)));

        card["1"].Awarded.Should().Be(0.75m);
        card["1"].Reasons.Single().Vietnamese.Should().Contain("0,75 × 9,268 / 12,5 = 0,556… → 0,75 điểm (không vượt điểm tối đa)");
    }

    [Fact]
    public void A_relative_to_best_leaf_of_0_75_never_rounds_above_its_max_and_a_penalty_is_taken_from_0_75()
    {
        var leaf = Leaf("1", 0.75m, new RelativeToBestRule()) with
        {
            Adjustments = [new Adjustment { Code = "P", Name = "Trừ", Kind = AdjustmentKind.Penalty, PointsPerOccurrence = 0.25m, Cap = 0.75m }],
        };
        var framework = Framework([leaf, Leaf("2", 9.25m, new AllOrNothingRule())], leafDecimals: 0);
        var units = new[]
        {
            Unit("best", ("1", Value(12.5m)), ("2", Met(true))),
            new UnitAssessment
            {
                UnitId = "u", UnitName = "u",
                Stages = new Dictionary<Stage, StageInputs> { [Stage.Appraisal1] = new() { Inputs = new Dictionary<string, LeafInput> { ["1"] = Value(9.268m), ["2"] = Met(true) }, Adjustments = new Dictionary<string, int> { ["P"] = 1 } } },
            },
        };
        var cohort = ParIndex.Engine.Cohorts.CohortScorer.Score(FrameworkCompiler.Compile(framework), units);

        cohort.Find("best")!.Card["1"].Awarded.Should().Be(0.75m, "the best value gives exactly the max");
        cohort.Find("u")!.Card["1"].Awarded.Should().Be(0.5m, "0.556 rounds to 1, capped at 0.75, less the 0.25 penalty");
    }

    [Fact]
    public void A_part_of_10_5_points_fully_met_converts_to_10_5_and_the_index_stays_100()
    {
        // Areas of 6.5 points (not applicable, excluded) and 4 points (all 4 awarded) in a part of 10.5; scale 100, 0 index decimals.
        var framework = Framework([Leaf("1", 6.5m, new AllOrNothingRule()), Leaf("2", 4, new AllOrNothingRule()), Leaf("3", 89.5m, new AllOrNothingRule())], indexDecimals: 0,
            parts: [new Part { Code = "A", Name = "Phần A", MaxPoints = 10.5m, AreaCodes = ["1", "2"] }, new Part { Code = "B", Name = "Phần B", MaxPoints = 89.5m, AreaCodes = ["3"] }]);
        var card = Score(framework, ("1", NotApplicable()), ("2", Met(true)), ("3", Met(true)));

        card.Parts[0].Converted.Should().Be(10.5m);
        card.Index.Should().Be(100m);
    }

    [Fact]
    public void A_re_based_part_shows_its_arithmetic()
    {
        // The re-basing example of docs/concepts.md: 36.5 of the 45 points that apply in a 50-point part.
        var framework = Framework([Leaf("1", 5, new AllOrNothingRule()), Leaf("2", 45, Manual(0.5m)), Leaf("3", 50, new AllOrNothingRule())],
            parts: [new Part { Code = "TD", Name = "Thẩm định", MaxPoints = 50, AreaCodes = ["1", "2"] }, new Part { Code = "DT", Name = "Điều tra", MaxPoints = 50, AreaCodes = ["3"] }]);
        var card = Score(framework, ("1", NotApplicable()), ("2", Points(36.5m)), ("3", Met(true)));

        card.Parts[0].Converted.Should().Be(40.56m);
        card.Parts[0].Reason!.Vietnamese.Should().Contain("36,5 × 50 / 45 = 40,555… → 40,56 điểm");
        card.Parts[0].Reason!.English.Should().Contain("36.5 × 50 / 45 = 40.555… → 40.56 points");
        card.Parts[1].Reason.Should().BeNull("nothing was excluded in that part");
    }

    [Theory]
    [InlineData("survey")]
    [InlineData("proportional")]
    [InlineData("allOrNothing")]
    public void A_0_25_point_criterion_fully_met_at_0_leaf_decimals_gets_0_25_whatever_its_kind(string kind)
    {
        Rule rule = kind switch
        {
            "survey" => Survey,
            "proportional" => new ProportionalRule(),
            _ => new AllOrNothingRule(),
        };
        var framework = Framework([Leaf("1", 0.25m, rule), Leaf("2", 9.75m, new AllOrNothingRule())], leafDecimals: 0);
        var input = kind switch
        {
            "survey" => Answers(("A", 7)),
            "proportional" => Ratio(9, 9),
            _ => Met(true),
        };
        Score(framework, ("1", input), ("2", Met(true)))["1"].Awarded.Should().Be(0.25m);
    }

    [Fact]
    public void A_ratio_step_is_reached_by_cross_multiplication()
    {
        // 2/3 of a threshold of 66.666666666666666666666666667 %: the quotient rounds onto the threshold, the ratio is below it.
        var threshold = 200m / 3m;
        var rule = new StepsRule { Measure = Measure.Ratio, Steps = [new() { Threshold = threshold, Points = 2 }], Otherwise = 1 };
        var card = Score(Framework([Leaf("1", 2, rule), Leaf("2", 98, new AllOrNothingRule())]), ("1", Ratio(2, 3)), ("2", Met(true)));

        (2m * 100m / 3m).Should().Be(threshold, "dividing first cannot tell them apart");
        card["1"].Awarded.Should().Be(1m, "2 × 100 < 66.666…7 × 3");
    }
}
