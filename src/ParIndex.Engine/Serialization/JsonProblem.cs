namespace ParIndex.Engine.Serialization;

/// <summary>A problem in a JSON document: where (file, JSON path, line, column), what is wrong and what is expected.</summary>
/// <param name="File">The file name, or "&lt;input&gt;" for text without a file.</param>
/// <param name="Path">The JSON path ("$.areas[2].children[0].rule.steps[1].threshold").</param>
/// <param name="Line">The 1-based line; 0 when unknown.</param>
/// <param name="Column">The 1-based column; 0 when unknown.</param>
/// <param name="Message">What is wrong and what is expected.</param>
public sealed record JsonProblem(string File, string Path, int Line, int Column, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{File}({Line},{Column}): {Path}: {Message}";
}
