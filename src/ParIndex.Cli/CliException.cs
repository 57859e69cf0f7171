namespace ParIndex.Cli;

/// <summary>A problem the user can fix (a missing file, a bad cell): printed one per line on stderr, never as a stack trace.</summary>
internal sealed class CliException : Exception
{
    public CliException(string message)
        : this([message])
    {
    }

    public CliException(IReadOnlyList<string> lines, int exitCode = CliApp.Failed)
        : base(string.Join(Environment.NewLine, lines))
    {
        Lines = lines;
        ExitCode = exitCode;
    }

    public CliException()
        : this("parindex: failed")
    {
    }

    public CliException(string message, Exception innerException)
        : base(message, innerException) => Lines = [message];

    public IReadOnlyList<string> Lines { get; } = [];

    public int ExitCode { get; } = CliApp.Failed;
}
