using System.CommandLine;
using ParIndex.Cli.Inputs;

namespace ParIndex.Cli.Commands;

/// <summary><c>parindex validate framework.json</c>: every problem with file, line, column and JSON path; exit 0 or 1.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliContext context)
    {
        var file = CommonOptions.FrameworkArgument();
        var command = new Command("validate",
            "Checks a framework file: its JSON, its schema and its structure (codes, max points, rules, bands). "
            + "Prints every problem on its own line as file(line,column): path: message, and exits with 1 when there is any. "
            + "Warnings (a max, points, a step, a part's max or the scale that is not a multiple of its rounding step) are "
            + "printed as file: warning: path (node): message and do not change the exit code.\n\n"
            + "Example:\n  parindex validate samples/frameworks/thanh-tri-2018.json")
        {
            file,
        };
        command.SetAction(parsed => Run(context, parsed.GetValue(file)!));
        return command;
    }

    public static int Run(CliContext context, string path)
    {
        var framework = Documents.LoadFramework(path);
        var leaves = framework.Leaves.Count();
        context.Out.WriteLine($"{path}: OK: '{framework.Info.Id}' version {framework.Info.Version}, {framework.Info.Name}: "
            + $"{framework.Areas.Count} areas, {leaves} leaves, max {Numbers.Format(framework.MaxPoints)} points, {framework.Bands.Count} bands");
        foreach (var warning in framework.Warnings)
            context.Out.WriteLine($"{path}: warning: $.{warning}");
        return CliApp.Ok;
    }
}
