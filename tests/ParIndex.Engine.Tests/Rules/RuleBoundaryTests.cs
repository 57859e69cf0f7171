using FluentAssertions;
using ParIndex.Engine.Evaluation;
using ParIndex.Engine.Model;
using ParIndex.Engine.Results;
using ParIndex.Engine.Rules;
using Xunit;
using static ParIndex.Engine.Tests.Support.Build;
using ParIndex.Engine.Serialization;

namespace ParIndex.Engine.Tests.Rules;

/// <summary>Every rule kind at each boundary: equal to a threshold, just below, 0, max, denominator 0, the wiping occurrence, off-step values.</summary>
public class RuleBoundaryTests
{
    private static NodeScore ScoreLeaf(Rule rule, decimal max, LeafInput input, ScoringPolicy? policy = null)
    {
        var framework = new Framework(Info(), [Leaf("1", max, rule)], policy, hasher: RuleKindRegistry.BuiltInHasher);
        var card = FrameworkCompiler.Compile(framework).Score(Unit("u", ("1", input)));
        card.Errors.Should().BeEmpty();
        return card["1"];
    }

    private static IReadOnlyList<InputError> Errors(Rule rule, decimal max, LeafInput input, ScoringPolicy? policy = null)
    {
        var framework = new Framework(Info(), [Leaf("1", max, rule)], policy, hasher: RuleKindRegistry.BuiltInHasher);
        var card = FrameworkCompiler.Compile(framework).Score(Unit("u", ("1", input)));
        card.IsScored.Should().BeFalse();
        card.Nodes.Should().BeEmpty("a unit with bad input gets no score");
        return card.Errors;
    }

    [Theory]
    [InlineData(true, "1.5", NodeStatus.Full)]
    [InlineData(false, "0", NodeStatus.Zero)]
    public void All_or_nothing(bool met, string points, NodeStatus status)
    {
        var node = ScoreLeaf(new AllOrNothingRule(), 1.5m, Met(met));
        node.Awarded.Should().Be(Dec(points));
        node.Status.Should().Be(status);
    }

    [Fact]
    public void All_or_nothing_without_met_is_an_input_error() =>
        Errors(new AllOrNothingRule(), 1, Value(1)).Single().Message.Should().Be("expected 'met' (true or false)");

    private static readonly ChoiceRule Timeliness = new()
    {
        Options =
        [
            new() { Label = "kịp thời", Points = 1 },
            new() { Label = "không kịp thời", Points = 0.5m },
            new() { Label = "không ban hành", Points = 0 },
        ],
    };

    [Theory]
    [InlineData("kịp thời", "1")]
    [InlineData("không kịp thời", "0.5")]
    [InlineData("không ban hành", "0")]
    public void Choice_picks_its_points(string label, string points) =>
        ScoreLeaf(Timeliness, 1, Choice(label)).Awarded.Should().Be(Dec(points));

    [Fact]
    public void Choice_label_not_in_the_list_is_an_input_error() =>
        Errors(Timeliness, 1, Choice("đúng hạn")).Single().Message
            .Should().Be("'đúng hạn' is not an option; expected one of 'kịp thời', 'không kịp thời', 'không ban hành'");

    [Fact]
    public void Choice_compares_labels_in_normalized_unicode()
    {
        var decomposed = "kịp thời".Normalize(System.Text.NormalizationForm.FormD);
        ScoreLeaf(Timeliness, 1, Choice(decomposed)).Awarded.Should().Be(1m);
    }

    private static readonly StepsRule OnTime = new()
    {
        Measure = Measure.Ratio,
        Steps = [new() { Threshold = 100, Points = 2.5m }, new() { Threshold = 90, Points = 1.5m }],
        Otherwise = 0.5m,
    };

    [Theory]
    [InlineData(100, 100, "2.5", "step-matched")]  // equal to the top threshold
    [InlineData(99, 100, "1.5", "step-matched")]   // just below it
    [InlineData(90, 100, "1.5", "step-matched")]   // equal to the second
    [InlineData(899, 1000, "0.5", "below-all-steps")] // just below the second
    [InlineData(0, 10, "0.5", "below-all-steps")]  // 0
    public void Steps_at_least_on_a_ratio(int numerator, int denominator, string points, string reason)
    {
        var node = ScoreLeaf(OnTime, 2.5m, Ratio(numerator, denominator));
        node.Awarded.Should().Be(Dec(points));
        node.Reasons.Single().Code.Value.Should().Be(reason);
    }

