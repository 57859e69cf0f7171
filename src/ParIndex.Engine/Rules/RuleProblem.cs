using System.Globalization;

namespace ParIndex.Engine.Rules;

/// <summary>A problem with a rule's parameters.</summary>
/// <param name="Path">Where, relative to the rule ("steps[1].threshold"); empty for the rule itself.</param>
/// <param name="Message">What is wrong and what is expected, in the current UI culture when the problem was made.</param>
public readonly record struct RuleProblem(string Path, string Message)
{
    /// <summary>A problem with its code and arguments; <see cref="Message"/> is their text in the current UI culture.</summary>
    public RuleProblem(string path, ErrorMessage error)
        : this(path, (error ?? throw new ArgumentNullException(nameof(error))).ToString())
    {
        _error = error;
    }

    // Null for a problem made from text (and for default): the code is then PI0300 with the text as argument.
    private readonly ErrorMessage? _error;

    /// <summary>The code and arguments together, as the framework's checker carries them on.</summary>
    public ErrorMessage Error => _error ?? new ErrorMessage(ErrorCodes.RuleText, Message);

    /// <summary>The stable code (PI03xx); PI0300 for a problem made from text.</summary>
    public ErrorCode ErrorCode => Error.Code;

    /// <summary>The arguments of <see cref="ErrorCode"/>.</summary>
    public IReadOnlyList<MessageArgument> Arguments => Error.Arguments;

    /// <summary>The message in the language of <paramref name="culture"/> (Vietnamese for "vi", English otherwise).</summary>
    public string Text(CultureInfo culture) => Error.ToString(culture);
}
