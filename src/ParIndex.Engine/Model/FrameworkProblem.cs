using System.Globalization;

namespace ParIndex.Engine.Model;

/// <summary>A structural problem found when a framework is built.</summary>
/// <param name="Path">
/// Where, as a path in the framework document ("areas[2].children[0].rule.steps[1].threshold"); the JSON loader
/// prefixes it with "$." and adds the line and column.
/// </param>
/// <param name="Code">The code of the node concerned, where there is one.</param>
/// <param name="Message">What is wrong and what is expected, in the current UI culture when the problem was made.</param>
public sealed record FrameworkProblem(string Path, string? Code, string Message)
{
    /// <summary>A problem with its code and arguments; <see cref="Message"/> is their text in the current UI culture.</summary>
    public FrameworkProblem(string path, string? code, ErrorMessage error)
        : this(path, code, (error ?? throw new ArgumentNullException(nameof(error))).ToString())
    {
        ErrorCode = error.Code;
        Arguments = error.Arguments;
    }

    /// <summary>The stable code (PI02xx the structure, PI03xx a rule's parameters); PI0200 for a problem made from text.</summary>
    public ErrorCode ErrorCode { get; init; } = ErrorCodes.FrameworkText;

    /// <summary>The arguments of <see cref="ErrorCode"/>.</summary>
    public IReadOnlyList<MessageArgument> Arguments { get; init; } = new MessageArguments([new("text", Message)]);

    /// <summary>The code and arguments together, as another problem carries them on.</summary>
    public ErrorMessage Error => ErrorMessage.Of(ErrorCode, Arguments);

    /// <summary>The message in the language of <paramref name="culture"/> (Vietnamese for "vi", English otherwise).</summary>
    public string Text(CultureInfo culture) => ErrorTexts.Format(ErrorCode, Arguments, culture);

    /// <inheritdoc />
    public override string ToString() => Code is null ? $"{Path}: {Message}" : $"{Path} ({Code}): {Message}";
}