    [Fact]
    public void Steps_accept_a_percentage_entered_directly() =>
        ScoreLeaf(OnTime, 2.5m, Value(90m)).Awarded.Should().Be(1.5m);

    [Fact]
    public void Steps_on_a_ratio_with_denominator_0_are_not_applicable_by_default()
    {
        var node = ScoreLeaf(OnTime, 2.5m, Ratio(0, 0));
        node.Status.Should().Be(NodeStatus.NotApplicable);
        node.ApplicableMaxPoints.Should().Be(0m);
        node.Reasons.Single().Code.Should().Be(ReasonCode.NotApplicableExcluded);
    }

    [Fact]
    public void Steps_with_denominator_0_are_an_error_where_the_framework_says_so() =>
        Errors(OnTime, 2.5m, Ratio(0, 0), ScoringPolicy.Default with { ZeroDenominatorIsNotApplicable = false })
            .Single().Message.Should().StartWith("denominator is 0 and this framework does not treat that as not applicable");

    [Fact]
    public void A_numerator_above_the_denominator_is_an_input_error() =>
        Errors(OnTime, 2.5m, Ratio(11, 10)).Single().Message
            .Should().Be("numerator must not exceed denominator (a ratio is at most 100 %); got 11/10");

    [Fact]
    public void A_percentage_above_100_is_an_input_error() =>
        Errors(OnTime, 2.5m, Value(100.5m)).Single().Message.Should().Be("a percentage must be within 0 to 100; got 100.5");

    private static readonly StepsRule LateReports = new()
    {
        Measure = Measure.Count,
        Direction = StepDirection.AtMost,
        Steps = [new() { Threshold = 0, Points = 1 }, new() { Threshold = 2, Points = 0.5m }],
    };

    [Theory]
    [InlineData(0, "1")]
    [InlineData(1, "0.5")]
    [InlineData(2, "0.5")]
    [InlineData(3, "0")]
    public void Steps_at_most_on_a_count(int late, string points) =>
        ScoreLeaf(LateReports, 1, Count(late)).Awarded.Should().Be(Dec(points));

    [Fact]
    public void A_negative_count_is_an_input_error() =>
        Errors(LateReports, 1, Count(-1)).Single().Message.Should().Be("count must not be negative; got -1");

    [Theory]
    [InlineData("100", "3")]
    [InlineData("120", "3")]
    [InlineData("85", "2.55")]
    [InlineData("33.333", "1")]
    [InlineData("0", "0")]
    public void Proportional_is_max_times_min_1_value_over_target_rounded(string percent, string points) =>
        ScoreLeaf(new ProportionalRule { Measure = Measure.Value, Target = 100 }, 3, Value(Dec(percent))).Awarded.Should().Be(Dec(points));

    [Fact]
    public void Proportional_on_a_ratio_rounds_half_away_from_zero_to_the_leaf_decimals() =>
        // 2/3 × 1.5 = 1.0 exactly? No: 66.666…% × 1.5 = 0.99999… → 1.00; 1/8 × 1.5 = 0.1875 → 0.19.
        ScoreLeaf(new ProportionalRule(), 1.5m, Ratio(1, 8)).Awarded.Should().Be(0.19m);

    [Theory]
    [InlineData(0, "0")]
    [InlineData(3, "3")]
    [InlineData(5, "5")]
    [InlineData(9, "5")]
    public void Per_item_with_a_cap(int items, string points) =>
        ScoreLeaf(new PerItemRule { PointsPerItem = 1, Cap = 5 }, 5, Count(items)).Awarded.Should().Be(Dec(points));

