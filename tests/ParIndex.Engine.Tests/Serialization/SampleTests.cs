using FluentAssertions;
using ParIndex.Engine.Cohorts;
using ParIndex.Engine.Evaluation;
using ParIndex.Engine.Model;
using ParIndex.Engine.Serialization;
using Xunit;

namespace ParIndex.Engine.Tests.Serialization;

public class SampleTests
{
    public static TheoryData<string> Frameworks() => [.. TestFiles.SampleFrameworks.Select(f => Path.GetFileName(f))];

    public static TheoryData<string> Assessments() => [.. TestFiles.SampleAssessments.Select(f => Path.GetFileName(f))];

    [Theory]
    [MemberData(nameof(Frameworks))]
    public void Every_sample_framework_loads_without_problems(string file)
    {
        var result = ParIndexJson.Default.LoadFramework(Path.Combine(TestFiles.Samples("frameworks"), file));
        result.Problems.Should().BeEmpty();
        result.Succeeded.Should().BeTrue();
    }

    [Theory]
    [MemberData(nameof(Assessments))]
    public void Every_sample_assessment_loads_and_scores_without_input_errors(string file)
    {
        var assessment = ParIndexJson.Default.LoadAssessment(Path.Combine(TestFiles.Samples("assessments"), file));
        assessment.Problems.Should().BeEmpty();
        var framework = ParIndexJson.Default.LoadFramework(Path.Combine(TestFiles.Samples("frameworks"), file)).GetValueOrThrow();
        assessment.Value!.FrameworkId.Should().Be(framework.Info.Id);
        var compiled = FrameworkCompiler.Compile(framework);
        // Scored as a cohort per stage: a relative-to-best leaf (the all-kinds sample has one) needs the others.
        foreach (var stage in assessment.Value.Units.SelectMany(u => u.Stages.Keys).Distinct())
        {
            var units = assessment.Value.Units.Where(u => u.Stages.ContainsKey(stage)).ToList();
            foreach (var standing in CohortScorer.Score(compiled, units, new CohortScoringOptions { Stage = stage }).Units)
                standing.Card.Errors.Should().BeEmpty($"unit {standing.UnitId} at {stage} has complete inputs");
        }
    }

    [Fact]
    public void Sample_files_keep_Vietnamese_unescaped_and_schema_first()
    {
        foreach (var file in TestFiles.SampleFrameworks.Concat(TestFiles.SampleAssessments))
        {
            var text = File.ReadAllText(file);
            text.Should().StartWith("{\n  \"$schema\": ");
            text.Should().NotContain("\\u");
        }
    }

    [Fact]
    public void Thanh_Tri_totals_are_the_published_ones()
    {
        var framework = ParIndexJson.Default.LoadFramework(Path.Combine(TestFiles.Samples("frameworks"), "thanh-tri-2018.json")).GetValueOrThrow();
        var units = ParIndexJson.Default.LoadAssessment(Path.Combine(TestFiles.Samples("assessments"), "thanh-tri-2018.json")).GetValueOrThrow().Units;
        framework.MaxPoints.Should().Be(100m);
        var compiled = FrameworkCompiler.Compile(framework);
        units.Select(u => compiled.Score(u, Stage.Appraisal1).Total).Should().Equal(93m, 92m, 92m, 89m, 89m, 88m, 88m, 85m, 80m, 71m);
        units.Select(u => compiled.Score(u, Stage.Appraisal1).Band).Should().Equal("Rất tốt", "Rất tốt", "Rất tốt", "Tốt", "Tốt", "Tốt", "Tốt", "Tốt", "Tốt", "Khá");
    }

    [Fact]
    public void Y_Tich_scores_85_appraised_and_93_self_assessed_with_the_published_losses()
    {
        var framework = ParIndexJson.Default.LoadFramework(Path.Combine(TestFiles.Samples("frameworks"), "chi-lang-2023.json")).GetValueOrThrow();
        var unit = ParIndexJson.Default.LoadAssessment(Path.Combine(TestFiles.Samples("assessments"), "chi-lang-2023.json")).GetValueOrThrow().Units.Single();
        framework.MaxPoints.Should().Be(100m);
        var compiled = FrameworkCompiler.Compile(framework);
        var appraised = compiled.Score(unit, Stage.Appraisal1);
        var claimed = compiled.Score(unit, Stage.SelfAssessment);
        appraised.Index.Should().Be(85m);
        claimed.Index.Should().Be(93m);
        appraised.BelowMax.Select(n => (n.Code, n.Lost)).Should().BeEquivalentTo(new[]
        {
            ("1.5", 3m), ("2.1", 1m), ("3.1.4", 1m), ("3.4.1", 2m), ("3.4.2", 1m), ("6.3.3", 1m), ("7.2", 2m), ("7.4.1", 1m), ("7.6", 3m),
        });
        new[] { "1", "2", "3", "6", "7" }.Select(a => appraised[a].Lost).Should().Equal(3m, 1m, 4m, 1m, 6m);
    }
}
