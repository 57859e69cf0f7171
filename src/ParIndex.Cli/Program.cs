using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using System.Text;
using ParIndex.Cli.Files;

namespace ParIndex.Cli;

internal static class Program
{
    /// <summary>How long the work has to stop by itself after Ctrl+C before the process stops it.</summary>
    private static readonly TimeSpan Grace = TimeSpan.FromMilliseconds(800);

    public static int Main(string[] args)
    {
        try
        {
            Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        }
        catch (IOException)
        {
            // No console to configure (redirected output on some hosts): the writers stay as they are.
        }
        using var cancel = new CancellationTokenSource();
        var pending = new ConcurrentDictionary<string, byte>(StringComparer.Ordinal);
        void OnSignal(PosixSignalContext signal)
        {
            // Ctrl+C and SIGTERM cancel the work, which then stops, deletes its temporary files and exits 130. Work
            // that does not look at the token in time (inside one big read) is stopped here, after the same cleanup.
            signal.Cancel = true;
            if (cancel.IsCancellationRequested) return;
            cancel.Cancel();
            _ = Task.Delay(Grace).ContinueWith(_ =>
            {
                foreach (var file in pending.Keys) AtomicFile.Delete(file);
                Console.Error.WriteLine("parindex: đã dừng (interrupted); no output file was written or changed");
                Environment.Exit(CliApp.Interrupted);
            }, TaskScheduler.Default);
        }
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
        return CliApp.Run(args, Console.Out, Console.Error, cancel.Token, progress: !Console.IsErrorRedirected, pendingFiles: pending);
    }
}