    [Theory]
    [InlineData(0, "2", "full-points")]
    [InlineData(1, "1.5", "deducted")]
    [InlineData(2, "1", "deducted")]
    [InlineData(3, "0", "wiped-out")]   // the occurrence that wipes out the rest
    [InlineData(10, "0", "wiped-out")]
    public void Deduction_per_occurrence_with_wipe_out(int occurrences, string points, string reason)
    {
        var node = ScoreLeaf(new DeductionRule { PointsPerOccurrence = 0.5m, WipeOutFrom = 3 }, 2, Count(occurrences));
        node.Awarded.Should().Be(Dec(points));
        node.Reasons.Single().Code.Value.Should().Be(reason);
    }

    [Fact]
    public void Deduction_never_goes_below_its_floor() =>
        ScoreLeaf(new DeductionRule { PointsPerOccurrence = 0.5m, Floor = 0.5m }, 2, Count(100)).Awarded.Should().Be(0.5m);

    [Theory]
    [InlineData("0")]
    [InlineData("0.25")]
    [InlineData("1.75")]
    [InlineData("2")]
    public void Manual_points_on_the_step_are_taken_as_entered(string points) =>
        ScoreLeaf(Manual(), 2, Points(Dec(points))).Awarded.Should().Be(Dec(points));

    [Fact]
    public void Manual_points_off_the_step_are_an_input_error_never_clamped() =>
        Errors(Manual(0.25m), 2, Points(1.3m)).Single().Message.Should().Be("points 1.3 are off the step; expected a multiple of 0.25");

    [Fact]
    public void Manual_points_above_max_are_an_input_error() =>
        Errors(Manual(0.25m), 2, Points(2.25m)).Single().Message.Should().Be("points 2.25 out of range; expected 0 to 2");

    [Fact]
    public void Manual_takes_the_framework_step_when_it_has_none() =>
        Errors(new ManualRule(), 2, Points(0.25m), ScoringPolicy.Default with { ManualStep = 0.5m })
            .Single().Message.Should().Be("points 0.25 are off the step; expected a multiple of 0.5");

    private static readonly SurveyRule Satisfaction = new()
    {
        Options =
        [
            new() { Label = "A", WeightPercent = 100 }, new() { Label = "B", WeightPercent = 60 },
            new() { Label = "C", WeightPercent = 20 }, new() { Label = "D", WeightPercent = 0 },
        ],
    };

    [Fact]
    public void Survey_weights_answer_counts()
    {
        // (50×100 + 30×60 + 20×20 + 0×0) / 100 = 72 % of 5 points = 3.6.
        var input = new LeafInput { SurveyCounts = new Dictionary<string, int> { ["A"] = 50, ["B"] = 30, ["C"] = 20, ["D"] = 0 } };
        ScoreLeaf(Satisfaction, 5, input).Awarded.Should().Be(3.6m);
    }

    [Theory]
    [InlineData("100", "5")]
    [InlineData("0", "0")]
    [InlineData("66.666", "3.33")]
    public void Survey_percentage_given_directly(string percent, string points) =>
        ScoreLeaf(Satisfaction, 5, Value(Dec(percent))).Awarded.Should().Be(Dec(points));

    [Fact]
    public void Survey_with_steps_on_the_share()
    {
        var rule = new SurveyRule { Steps = [new() { Threshold = 80, Points = 2 }, new() { Threshold = 50, Points = 1 }] };
        ScoreLeaf(rule, 2, Value(80)).Awarded.Should().Be(2m);
        ScoreLeaf(rule, 2, Value(79.99m)).Awarded.Should().Be(1m);
        ScoreLeaf(rule, 2, Value(49)).Awarded.Should().Be(0m);
    }

    [Fact]
    public void Survey_answer_not_in_the_list_is_an_input_error() =>
        Errors(Satisfaction, 5, new LeafInput { SurveyCounts = new Dictionary<string, int> { ["E"] = 3 } })
            .Single().Message.Should().Be("'E' is not an answer of this survey; expected 'A', 'B', 'C', 'D'");

    [Fact]
    public void Survey_with_no_respondent_is_not_applicable() =>
        ScoreLeaf(Satisfaction, 5, new LeafInput { SurveyCounts = new Dictionary<string, int> { ["A"] = 0 } }).Status.Should().Be(NodeStatus.NotApplicable);
}
