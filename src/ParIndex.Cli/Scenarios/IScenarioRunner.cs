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

/// <summary>The runner used when ParIndex.Engine.Rules has none yet: it runs nothing and says so.</summary>
internal sealed class UnavailableScenarioRunner : IScenarioRunner
{
    public bool IsAvailable => false;

    public ScenarioSummary Run(IReadOnlyList<string> files, TextWriter stdout, TextWriter stderr) =>
        throw new InvalidOperationException("scenario runner not available");
}

/// <summary>Which runner <c>parindex test</c> uses.</summary>
internal static class ScenarioRunners
{
    public static IScenarioRunner Default { get; } = new UnavailableScenarioRunner();
}
