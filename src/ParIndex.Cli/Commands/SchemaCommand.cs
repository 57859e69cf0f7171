using System.CommandLine;
using ParIndex.Cli.Output;

namespace ParIndex.Cli.Commands;

/// <summary><c>parindex schema framework|assessment|scorecard|scenarios</c>: prints a JSON Schema.</summary>
internal static class SchemaCommand
{
    public static Command Create(CliContext context)
    {
        var name = new Argument<string>("document") { Description = "Which schema: framework, assessment, scorecard or scenarios." };
        name.AcceptOnlyFromAmong(Schemas.Names);
        var output = CommonOptions.Out();
        var command = new Command("schema",
            "Prints the JSON Schema of a document, for editors that check files as you type (VS Code: \"$schema\" or json.schemas).\n\n"
            + "Example:\n  parindex schema framework --out framework.schema.json")
        {
            name, output,
        };
        command.SetAction(parsed => Run(context, parsed.GetValue(name)!, parsed.GetValue(output)));
        return command;
    }

    public static int Run(CliContext context, string name, string? outPath)
    {
        var schema = Schemas.Get(name)
            ?? throw new CliException($"parindex schema: the {name} schema is not available in this build");
        CommonOptions.Emit(context, outPath, schema.EndsWith('\n') ? schema : schema + "\n");
        return CliApp.Ok;
    }
}
