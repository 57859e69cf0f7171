namespace ParIndex.Cli;

/// <summary>Where a command writes: its output and its errors.</summary>
internal sealed class CliContext(TextWriter stdout, TextWriter stderr)
{
    public TextWriter Out { get; } = stdout;

    public TextWriter Err { get; } = stderr;
}
