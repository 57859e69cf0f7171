namespace ParIndex.Engine.Model;

/// <summary>A structural problem found when a framework is built.</summary>
/// <param name="Path">
/// Where, as a path in the framework document ("areas[2].children[0].rule.steps[1].threshold"); the JSON loader
/// prefixes it with "$." and adds the line and column.
/// </param>
/// <param name="Code">The code of the node concerned, where there is one.</param>
/// <param name="Message">What is wrong and what is expected.</param>
public sealed record FrameworkProblem(string Path, string? Code, string Message)
{
    /// <inheritdoc />
    public override string ToString() => Code is null ? $"{Path}: {Message}" : $"{Path} ({Code}): {Message}";
}
