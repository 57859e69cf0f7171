using System.CommandLine;
using ParIndex.Cli.Inputs;
using ParIndex.Cli.Output;
using ParIndex.Engine.Evaluation;
using ParIndex.Engine.Model;
using ParIndex.Engine.Reports;
using ParIndex.Engine.Serialization;

namespace ParIndex.Cli.Commands;

/// <summary><c>parindex score framework.json inputs</c>: the ranked table, or the full results.</summary>
internal static class ScoreCommand
{
    public static Command Create(CliContext context)
    {
        var file = CommonOptions.FrameworkArgument();
        var inputs = CommonOptions.InputsArgument();
        var stage = CommonOptions.Stage();
        var format = CommonOptions.Format("table", "table", "json", "csv", "md", "xlsx", "html");
        var output = CommonOptions.Out();
        var culture = CommonOptions.Culture();
        var generated = new Option<string?>("--generated") { Description = "The date printed as 'date generated' (yyyy-MM-dd); by default SOURCE_DATE_EPOCH when set, else today." };
        var strict = CommonOptions.Strict();
        var command = new Command("score",
            "Scores every unit of the inputs. 'table' (the default) prints the ranking: rank, unit, points per area, bonuses, "
            + "penalties, index, band and band caps. 'json' writes the full score cards (every node, its points and reasons); "
            + "'csv' one row per unit for other programs (ids, exact points); 'md', 'html' and 'xlsx' the ranking as published, "
            + "and for xlsx a sheet with every criterion below its max. Units whose inputs cannot be scored are listed on "
            + "stderr, one problem per line, and the exit code is 1.\n\n"
            + "Example:\n  parindex score framework.json nhap-lieu-2024.xlsx --stage final --format md --out ket-qua.md")
        {
            file, inputs, stage, format, output, culture, strict, generated,
        };
        command.SetAction(parsed => Run(context, parsed.GetValue(file)!, parsed.GetValue(inputs)!,
            CommonOptions.ParseStage(parsed.GetValue(stage)!), parsed.GetValue(format)!, parsed.GetValue(output),
            CommonOptions.ParseCulture(parsed.GetValue(culture)!), parsed.GetValue(strict), parsed.GetValue(generated)));
        return command;
    }

    public static int Run(CliContext context, string frameworkPath, string inputsPath, Stage stage, string format, string? outPath, System.Globalization.CultureInfo? culture = null, bool strict = false, string? generated = null)
    {
        var framework = Documents.LoadFramework(frameworkPath);
        if (format == "csv" && Path.GetExtension(inputsPath).ToLowerInvariant() is ".csv" or ".txt")
        {
            // A sheet to a ranked CSV streams: a whole country's cohort never has to be held in memory.
            Documents.RequireFile(inputsPath);
            var compiled = FrameworkCompiler.Compile(framework);
            if (Scoring.StreamedCohort.CanScore(compiled))
                return Scoring.StreamedCohort.ScoreToCsv(context, compiled, inputsPath, stage, outPath, culture, strict) ? CliApp.Failed : CliApp.Ok;
        }
        var loaded = CommonOptions.LoadAndScore(context, framework, inputsPath, stage, strict);
        var result = loaded.Result;
        var options = new ReportOptions { Generated = ReportOutput.Generated(generated) };
        if (ReportOutput.IsBinaryOrDocument(format)) CommonOptions.RequireOut(outPath, format);
        switch (format)
        {
            case "json":
                var ordered = CohortReport.Data(result).Rows.Select(r => result.Find(r.UnitId!)!.Card).ToList();
                ReportOutput.Write(context, outPath, stream => stream.Write(System.Text.Encoding.UTF8.GetBytes(ParIndexJson.Default.WriteScoreCards(ordered) + "\n")));
                break;
            case "csv":
                var data = CohortReport.Data(result);
                // Without a BOM, byte for byte what the streamed path writes.
                ReportOutput.Write(context, outPath, stream => new CsvReportWriter(culture).WriteTable(data, stream));
                break;
            case "xlsx":
                var full = CohortReport.Build(result, options);
                var report = full with { Sections = [.. full.Sections.Where(s => s.Key is "ranking" or "remediation")] };
                ReportOutput.Write(context, outPath, stream => ReportOutput.Writer(format, culture, toFile: true).Write(report, stream));
                break;
            default:
                var ranking = CohortReport.Ranking(result, options);
                ReportOutput.Write(context, outPath, stream => ReportOutput.Writer(format, culture, outPath is not null).Write(ranking, stream));
                break;
        }
        return loaded.Finish(context) ? CliApp.Failed : CliApp.Ok;
    }
}
