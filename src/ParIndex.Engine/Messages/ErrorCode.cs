namespace ParIndex.Engine.Messages;

/// <summary>
/// A stable code for one kind of problem ("PI0103"), with a short English name and the names of its arguments.
/// The texts live in the catalogues (<see cref="ErrorTexts"/>), one per language; the code and the arguments are
/// what tests assert and what a translation keys on. Every code is listed in docs/errors.md.
/// </summary>
/// <remarks>
/// Ranges: PI01xx reading a JSON document, PI02xx the framework's structure, PI03xx rule kinds and parameters and the
/// content hash, PI04xx a unit's inputs, PI05xx scenario files and the runner. The codes are the engine's own (the
/// constructor is internal): an extension reports its own words with the "text" code of the range (PI0100, PI0300,
/// PI0400, PI0500), whose only argument is the text.
/// </remarks>
public sealed class ErrorCode
{
    private readonly string[] _parameters;

    internal ErrorCode(string code, string name, params string[] parameters)
    {
        Code = code;
        Name = name;
        _parameters = parameters;
    }

    /// <summary>The stable code, "PI" and four digits ("PI0103").</summary>
    public string Code { get; }

    /// <summary>A short English name ("JsonSyntax").</summary>
    public string Name { get; }

    /// <summary>The names of the arguments, in the order <see cref="ErrorMessage"/> takes them; the texts' placeholders.</summary>
    public IReadOnlyList<string> Parameters => _parameters;

    /// <summary>The message with these argument values, in the order of <see cref="Parameters"/>.</summary>
    /// <exception cref="ArgumentException">The number of values is not the number of parameters.</exception>
    public ErrorMessage With(params object?[] values) => new(this, values);

    /// <inheritdoc />
    public override string ToString() => Code;
}
