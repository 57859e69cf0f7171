namespace ParIndex.Engine.Serialization;

/// <summary>Thrown by <see cref="LoadResult{T}.GetValueOrThrow"/>; lists every problem of the document.</summary>
public sealed class ParIndexJsonException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ParIndexJsonException(IReadOnlyList<JsonProblem> problems)
        : base(string.Join(Environment.NewLine, problems.Select(p => p.ToString()))) => Problems = problems;

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<JsonProblem> Problems { get; }
}
