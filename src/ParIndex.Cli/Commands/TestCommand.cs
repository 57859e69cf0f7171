using System.CommandLine;
using ParIndex.Cli.Inputs;
using ParIndex.Cli.Scenarios;

namespace ParIndex.Cli.Commands;

/// <summary><c>parindex test scenarios.json...</c>: runs scenario files; exit 0 when all pass, 1 when any fails.</summary>
internal static class TestCommand
{
    public static Command Create(CliContext context, IScenarioRunner? runner = null)
    {
        var files = new Argument<string[]>("scenarios") { Description = "Scenario files (scenarios.json): a framework, inputs and the expected points.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("test",
            "Runs scenario files of the ParIndex.Engine.Rules test kit: each scenario scores inputs with a framework and "
            + "checks the expected points, index, band and rank; each difference is printed on stderr as a clerk reads it "
            + "(\"3.4.1 expected 1.5, got 0.5: steps matched '≥ 80 %' with 85.71 %, expected '≥ 90 %'\"). Exit code 0 when all "
            + "pass, 1 when any fails or a file cannot be loaded.\n\n"
            + "Example:\n  parindex test tests/scenarios/*.json")
        {
            files,
        };
        command.SetAction(parsed => Run(context, parsed.GetValue(files)!, runner ?? ScenarioRunners.Default));
        return command;
    }

    public static int Run(CliContext context, IReadOnlyList<string> files, IScenarioRunner runner)
    {
        foreach (var f in files) Documents.RequireFile(f);
        if (!runner.IsAvailable)
            throw new CliException(["parindex test: no scenario runner in this build; no scenario was run"], CliApp.Unexpected);
        var summary = runner.Run(files, context.Out, context.Err);
        context.Out.WriteLine($"{summary.Passed} passed, {summary.Failed} failed");
        return summary.Failed == 0 ? CliApp.Ok : CliApp.Failed;
    }
}
