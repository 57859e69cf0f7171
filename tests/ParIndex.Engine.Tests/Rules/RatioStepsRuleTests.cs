using FluentAssertions;
using ParIndex.Engine.Evaluation;
using ParIndex.Engine.Model;
using ParIndex.Engine.Results;
using ParIndex.Engine.Rules;
using ParIndex.Engine.Serialization;
using Xunit;
using static ParIndex.Engine.Tests.Support.Build;

namespace ParIndex.Engine.Tests.Rules;

/// <summary>
/// Ratio steps with a minimum denominator (docs/rules.md, section 10): the examples of the docs, the minimum and the
/// thresholds at, below and above, a denominator of 0, the not-applicable policies, the parameters checked, JSON.
/// </summary>
public class RatioStepsRuleTests
{
    // The rule of docs/rules.md: from 10 cases, ≥ 90 % → 2; ≥ 50 % → 1; otherwise 0.
    private static readonly RatioStepsRule Signed = new()
    {
        MinDenominator = 10m,
        Steps = [new() { Threshold = 90m, Points = 2m }, new() { Threshold = 50m, Points = 1m }],
    };

    private static ScoreCard Card(Rule rule, decimal max, LeafInput input, NotApplicablePolicy? na = null)
    {
        var leaf = Leaf("1", max, rule) with { NotApplicable = na };
        // A second leaf keeps the card's total meaningful when the first is left out.
        var framework = new Framework(Info(), [leaf, Leaf("2", 1m, new AllOrNothingRule())], hasher: RuleKindRegistry.BuiltInHasher);
        return FrameworkCompiler.Compile(framework).Score(Unit("u", ("1", input), ("2", Met(true))));
    }

    private static NodeScore Score(Rule rule, decimal max, LeafInput input, NotApplicablePolicy? na = null)
    {
        var card = Card(rule, max, input, na);
        card.Errors.Should().BeEmpty();
        return card["1"];
    }

    [Theory]
    [InlineData("9", "10", "2", NodeStatus.Full)]        // 90 %, exactly the first threshold, at exactly the minimum
    [InlineData("10", "10", "2", NodeStatus.Full)]
    [InlineData("5", "10", "1", NodeStatus.Partial)]      // 50 %, exactly the second threshold
    [InlineData("3", "12", "0", NodeStatus.Zero)]         // 25 %, above the minimum: otherwise
    [InlineData("899", "1000", "1", NodeStatus.Partial)]  // 89.9 %, a hair below 90
    [InlineData("8999999", "10000000", "1", NodeStatus.Partial)]
    [InlineData("9.0", "10.00", "2", NodeStatus.Full)]
    [InlineData("9", "30", "0", NodeStatus.Zero)]         // 30 %
    public void From_the_minimum_the_steps_decide(string numerator, string denominator, string points, NodeStatus status)
    {
        var node = Score(Signed, 2m, Ratio(Dec(numerator), Dec(denominator)));
        node.Awarded.Should().Be(Dec(points));
        node.Status.Should().Be(status);
        node.Reasons[0].Code.Should().Be(status == NodeStatus.Zero ? ReasonCode.BelowAllSteps : ReasonCode.StepMatched);
    }

    [Theory]
    [InlineData("3", "9")]   // one case short of the minimum
    [InlineData("9", "9")]   // 100 %, still below the minimum
    [InlineData("0", "0")]   // nothing at all
    [InlineData("9.99", "9.99")]
    public void Below_the_minimum_the_criterion_is_not_applicable_and_left_out(string numerator, string denominator)
    {
        var card = Card(Signed, 2m, Ratio(Dec(numerator), Dec(denominator)));
        card.Errors.Should().BeEmpty();
        var node = card["1"];
        node.Status.Should().Be(NodeStatus.NotApplicable);
        node.Awarded.Should().Be(0m);
        node.ApplicableMaxPoints.Should().Be(0m, "the framework's default policy leaves a not-applicable leaf out of the max");
        node.Reasons[0].Code.Should().Be(ReasonCode.NotApplicableBelowMinimum);
    }

    [Fact]
    public void A_zero_denominator_is_below_the_minimum_even_where_the_framework_makes_0_0_an_error()
    {
        var leaf = Leaf("1", 2m, Signed);
        var policy = ScoringPolicy.Default with { ZeroDenominatorIsNotApplicable = false };
        var framework = new Framework(Info(), [leaf], policy, hasher: RuleKindRegistry.BuiltInHasher);
        var card = FrameworkCompiler.Compile(framework).Score(Unit("u", ("1", Ratio(0, 0))));
        card.Errors.Should().BeEmpty();
        card["1"].Status.Should().Be(NodeStatus.NotApplicable);
        card["1"].Reasons[0].Code.Should().Be(ReasonCode.NotApplicableBelowMinimum);
    }

