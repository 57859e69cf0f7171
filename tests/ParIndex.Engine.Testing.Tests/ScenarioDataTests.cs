using FluentAssertions;
using Xunit;

namespace ParIndex.Engine.Testing.Tests;

/// <summary>The xunit integration as a province uses it: one test per scenario, named after it.</summary>
public class ScenarioDataTests
{
    [Theory]
    [ScenarioData("samples/scenarios/thanh-tri-2018.scenarios.json")]
    [ScenarioData("catalogue:chi-lang-commune-2023")]
    public void Scores_as_the_decision_says(ScenarioCase scenario) => scenario.Verify();

    [Fact]
    public void Each_scenario_is_its_own_case_named_after_it()
    {
        var cases = new ScenarioDataAttribute("catalogue:phu-yen-commune-2022").GetData(typeof(ScenarioDataTests).GetMethod(nameof(Scores_as_the_decision_says))!)
            .Select(row => row.Single().ToString()).ToList();
        cases.Should().Equal(
            "Phù Yên 2022: Tường Phù, the highest, 54 of 70 raw points is 77.14, group B",
            "Phù Yên 2022: Huy Tường, the lowest, 21 of 70 raw points is 30, group D",
            "Phù Yên 2022: the gap between the two is 47.14 and they rank 1 and 2");
    }

    [Fact]
    public void A_failing_scenario_throws_the_readable_diff()
    {
        using var temp = new TempFolder();
        var path = temp.File("wrong.scenarios.json");
        File.WriteAllText(path, """
            { "framework": "catalogue:phu-yen-commune-2022", "scenarios": [ { "name": "wrong band",
              "units": [ { "id": "u", "name": "U", "stages": { "appraisal1": { "inputs": { "1": { "points": 11.5 } } } } } ],
              "expect": [ { "unit": "u", "band": "A" } ] } ] }
            """);
        var act = () => new ScenarioCase(path, "wrong band").Verify();
        act.Should().Throw<ScenarioFailedException>().WithMessage("Scenario 'wrong band' failed:\n  u: band expected 'A', got 'D' (index 16.43)");
    }

    [Fact]
    public void An_unloadable_file_still_gives_one_failing_case_rather_than_none()
    {
        var rows = new ScenarioDataAttribute("/nonexistent/none.scenarios.json").GetData(typeof(ScenarioDataTests).GetMethod(nameof(Scores_as_the_decision_says))!).ToList();
        rows.Should().ContainSingle();
        var act = () => ((ScenarioCase)rows[0][0]).Verify();
        act.Should().Throw<ScenarioFailedException>().WithMessage("*the file does not exist*");
    }
}
