using System.Globalization;

namespace ParIndex.Engine.Messages;

/// <summary>A problem's code with its arguments: what is stable and what is translated.</summary>
public sealed class ErrorMessage : IEquatable<ErrorMessage>
{
    /// <summary>A message with these argument values, in the order of the code's <see cref="ErrorCode.Parameters"/>.</summary>
    /// <exception cref="ArgumentException">The number of values is not the number of parameters.</exception>
    public ErrorMessage(ErrorCode code, params object?[] values)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length != code.Parameters.Count)
            throw new ArgumentException($"{code.Code} takes {code.Parameters.Count} argument(s) ({string.Join(", ", code.Parameters)}); got {values.Length}", nameof(values));
        Code = code;
        Arguments = new MessageArguments([.. code.Parameters.Select((name, i) => new MessageArgument(name, values[i]))]);
    }

    private ErrorMessage(ErrorCode code, MessageArguments arguments)
    {
        Code = code;
        Arguments = arguments;
    }

    /// <summary>A message from a code and arguments already named (those a problem carries).</summary>
    public static ErrorMessage Of(ErrorCode code, IReadOnlyList<MessageArgument> arguments)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(arguments);
        return new(code, arguments as MessageArguments ?? new MessageArguments([.. arguments]));
    }

    /// <summary>The stable code.</summary>
    public ErrorCode Code { get; }

    /// <summary>The arguments, named after the code's parameters.</summary>
    public IReadOnlyList<MessageArgument> Arguments { get; }

    /// <summary>The text in the language of <paramref name="culture"/> (Vietnamese for "vi", English otherwise).</summary>
    public string ToString(CultureInfo culture) => ErrorTexts.Format(Code, Arguments, culture);

    /// <summary>The text in the current UI culture.</summary>
    public override string ToString() => ToString(CultureInfo.CurrentUICulture);

    /// <inheritdoc />
    public bool Equals(ErrorMessage? other) => other is not null && other.Code == Code && other.Arguments.Equals(Arguments);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ErrorMessage);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Code, Arguments);
}