    [Theory]
    [InlineData(NotApplicablePolicy.FullPoints, "2", NodeStatus.Full)]
    [InlineData(NotApplicablePolicy.Zero, "0", NodeStatus.Zero)]
    public void Below_the_minimum_the_leafs_not_applicable_policy_gives_the_points(NotApplicablePolicy policy, string points, NodeStatus status)
    {
        var node = Score(Signed, 2m, Ratio(3, 9), policy);
        node.Awarded.Should().Be(Dec(points));
        node.ApplicableMaxPoints.Should().Be(2m);
        node.Status.Should().Be(status);
        node.Reasons[0].Code.Should().Be(ReasonCode.NotApplicableBelowMinimum);
    }

    [Fact]
    public void The_reason_below_the_minimum_shows_the_numbers_in_both_languages()
    {
        var reason = Score(Signed, 2m, Ratio(3, 9)).Reasons[0];
        reason.Vietnamese.Should().Be("Không áp dụng do số lượng dưới mức tối thiểu: 3/9, mẫu số 9 dưới mức tối thiểu 10; không tính vào điểm đạt và điểm tối đa.");
        reason.English.Should().Be("not applicable, the count is below the minimum: 3/9, denominator 9 below the minimum 10; left out of both awarded points and max.");
        reason.RuleKind.Should().Be("ratioSteps");

        var full = Score(Signed, 2m, Ratio(3, 9), NotApplicablePolicy.FullPoints).Reasons[0];
        full.Vietnamese.Should().EndWith("; 2/2 điểm theo quy định của bộ chỉ số.");
        full.English.Should().EndWith("; 2 of 2 points by the framework's policy.");
    }

    [Fact]
    public void The_reason_above_the_minimum_shows_the_ratio_and_the_step()
    {
        var matched = Score(Signed, 2m, Ratio(9, 10)).Reasons[0];
        matched.Vietnamese.Should().Be("Bậc '≥ 90 %' với 9/10 = 90 % (mẫu số 10 đạt mức tối thiểu 10): 2/2 điểm.");
        matched.English.Should().Be("ratio steps matched '≥ 90 %' with 9/10 = 90 % (denominator 10 at least the minimum 10): 2 of 2 points.");
        var otherwise = Score(Signed, 2m, Ratio(3, 12)).Reasons[0];
        otherwise.Vietnamese.Should().Be("Không đạt bậc nào (thấp nhất '≥ 50 %') với 3/12 = 25 % (mẫu số 12 đạt mức tối thiểu 10): 0/2 điểm.");
        otherwise.English.Should().Be("no step matched (lowest '≥ 50 %') with 3/12 = 25 % (denominator 12 at least the minimum 10): otherwise 0 of 2 points.");
    }

    [Theory]
    [InlineData(0, 2, "1")]    // at most: 0 % late is the best step; 2 cases reach the minimum of 1.5
    [InlineData(1, 2, "0.5")]  // 50 %, exactly the second threshold
    [InlineData(2, 3, "0")]    // 66.66… %
    [InlineData(1, 1, "n/a")]  // 1 case, below the minimum of 1.5
    public void At_most_steps_above_the_minimum(int numerator, int denominator, string points)
    {
        var late = new RatioStepsRule
        {
            MinDenominator = 1.5m,
            Direction = StepDirection.AtMost,
            Steps = [new() { Threshold = 0m, Points = 1m }, new() { Threshold = 50m, Points = 0.5m }],
        };
        if (denominator < late.MinDenominator)
            Score(late, 1m, Ratio(numerator, denominator)).Status.Should().Be(NodeStatus.NotApplicable);
        else
            Score(late, 1m, Ratio(numerator, denominator)).Awarded.Should().Be(Dec(points));
    }

