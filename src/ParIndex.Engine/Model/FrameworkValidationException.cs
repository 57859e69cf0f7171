namespace ParIndex.Engine.Model;

/// <summary>Thrown when a framework built in code breaks the structural rules; lists every problem at once.</summary>
public sealed class FrameworkValidationException : Exception
{
    /// <summary>Creates the exception from its problems.</summary>
    public FrameworkValidationException(IReadOnlyList<FrameworkProblem> problems)
        : base(BuildMessage(problems)) => Problems = problems;

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<FrameworkProblem> Problems { get; }

    private static string BuildMessage(IReadOnlyList<FrameworkProblem> problems) =>
        $"The framework has {problems.Count} problem(s):" + Environment.NewLine
        + string.Join(Environment.NewLine, problems.Select(p => "  " + p));
}
