using System.Collections.Concurrent;
using ParIndex.Cli.Files;

namespace ParIndex.Cli;

/// <summary>
/// What a command runs with: where it writes its output and its errors, the token that Ctrl+C cancels, the files
/// named on its command line (an output may never be one of them) and the temporary files not yet committed.
/// </summary>
internal sealed class CliContext(TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default, IReadOnlyList<string>? inputs = null, bool progress = false, ConcurrentDictionary<string, byte>? pendingFiles = null)
{
    private readonly IReadOnlyList<string> _inputs = inputs ?? [];

    public TextWriter Out { get; } = stdout;

    public TextWriter Err { get; } = stderr;

    /// <summary>Cancelled by Ctrl+C (SIGINT) or SIGTERM: long work stops and nothing is written.</summary>
    public CancellationToken CancellationToken { get; } = cancellationToken;

    /// <summary>Whether progress may be shown on stderr (it is a terminal, not redirected).</summary>
    public bool ShowProgress { get; } = progress;

    /// <summary>Temporary output files not yet renamed over their target; deleted if the process must stop at once.</summary>
    public ConcurrentDictionary<string, byte> PendingFiles { get; } = pendingFiles ?? new(StringComparer.Ordinal);

    /// <summary>Refuses an output that is the same file as one of the command's inputs (by device and inode, not by spelling).</summary>
    public void RefuseIfInput(string output, FileIdentity target)
    {
        foreach (var input in _inputs)
        {
            if (FileIdentity.Of(input) is { Kind: FileKind.Regular } identity && identity.SameFileAs(target))
                throw new CliException(
                    $"{output}: tệp ghi ra chính là tệp đầu vào '{input}' (the output is the input file '{input}'); it would be overwritten. Choose another --out");
        }
    }

    /// <summary>Refuses to read a FIFO, a device or a folder: a read could block forever or never end.</summary>
    public static void RequireRegularFile(string path)
    {
        if (FileIdentity.Of(path) is { } identity && identity.Kind != FileKind.Regular)
            throw new CliException(identity.Kind == FileKind.Directory
                ? $"{path}: là một thư mục (is a folder); expected a file"
                : $"{path}: không phải tệp thông thường (not a regular file: a FIFO, device or socket); save the data to a file and give its name");
    }
}
