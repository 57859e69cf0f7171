using FluentAssertions;
using ParIndex.Engine.Model;
using ParIndex.Engine.Rules;
using ParIndex.Engine.Serialization;
using Xunit;
using static ParIndex.Engine.Tests.Support.Build;

namespace ParIndex.Engine.Tests.Model;

/// <summary>
/// A figure that is not a multiple of the step it is rounded at can never be shown exactly: the framework is valid,
/// but it carries a warning naming the node and the path. One test per kind of figure.
/// </summary>
public class RoundingWarningTests
{
    private static Framework With(IReadOnlyList<Node> areas, int leafDecimals = 2, int indexDecimals = 2, decimal scale = 100m,
        decimal manualStep = 0.25m, IReadOnlyList<Part>? parts = null) =>
        new(Info(), areas, ScoringPolicy.Default with
        {
            Scale = scale,
            ManualStep = manualStep,
            Rounding = new Rounding { LeafDecimals = leafDecimals, IndexDecimals = indexDecimals },
        }, parts: parts);

    private static readonly Node Rest = Leaf("9", 90, new AllOrNothingRule());

    [Fact]
    public void A_leaf_max_off_the_leaf_step_warns()
    {
        var framework = With([Leaf("1", 9.75m, new ProportionalRule()), Rest with { MaxPoints = 90.25m }], leafDecimals: 1);

        framework.Warnings.Select(w => w.Code).Should().Equal("1", "9");
        framework.Warnings[0].Should().Match<FrameworkProblem>(w =>
            w.Path == "areas[0].maxPoints" && w.Message.Contains("9.75") && w.Message.Contains("0.1"));
    }

    [Fact]
    public void A_choice_option_off_the_leaf_step_warns()
    {
        var choice = new ChoiceRule { Options = [new() { Label = "tốt", Points = 10 }, new() { Label = "khá", Points = 7.5m }] };
        var framework = With([Leaf("1", 10, choice), Rest], leafDecimals: 0);

        framework.Warnings.Should().ContainSingle().Which.Should().Match<FrameworkProblem>(w =>
            w.Code == "1" && w.Path == "areas[0].rule.options[1].points" && w.Message.Contains("'khá'"));
    }

    [Fact]
    public void A_step_off_the_leaf_step_warns()
    {
        var steps = new StepsRule { Measure = Measure.Ratio, Steps = [new() { Threshold = 100, Points = 10 }, new() { Threshold = 80, Points = 5.5m }] };
        var framework = With([Leaf("1", 10, steps), Rest], leafDecimals: 0);

        framework.Warnings.Should().ContainSingle().Which.Path.Should().Be("areas[0].rule.steps[1].points");
    }

    [Fact]
    public void A_manual_step_off_the_leaf_step_warns_where_it_is_declared()
    {
        var own = With([Leaf("1", 10, Manual(0.25m)), Rest], leafDecimals: 1);
        var inherited = With([Leaf("1", 10, new ManualRule()), Rest], leafDecimals: 1, manualStep: 0.25m);

        own.Warnings.Should().ContainSingle().Which.Should().Match<FrameworkProblem>(w => w.Path == "areas[0].rule.step" && w.Code == "1");
        inherited.Warnings.Should().ContainSingle().Which.Should().Match<FrameworkProblem>(w => w.Path == "scoring.manualStep" && w.Code == null);
    }

    [Fact]
    public void A_part_max_off_the_index_step_warns()
    {
        var framework = With([Leaf("1", 10.5m, new AllOrNothingRule()), Leaf("2", 89.5m, new AllOrNothingRule())], leafDecimals: 1, indexDecimals: 0,
            parts: [new Part { Code = "A", Name = "Phần A", MaxPoints = 10.5m, AreaCodes = ["1"] }, new Part { Code = "B", Name = "Phần B", MaxPoints = 89.5m, AreaCodes = ["2"] }]);

        framework.Warnings.Select(w => w.Path).Should().Equal("parts[0].maxPoints", "parts[1].maxPoints");
    }

    [Fact]
    public void A_scale_off_the_index_step_warns()
    {
        var framework = With([Leaf("1", 10, new AllOrNothingRule())], indexDecimals: 0, scale: 7.5m);

        framework.Warnings.Should().ContainSingle().Which.Should().Match<FrameworkProblem>(w => w.Path == "scoring.scale" && w.Message.Contains("7.5"));
    }

    [Fact]
    public void Figures_on_their_steps_give_no_warning()
    {
        With([Leaf("1", 9.75m, new ProportionalRule()), Rest with { MaxPoints = 90.25m }]).Warnings.Should().BeEmpty();
    }

    [Theory]
    [InlineData("chi-lang-2023.json")]
    [InlineData("muong-te-2022.json")]
    [InlineData("phu-yen-2022.json")]
    [InlineData("sample-all-kinds.json")]
    [InlineData("thanh-tri-2018.json")]
    public void The_shipped_samples_give_no_warning(string file)
    {
        var framework = ParIndexJson.Default.LoadFramework(Path.Combine(AppContext.BaseDirectory, "samples", "frameworks", file)).GetValueOrThrow();

        framework.Warnings.Should().BeEmpty();
    }
}
