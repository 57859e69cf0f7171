using System.CommandLine;
using ParIndex.Cli.Commands;

namespace ParIndex.Cli;

/// <summary>
/// The parindex entry point, free of global state: every command writes to the writers it is given, so tests run
/// it in-process and in parallel. Exit codes: 0 success, 1 bad input or a failed check, 2 an unexpected error.
/// </summary>
internal static class CliApp
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int Unexpected = 2;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        var context = new CliContext(stdout, stderr);
        try
        {
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
#pragma warning disable CA1031 // The top of the program: anything unexpected becomes one line and exit code 2, never a stack trace.
        catch (Exception e)
#pragma warning restore CA1031
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
        root.Subcommands.Add(TestCommand.Create(context));
        root.Subcommands.Add(SchemaCommand.Create(context));
        root.Subcommands.Add(DiffCommand.Create(context));
        root.Subcommands.Add(RobustnessCommand.Create(context));
        root.Subcommands.Add(WhatIfCommand.Create(context));
        root.Subcommands.Add(DemoCommand.Create(context));
        root.SetAction(_ => DemoCommand.Run(context));
        return root;
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ").Trim();
}
