using ParIndex.Engine.Serialization;

namespace ParIndex.Engine.Scenarios;

/// <summary>The outcome of a scenario file: a result per scenario, or the problems that kept it from running.</summary>
/// <param name="File">The file.</param>
/// <param name="Results">One result per scenario, in the file's order.</param>
/// <param name="Problems">
/// Problems loading the file or its framework, each with its code (PI01xx reading, PI02xx/PI03xx the framework, PI05xx
/// the scenario file); the scenarios did not run when there are any.
/// </param>
public sealed record ScenarioReport(string File, IReadOnlyList<ScenarioResult> Results, IReadOnlyList<JsonProblem> Problems)
{
    /// <summary>Scenarios that passed.</summary>
    public int Passed => Results.Count(r => r.Passed);

    /// <summary>Scenarios that failed.</summary>
    public int Failed => Results.Count(r => !r.Passed);

    /// <summary>Whether the file loaded and every scenario passed.</summary>
    public bool Succeeded => Problems.Count == 0 && Failed == 0;

    /// <inheritdoc />
    public override string ToString() =>
        Problems.Count > 0 ? string.Join("\n", Problems) : string.Join("\n", Results) + $"\n{Passed} passed, {Failed} failed";
}
