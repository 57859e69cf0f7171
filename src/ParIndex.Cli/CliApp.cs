using System.CommandLine;
using ParIndex.Cli.Commands;

namespace ParIndex.Cli;

/// <summary>
/// The parindex entry point, free of global state: every command writes to the writers it is given, so tests run
/// it in-process and in parallel. Exit codes: 0 success, 1 bad input or a failed check, 2 an unexpected error,
/// 130 interrupted (Ctrl+C, SIGTERM) with nothing written.
/// </summary>
internal static class CliApp
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int Unexpected = 2;
    public const int Interrupted = 130;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) => Run(args, stdout, stderr, CancellationToken.None);

    /// <summary>Runs a command; <paramref name="cancellationToken"/> stops it (exit 130, no output file written).</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken, bool progress = false,
        System.Collections.Concurrent.ConcurrentDictionary<string, byte>? pendingFiles = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        var (outPath, inputs) = SplitOutput(args);
        var context = new CliContext(stdout, stderr, cancellationToken, inputs, progress, pendingFiles);
        try
        {
            // An output that is one of the inputs is refused before any work, whatever the command.
            if (outPath is not null && Files.FileIdentity.Of(outPath) is { Kind: Files.FileKind.Regular } target) context.RefuseIfInput(outPath, target);
            var root = BuildRoot(context);
            var parsed = root.Parse(args);
            var configuration = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false };
            return parsed.Invoke(configuration);
        }
        catch (CliException e)
        {
            foreach (var line in e.Lines) stderr.WriteLine(OneLine(line));
            return e.ExitCode;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            stderr.WriteLine("parindex: đã dừng (interrupted); no output file was written or changed");
            return Interrupted;
        }
        catch (Exception e)
        {
            stderr.WriteLine($"parindex: unexpected error ({e.GetType().Name}): {OneLine(e.Message)}");
            return Unexpected;
        }
        finally
        {
            stdout.Flush();
            stderr.Flush();
        }
    }

    internal static RootCommand BuildRoot(CliContext context)
    {
        var root = new RootCommand(
            "parindex: validate, template, score and report PAR Index (Chỉ số CCHC) frameworks and inputs.\n"
            + "With no command, scores the bundled Thạnh Trị 2018 cohort (same as 'parindex demo').\n\n"
            + "Example:\n  parindex score framework.json inputs.xlsx --stage final");
        root.Subcommands.Add(ValidateCommand.Create(context));
        root.Subcommands.Add(TemplateCommand.Create(context));
        root.Subcommands.Add(ScoreCommand.Create(context));
        root.Subcommands.Add(ReportCommand.Create(context));
        root.Subcommands.Add(ConvertCommand.Create(context));
        root.Subcommands.Add(TestCommand.Create(context));
        root.Subcommands.Add(SchemaCommand.Create(context));
        root.Subcommands.Add(DiffCommand.Create(context));
        root.Subcommands.Add(RobustnessCommand.Create(context));
        root.Subcommands.Add(WhatIfCommand.Create(context));
        root.Subcommands.Add(DemoCommand.Create(context));
        root.SetAction(_ => DemoCommand.Run(context));
        return root;
    }

    /// <summary>The --out value, and every other argument (the files an output must not replace).</summary>
    internal static (string? Out, IReadOnlyList<string> Others) SplitOutput(IReadOnlyList<string> args)
    {
        string? output = null;
        var others = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var a = args[i];
            if ((a is "--out" or "-o") && i + 1 < args.Count) output = args[++i];
            else if (a.StartsWith("--out=", StringComparison.Ordinal)) output = a["--out=".Length..];
            else if (a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=', StringComparison.Ordinal)) others.Add(a[(a.IndexOf('=', StringComparison.Ordinal) + 1)..]);
            else others.Add(a);
        }
        return (output, others);
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ").Trim();
}
