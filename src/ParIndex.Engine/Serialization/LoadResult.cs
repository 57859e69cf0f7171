namespace ParIndex.Engine.Serialization;

/// <summary>What loading a document gave: the value, or every problem found. Loading never throws for bad input.</summary>
/// <typeparam name="T">The document's type.</typeparam>
public sealed class LoadResult<T>
    where T : class
{
    internal LoadResult(T? value, IReadOnlyList<JsonProblem> problems)
    {
        Value = problems.Count == 0 ? value : null;
        Problems = problems;
    }

    /// <summary>The value; <see langword="null"/> when there are problems.</summary>
    public T? Value { get; }

    /// <summary>Every problem found; empty on success.</summary>
    public IReadOnlyList<JsonProblem> Problems { get; }

    /// <summary>Whether the document loaded without problems.</summary>
    public bool Succeeded => Problems.Count == 0 && Value is not null;

    /// <summary>The value, or an exception listing every problem.</summary>
    /// <exception cref="ParIndexJsonException">The document had problems.</exception>
    public T GetValueOrThrow() => Succeeded ? Value! : throw new ParIndexJsonException(Problems);
}
