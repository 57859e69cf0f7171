namespace ParIndex.Engine.Scenarios;

/// <summary>How one scenario went: passed, or the differences, one readable line each.</summary>
/// <param name="Name">The scenario's name.</param>
/// <param name="Failures">What differed ("3.4.1 expected 1.5, got 0.5: steps matched '≥ 80 %' with 85.71 %, expected '≥ 90 %'").</param>
public sealed record ScenarioResult(string Name, IReadOnlyList<string> Failures)
{
    /// <summary>Whether everything expected came out.</summary>
    public bool Passed => Failures.Count == 0;

    /// <inheritdoc />
    public override string ToString() => Passed ? $"passed: {Name}" : $"FAILED: {Name}\n  " + string.Join("\n  ", Failures);
}
