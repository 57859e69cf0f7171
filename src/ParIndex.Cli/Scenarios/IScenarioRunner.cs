namespace ParIndex.Cli.Scenarios;

/// <summary>The outcome of running scenario files.</summary>
/// <param name="Passed">Scenarios that passed.</param>
/// <param name="Failed">Scenarios that failed; their messages went to stderr.</param>
internal sealed record ScenarioSummary(int Passed, int Failed);

/// <summary>
/// Runs scenario files (the test kit of ParIndex.Engine.Rules) for <c>parindex test</c>. A seam: the CLI depends on
/// this interface only, so the runner of the rules package plugs in without touching the command.
/// </summary>
internal interface IScenarioRunner
{
    /// <summary>Whether a runner is available in this build.</summary>
    bool IsAvailable { get; }

    /// <summary>Runs the files, writing one line per scenario to <paramref name="stdout"/> and each failure to <paramref name="stderr"/>.</summary>
    ScenarioSummary Run(IReadOnlyList<string> files, TextWriter stdout, TextWriter stderr);
}

/// <summary>The runner of ParIndex.Engine.Rules: one line per scenario, each difference on stderr, as a clerk reads it.</summary>
internal sealed class RulesScenarioRunner : IScenarioRunner
{
    public bool IsAvailable => true;

    public ScenarioSummary Run(IReadOnlyList<string> files, TextWriter stdout, TextWriter stderr)
    {
        int passed = 0, failed = 0;
        foreach (var file in files)
        {
            var report = Engine.Scenarios.ScenarioRunner.RunFile(file);
            // A file that cannot be loaded is one failure, whatever the number of its problems.
            foreach (var problem in report.Problems) stderr.WriteLine(Output.ProblemText.Of(problem));
            if (report.Problems.Count > 0) failed++;
            foreach (var result in report.Results)
            {
                stdout.WriteLine($"{(result.Passed ? "passed" : "FAILED")}: {result.Name}");
                foreach (var failure in result.Failures) stderr.WriteLine($"{file}: {result.Name}: {failure}");
                if (result.Passed) passed++;
                else failed++;
            }
        }
        return new ScenarioSummary(passed, failed);
    }
}

/// <summary>Which runner <c>parindex test</c> uses.</summary>
internal static class ScenarioRunners
{
    public static IScenarioRunner Default { get; } = new RulesScenarioRunner();
}
