using System.Diagnostics;

namespace ParIndex.Cli.Output;

/// <summary>
/// A one-line progress bar on the terminal's error stream, for runs longer than a second. Silent when the error stream
/// is redirected (a file, a pipe, a test's writer): scripts and logs get the output and nothing else. Called from any
/// thread; redraws at most ten times a second.
/// </summary>
internal sealed class ProgressBar : IProgress<int>, IDisposable
{
    private readonly TextWriter? _writer;
    private readonly int _total;
    private readonly string _label;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly object _gate = new();
    private long _lastDraw = -1;
    private bool _drawn;

    private ProgressBar(TextWriter? writer, int total, string label)
    {
        _writer = writer;
        _total = Math.Max(1, total);
        _label = label;
    }

    /// <summary>A bar on <paramref name="err"/> when it is the console's error stream and that is a terminal; otherwise one that draws nothing.</summary>
    public static ProgressBar For(TextWriter err, int total, string label) =>
        new(ReferenceEquals(err, Console.Error) && !Console.IsErrorRedirected ? err : null, total, label);

    /// <summary>Whether this bar draws at all.</summary>
    public bool IsVisible => _writer is not null;

    public void Report(int value)
    {
        if (_writer is null) return;
        var elapsed = _clock.ElapsedMilliseconds;
        if (elapsed < 1000) return;
        lock (_gate)
        {
            if (_lastDraw >= 0 && elapsed - _lastDraw < 100 && value < _total) return;
            _lastDraw = elapsed;
            const int width = 30;
            var done = (int)((long)Math.Min(value, _total) * width / _total);
            _writer.Write($"\r{_label} [{new string('#', done)}{new string('.', width - done)}] {value * 100L / _total,3} % ({value}/{_total})");
            _writer.Flush();
            _drawn = true;
        }
    }

    /// <summary>Clears the line, so what follows starts clean.</summary>
    public void Dispose()
    {
        if (_writer is null || !_drawn) return;
        _writer.Write("\r" + new string(' ', _label.Length + 60) + "\r");
        _writer.Flush();
    }
}
