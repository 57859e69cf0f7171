using FluentAssertions;
using NJsonSchema;
using ParIndex.Engine.Messages;
using ParIndex.Engine.Scenarios;
using Xunit;

namespace ParIndex.Engine.Rules.Tests.Scenarios;

public class ScenarioRunnerTests
{
    private static string Samples(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "samples", .. parts]);

    public static TheoryData<string> ScenarioFiles() => [.. Directory.GetFiles(Samples("scenarios"), "*.scenarios.json").Select(f => Path.GetFileName(f)).Order()];

    [Theory]
    [MemberData(nameof(ScenarioFiles))]
    public void The_sample_scenario_files_pass_through_the_runner(string file)
    {
        var report = ScenarioRunner.RunFile(Samples("scenarios", file));
        report.Problems.Should().BeEmpty();
        report.Failed.Should().Be(0, report.ToString());
        report.Passed.Should().BeGreaterThan(0);
    }

    [Theory]
    [MemberData(nameof(ScenarioFiles))]
    public async Task The_sample_scenario_files_validate_against_the_shipped_schema(string file)
    {
        var schema = await JsonSchema.FromJsonAsync(ScenarioFile.Schema);
        schema.Validate(File.ReadAllText(Samples("scenarios", file))).Should().BeEmpty();
    }

    [Fact]
    public void The_schema_in_docs_is_the_one_shipped() =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "docs-schema", "scenarios.schema.json")).Should().Be(ScenarioFile.Schema);

    [Fact]
    public void A_framework_with_a_threshold_moved_fails_its_scenarios_with_a_readable_diff()
    {
        // Chi Lăng's 3.4.1: "≥ 100 % → 2.5; ≥ 90 % → 1.5; otherwise 0.5". Move the 90 % step to 80 %: Y Tịch's
        // 150/180 = 83.33 % now reaches it, and the scenario written from the published figures must say so.
        using var temp = new TempFolder();
        var framework = File.ReadAllText(Samples("frameworks", "chi-lang-2023.json"));
        var broken = framework.Replace("\"threshold\": 90,", "\"threshold\": 80,", StringComparison.Ordinal);
        broken.Should().NotBe(framework, "the sample must hold the 90 % step");
        File.WriteAllText(temp.File("chi-lang-broken.json"), broken);
        var scenarios = File.ReadAllText(Samples("scenarios", "chi-lang-2023.scenarios.json"))
            .Replace("\"catalogue:chi-lang-commune-2023\"", "\"chi-lang-broken.json\"", StringComparison.Ordinal);
        File.WriteAllText(temp.File("broken.scenarios.json"), scenarios);

        var report = ScenarioRunner.RunFile(temp.File("broken.scenarios.json"));

        report.Problems.Should().BeEmpty();
        var appraisal = report.Results.Single(r => r.Name.StartsWith("Y Tịch 2023 appraised", StringComparison.Ordinal));
        appraisal.Passed.Should().BeFalse();
        appraisal.Failures.Should().Equal(
            "y-tich: index expected 85, got 86",
            "y-tich: 3.4.1 expected 0.5, got 1.5: steps matched '≥ 80 %' with 150/180 = 83.33 %, expected 'otherwise'",
            "y-tich: 3.4.1 reason expected 'below-all-steps', got 'step-matched': steps matched '≥ 80 %' with 150/180 = 83.33 %",
            "y-tich: 3 expected 14, got 15: 3 points lost in: 3.1 (-1), 3.4 (-2)");
        report.Results.Single(r => r.Name.StartsWith("Y Tịch 2023 self", StringComparison.Ordinal)).Passed.Should().BeTrue();
    }

    [Fact]
    public void Index_band_and_rank_differences_read_plainly()
    {
        var json = File.ReadAllText(Samples("scenarios", "thanh-tri-2018.scenarios.json"))
            .Replace("\"index\": 71,", "\"index\": 72,", StringComparison.Ordinal)
            .Replace("\"band\": \"Khá\",", "\"band\": \"Tốt\",", StringComparison.Ordinal)
            .Replace("\"rank\": 10", "\"rank\": 9", StringComparison.Ordinal);
        var file = ScenarioFile.Parse(json, "thanh-tri.scenarios.json").GetValueOrThrow();

        var result = ScenarioRunner.Run(file).Results.Single();

        result.Failures.Should().Equal(
            "lam-kiet: index expected 72, got 71",
            "lam-kiet: band expected 'Tốt', got 'Khá' (index 71)",
            "lam-kiet: rank expected 9, got 10");
    }

    [Fact]
    public void A_bad_scenario_file_is_reported_with_file_path_line_and_column()
    {
        const string json = """
            {
              "framework": "catalogue:thanh-tri-commune-2018",
              "scenarios": [
                { "name": "x", "units": [ { "id": "a", "name": "A", "stages": { "appraisal1": { "inputs": { "1": { "points": 20 } } } } } ],
                  "expect": [ { "unit": "a", "idx": 20 } ] }
              ]
            }
            """;
        var result = ScenarioFile.Parse(json, "bad.scenarios.json");
        result.Succeeded.Should().BeFalse();
        result.Problems.Select(p => p.ToString()).Should().Equal(
            "bad.scenarios.json(5,34): $.scenarios[0].expect[0].idx: unknown property 'idx' (did you mean 'index'?); expected one of unit, index, band, rank, errors, nodes");
    }

    [Fact]
    public void A_missing_file_and_an_unknown_catalogue_id_are_problems_not_exceptions()
    {
        var missing = ScenarioRunner.RunFile("/nonexistent/x.scenarios.json").Problems.Single();
        missing.ErrorCode.Should().Be(ErrorCodes.FileMissing);
        missing.Message.Should().Contain("the file does not exist");
        var file = ScenarioFile.Parse("""{ "framework": "catalogue:nowhere", "scenarios": [ { "name": "x", "units": [ { "id": "a", "name": "A", "stages": {} } ], "expect": [ { "unit": "a" } ] } ] }""", "c.json").GetValueOrThrow();
        var unknown = ScenarioRunner.Run(file).Problems.Single();
        unknown.ErrorCode.Should().Be(ErrorCodes.ScenarioFrameworkNotInCatalogue);
        unknown.Arguments[0].Should().Be(new MessageArgument("id", "nowhere"));
        unknown.ToString().Should().StartWith("c.json(0,0): $.framework: no framework 'nowhere' in the catalogue");
    }

    [Fact]
    public void A_bad_scenario_file_reports_PI05xx_codes_with_their_arguments()
    {
        var loaded = ScenarioFile.Parse("""
            { "framework": "catalogue:nowhere", "scenarios": [
              { "name": "twice", "tolerance": -1, "units": [ { "id": "a", "name": "A", "stages": {} } ], "expect": [ { "unit": "a" } ] },
              { "name": "twice", "units": [ { "id": "a", "name": "A", "stages": {} } ], "expect": [ { "unit": "a" } ] } ] }
            """, "bad.json");
        loaded.Succeeded.Should().BeFalse();
        loaded.Problems.Select(p => (p.ErrorCode.Code, p.Path)).Should().BeEquivalentTo(new[]
        {
            ("PI0502", "$.scenarios[0].tolerance"),
            ("PI0501", "$.scenarios[1].name"),
        });
        loaded.Problems.Single(p => p.ErrorCode == ErrorCodes.DuplicateScenarioName).Arguments.Should().Equal(new MessageArgument("name", "twice"));
        var framework = ScenarioFile.Parse("""{ "framework": "/etc/passwd", "scenarios": [ { "name": "x", "units": [ { "id": "a", "name": "A", "stages": {} } ], "expect": [ { "unit": "a" } ] } ] }""", "c.json").GetValueOrThrow();
        var problem = ScenarioRunner.Run(framework).Problems.Single();
        problem.ErrorCode.Should().Be(ErrorCodes.ScenarioFrameworkPathInvalid);
        problem.Arguments.Should().Equal(new MessageArgument("framework", "/etc/passwd"), new MessageArgument("prefix", ScenarioRunner.CataloguePrefix));
        problem.Text(new System.Globalization.CultureInfo("vi-VN")).Should().StartWith("'/etc/passwd' phải là đường dẫn tương đối");
    }
}

internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("parindex-rules-").FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
