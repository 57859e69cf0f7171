using System.Globalization;

namespace ParIndex.Engine.Model;

/// <summary>An input that could not be scored; the unit gets no index until it is fixed.</summary>
/// <param name="UnitId">The unit.</param>
/// <param name="Code">The leaf, adjustment or disqualifier code concerned; <see langword="null"/> for the unit as a whole.</param>
/// <param name="Message">What is wrong and what was expected, in the current UI culture when the error was made.</param>
public sealed record InputError(string UnitId, string? Code, string Message)
{
    /// <summary>An error with its code and arguments; <see cref="Message"/> is their text in the current UI culture.</summary>
    public InputError(string unitId, string? code, ErrorMessage error)
        : this(unitId, code, (error ?? throw new ArgumentNullException(nameof(error))).ToString())
    {
        ErrorCode = error.Code;
        Arguments = error.Arguments;
    }

    /// <summary>The stable code (PI04xx); PI0400 for an error made from text.</summary>
    public ErrorCode ErrorCode { get; init; } = ErrorCodes.InputText;

    /// <summary>The arguments of <see cref="ErrorCode"/>.</summary>
    public IReadOnlyList<MessageArgument> Arguments { get; init; } = new MessageArguments([new("text", Message)]);

    /// <summary>The code and arguments together.</summary>
    public ErrorMessage Error => ErrorMessage.Of(ErrorCode, Arguments);

    /// <summary>The message in the language of <paramref name="culture"/> (Vietnamese for "vi", English otherwise).</summary>
    public string Text(CultureInfo culture) => ErrorTexts.Format(ErrorCode, Arguments, culture);

    /// <inheritdoc />
    public override string ToString() => Code is null ? $"unit '{UnitId}': {Message}" : $"unit '{UnitId}', {Code}: {Message}";
}
