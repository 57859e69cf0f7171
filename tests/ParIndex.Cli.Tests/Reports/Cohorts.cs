using ParIndex.Engine.Cohorts;
using ParIndex.Engine.Evaluation;
using ParIndex.Engine.Model;
using ParIndex.Engine.Serialization;

namespace ParIndex.Cli.Tests.Reports;

/// <summary>The figures a report must show, computed by the engine directly from the same sample files.</summary>
internal static class Cohorts
{
    public static (Framework Framework, CohortResult Result) Score(string frameworkPath, string inputsPath)
    {
        var framework = ParIndexJson.Default.LoadFramework(frameworkPath).GetValueOrThrow();
        var units = ParIndexJson.Default.LoadAssessment(inputsPath).GetValueOrThrow().Units;
        return (framework, CohortScorer.Score(FrameworkCompiler.Compile(framework), units));
    }
}
