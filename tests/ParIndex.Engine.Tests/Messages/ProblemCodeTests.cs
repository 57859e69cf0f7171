using System.Globalization;
using FluentAssertions;
using ParIndex.Engine.Evaluation;
using ParIndex.Engine.Messages;
using ParIndex.Engine.Model;
using ParIndex.Engine.Rules;
using ParIndex.Engine.Serialization;
using Xunit;
using static ParIndex.Engine.Tests.Support.Build;

namespace ParIndex.Engine.Tests.Messages;

/// <summary>Real failures of each range carry their code and arguments, and read in both languages.</summary>
public class ProblemCodeTests
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    private static IReadOnlyList<JsonProblem> Problems(string json) => ParIndexJson.Default.ParseFramework(json, "f.json").Problems;

    private static MessageArgument Arg(string name, object? value) => new(name, value);

    [Fact]
    public void Malformed_json_gives_PI01xx_codes()
    {
        var trailing = Problems("{ \"id\": \"x\", }").Single();
        trailing.ErrorCode.Should().Be(ErrorCodes.TrailingCommaInObject);
        trailing.Arguments.Should().BeEmpty();
        trailing.Text(Vietnamese).Should().Be("thừa dấu phẩy trước '}'; hãy xoá dấu phẩy sau thuộc tính cuối cùng");

        var duplicate = Problems("{ \"id\": \"x\",\n  \"id\": \"y\" }").Single(p => p.Path == "$.id");
        duplicate.ErrorCode.Code.Should().Be("PI0106");
        duplicate.Arguments.Should().Equal(Arg("name", "id"), Arg("line", 1));
        duplicate.Message.Should().Be("duplicate property 'id' (first at line 1); a property may appear only once");

        Problems("").Single().ErrorCode.Should().Be(ErrorCodes.DocumentEmpty);
        Problems("{ \"a\": NaN }").Single().ErrorCode.Should().Be(ErrorCodes.NotANumber);
    }

    [Fact]
    public void A_mistyped_or_unknown_property_gives_its_code_with_the_property()
    {
        var json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Serialization", "Invalid", "duplicate-code.json"));
        var problems = Problems(json.Replace("\"maxPoints\": 10,", "\"maxPoints\": \"10\", \"maxPoint\": 1,", StringComparison.Ordinal));
        problems.Select(p => p.ErrorCode.Code).Should().Contain(["PI0132", "PI0128"]);
        problems.Single(p => p.ErrorCode == ErrorCodes.UnknownPropertyHint).Arguments.Take(2).Should().Equal(Arg("name", "maxPoint"), Arg("hint", "maxPoints"));
    }

    [Fact]
    public void A_framework_structure_problem_gives_a_PI02xx_code_with_its_node()
    {
        var act = () => new Framework(Info(), [Leaf("1", 50, Manual()), Leaf("1", 50, Manual())], hasher: RuleKindRegistry.BuiltInHasher);

        var problem = act.Should().Throw<FrameworkValidationException>().Which.Problems.Single(p => p.ErrorCode == ErrorCodes.DuplicateCode);
        problem.Path.Should().Be("areas[1].code");
        problem.Arguments.Should().Equal(Arg("code", "1"));
        problem.Text(Vietnamese).Should().Be("mã '1' bị lặp");
        problem.Text(CultureInfo.InvariantCulture).Should().Be("duplicate code '1'");
    }

    [Fact]
    public void A_bad_rule_parameter_gives_a_PI03xx_code_with_its_figures()
    {
        var steps = new StepsRule { Measure = Measure.Ratio, Steps = [new() { Threshold = 90, Points = 2.75m }] };
        var act = () => new Framework(Info(), [Leaf("1", 2.5m, steps)], hasher: RuleKindRegistry.BuiltInHasher);

        var problem = act.Should().Throw<FrameworkValidationException>().Which.Problems.Single();
        problem.ErrorCode.Should().Be(ErrorCodes.StepPointsRange);
        problem.Path.Should().Be("areas[0].rule.steps[0].points");
        problem.Arguments.Should().Equal(Arg("step", 1), Arg("points", 2.75m), Arg("max", 2.5m));
        problem.Text(Vietnamese).Should().Be("bậc 1 cho 2,75 điểm; cần từ 0 đến điểm tối đa 2,5 của tiêu chí");
        problem.Message.Should().Be("step 1 gives 2.75 points; expected 0 to the leaf's max 2.5");
    }

    [Fact]
    public void A_rule_problem_loaded_from_json_keeps_its_code()
    {
        var json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Serialization", "Invalid", "step-worth-more-than-max.json"));
        var problem = Problems(json).Single();
        problem.ErrorCode.Should().Be(ErrorCodes.StepPointsRange);
        problem.Path.Should().StartWith("$.areas[");
    }

    [Fact]
    public void Bad_unit_inputs_give_PI04xx_codes_with_their_values()
    {
        var compiled = FrameworkCompiler.Compile(new Framework(Info(), [Leaf("1", 50, new StepsRule { Measure = Measure.Ratio, Steps = [new() { Threshold = 90, Points = 50 }] }), Leaf("2", 50, Manual())], hasher: RuleKindRegistry.BuiltInHasher));

        var card = compiled.Score(Unit("u", ("1", Ratio(8.5m, 7m)), ("9", Points(1))));

        card.IsScored.Should().BeFalse();
        var ratio = card.Errors.Single(e => e.Code == "1");
        ratio.ErrorCode.Should().Be(ErrorCodes.NumeratorAboveDenominator);
        ratio.Arguments.Should().Equal(Arg("numerator", 8.5m), Arg("denominator", 7m));
        ratio.Text(Vietnamese).Should().Be("tử số không được lớn hơn mẫu số (tỷ lệ tối đa 100 %); nhận được 8,5/7");
        var unknown = card.Errors.Single(e => e.Code == "9");
        unknown.ErrorCode.Should().Be(ErrorCodes.UnknownNode);
        unknown.Arguments.Should().Equal(Arg("code", "9"), Arg("framework", "test-framework"), Arg("example", "1"));
    }

    [Fact]
    public void A_unit_without_the_stage_asked_for_gives_PI0401()
    {
        var compiled = FrameworkCompiler.Compile(new Framework(Info(), [Leaf("1", 100, Manual())], hasher: RuleKindRegistry.BuiltInHasher));
        var card = compiled.Score(Unit("u", Stage.SelfAssessment, new Dictionary<string, LeafInput> { ["1"] = Points(1) }), Stage.Appraisal1);
        card.Errors.Single().ErrorCode.Should().Be(ErrorCodes.NoStageInputs);
        card.Errors.Single().Arguments.Should().Equal(Arg("stage", "Appraisal1"), Arg("present", "SelfAssessment"));
    }

    [Fact]
    public void A_problem_made_from_text_has_the_text_code_of_its_range()
    {
        new JsonProblem("f", "$", 1, 1, "own words").ErrorCode.Should().Be(ErrorCodes.JsonText);
        new FrameworkProblem("areas", null, "own words").ErrorCode.Should().Be(ErrorCodes.FrameworkText);
        new InputError("u", null, "own words").Arguments.Should().Equal(Arg("text", "own words"));
        new RuleProblem("quota", "own words").ErrorCode.Should().Be(ErrorCodes.RuleText);
        default(RuleProblem).ErrorCode.Should().Be(ErrorCodes.RuleText);
    }

    [Fact]
    public void The_message_is_made_in_the_current_UI_culture()
    {
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = Vietnamese;
            new FrameworkProblem("areas[0].code", "1", ErrorCodes.DuplicateCode.With("1")).Message.Should().Be("mã '1' bị lặp");
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
