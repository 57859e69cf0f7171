using System.Globalization;

namespace ParIndex.Engine.Serialization;

/// <summary>A problem in a JSON document: where (file, JSON path, line, column), what is wrong and what is expected.</summary>
/// <param name="File">The file name, or "&lt;input&gt;" for text without a file.</param>
/// <param name="Path">The JSON path ("$.areas[2].children[0].rule.steps[1].threshold").</param>
/// <param name="Line">The 1-based line; 0 when unknown.</param>
/// <param name="Column">The 1-based column; 0 when unknown.</param>
/// <param name="Message">What is wrong and what is expected, in the current UI culture when the problem was made.</param>
public sealed record JsonProblem(string File, string Path, int Line, int Column, string Message)
{
    /// <summary>A problem with its code and arguments; <see cref="Message"/> is their text in the current UI culture.</summary>
    public JsonProblem(string file, string path, int line, int column, ErrorMessage error)
        : this(file, path, line, column, (error ?? throw new ArgumentNullException(nameof(error))).ToString())
    {
        ErrorCode = error.Code;
        Arguments = error.Arguments;
    }

    /// <summary>The stable code (PI01xx reading, PI02xx the framework's structure, PI03xx rules); PI0100 for a problem made from text.</summary>
    public ErrorCode ErrorCode { get; init; } = ErrorCodes.JsonText;

    /// <summary>The arguments of <see cref="ErrorCode"/>.</summary>
    public IReadOnlyList<MessageArgument> Arguments { get; init; } = new MessageArguments([new("text", Message)]);

    /// <summary>The code and arguments together.</summary>
    public ErrorMessage Error => ErrorMessage.Of(ErrorCode, Arguments);

    /// <summary>The message in the language of <paramref name="culture"/> (Vietnamese for "vi", English otherwise).</summary>
    public string Text(CultureInfo culture) => ErrorTexts.Format(ErrorCode, Arguments, culture);

    /// <summary>"file(line,column): path: message", the form existing callers print; the CLI adds the code.</summary>
    public override string ToString() => $"{File}({Line},{Column}): {Path}: {Message}";
}