    [Fact]
    public void A_percentage_alone_or_an_impossible_ratio_is_an_input_error_whatever_the_minimum()
    {
        Card(Signed, 2m, Value(90)).Errors.Single().Message.Should().Be("expected 'numerator' and 'denominator', not a percentage: the minimum denominator 10 is checked on the denominator");
        Card(Signed, 2m, Ratio(5, 3)).Errors.Single().Message.Should().Contain("numerator must not exceed denominator");
        Card(Signed, 2m, Ratio(-1, 3)).Errors.Single().Message.Should().Contain("must not be negative");
        Card(Signed, 2m, new LeafInput { Numerator = 3 }).Errors.Single().Message.Should().Be("expected 'numerator' and 'denominator' (a ratio such as 3/12)");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    public void A_minimum_denominator_that_is_not_positive_is_refused(string minimum)
    {
        var rule = Signed with { MinDenominator = Dec(minimum) };
        var build = () => new Framework(Info(), [Leaf("1", 2m, rule)], hasher: RuleKindRegistry.BuiltInHasher);
        build.Should().Throw<FrameworkValidationException>().Which.Problems.Should()
            .ContainSingle(p => p.Path.EndsWith("minDenominator", StringComparison.Ordinal) && p.Message.Contains("'minDenominator' must be positive", StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_or_invalid_minimum_in_JSON_names_the_property()
    {
        const string Framework = """
            { "id": "t", "name": "T", "issuer": "UBND", "unitLevel": "commune", "year": 2024, "version": "1",
              "areas": [ { "code": "1", "name": "Lĩnh vực", "maxPoints": 2,
                "rule": { "kind": "ratioSteps", __MIN__ "steps": [ { "threshold": 90, "points": 2 } ] } } ] }
            """;
        var missing = ParIndexJson.Default.ParseFramework(Framework.Replace("__MIN__", "", StringComparison.Ordinal), "t.json");
        missing.Problems.Should().Contain(p => p.Message.Contains("minDenominator", StringComparison.Ordinal));
        var zero = ParIndexJson.Default.ParseFramework(Framework.Replace("__MIN__", "\"minDenominator\": 0,", StringComparison.Ordinal), "t.json");
        zero.Problems.Should().Contain(p => p.Path.Contains("minDenominator", StringComparison.Ordinal) && p.Message.Contains("must be positive", StringComparison.Ordinal));
        var ok = ParIndexJson.Default.ParseFramework(Framework.Replace("__MIN__", "\"minDenominator\": 20,", StringComparison.Ordinal), "t.json");
        ok.Problems.Should().BeEmpty();
        ok.Value!.Leaves.Single().Rule.Should().Be(new RatioStepsRule { MinDenominator = 20m, Steps = [new() { Threshold = 90m, Points = 2m }] });
    }

    [Fact]
    public void Round_trips_through_JSON_with_every_parameter()
    {
        var rule = new RatioStepsRule
        {
            MinDenominator = 12.5m,
            Direction = StepDirection.AtMost,
            Steps = [new() { Threshold = 5m, Points = 2m }, new() { Threshold = 20m, Points = 1m }],
            Otherwise = 0.5m,
        };
        var framework = new Framework(Info(), [Leaf("1", 2m, rule)], hasher: RuleKindRegistry.BuiltInHasher);
        var json = ParIndexJson.Default.WriteFramework(framework);
        json.Should().Contain("\"kind\": \"ratioSteps\"").And.Contain("\"minDenominator\": 12.5").And.Contain("\"direction\": \"atMost\"").And.Contain("\"otherwise\": 0.5");
        var back = ParIndexJson.Default.ParseFramework(json, "t.json");
        back.Problems.Should().BeEmpty();
        back.Value!.Leaves.Single().Rule.Should().Be(rule);
        ParIndexJson.Default.WriteFramework(back.Value).Should().Be(json);
    }

    [Fact]
    public void Its_bulk_form_is_a_step_table_with_the_minimum()
    {
        var compiled = Signed.Compile(new RuleContext(2m, ScoringPolicy.Default));
        compiled.IsGeneral.Should().BeFalse();
        compiled.ToString().Should().Be("step table on ratio (2 steps, minimum denominator 10)");
    }

    [Fact]
    public void A_leader_may_be_ranked_on_it_and_a_sheet_reads_it_as_a_ratio()
    {
        Signed.MeasuredBy.Should().Be(Measure.Ratio);
        var input = Signed.DescribeInput(new RuleContext(2m, ScoringPolicy.Default));
        input.Shape.Should().Be(InputShape.Ratio);
        input.Percentage.Should().BeTrue();
        input.Hint.Should().Contain("3/12").And.Contain("10");
        input.HintEn.Should().Contain("below 10 is not applicable");
        Signed.StepGiving(1m).Should().Be("≥ 50 %");
        Signed.StepGiving(0m).Should().Be("otherwise");
    }
}
