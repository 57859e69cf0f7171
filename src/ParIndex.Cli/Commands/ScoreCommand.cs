using System.CommandLine;
using ParIndex.Cli.Inputs;
using ParIndex.Cli.Output;
using ParIndex.Engine.Evaluation;
using ParIndex.Engine.Model;
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
        var format = CommonOptions.Format("table", "table", "json", "csv", "md", "xlsx");
        var output = CommonOptions.Out();
        var culture = CommonOptions.Culture();
        var strict = CommonOptions.Strict();
        var command = new Command("score",
            "Scores every unit of the inputs. 'table' (the default) prints the ranking: rank, unit, points per area, index and band. "
            + "'json' writes the full score cards (every node, its points and reasons); 'csv', 'md' and 'xlsx' the ranking and, "
            + "for xlsx, a sheet with every leaf below its max. Units whose inputs cannot be scored are listed on stderr, one "
            + "problem per line, and the exit code is 1.\n\n"
            + "Example:\n  parindex score framework.json nhap-lieu-2024.xlsx --stage final --format md --out ket-qua.md")
        {
            file, inputs, stage, format, output, culture, strict,
        };
        command.SetAction(parsed => Run(context, parsed.GetValue(file)!, parsed.GetValue(inputs)!,
            CommonOptions.ParseStage(parsed.GetValue(stage)!), parsed.GetValue(format)!, parsed.GetValue(output),
            CommonOptions.ParseCulture(parsed.GetValue(culture)!), parsed.GetValue(strict)));
        return command;
    }

    public static int Run(CliContext context, string frameworkPath, string inputsPath, Stage stage, string format, string? outPath, System.Globalization.CultureInfo? culture = null, bool strict = false)
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
        var tables = new ResultTables(result, culture);
        switch (format)
        {
            case "json":
                CommonOptions.Emit(context, outPath, ParIndexJson.Default.WriteScoreCards(tables.Ordered) + "\n");
                break;
            case "csv":
                CommonOptions.Emit(context, outPath, CsvFile.ToText(Csv(framework, tables, culture), Numbers.CsvSeparator(culture)));
                break;
            case "md":
                CommonOptions.Emit(context, outPath, $"# {framework.Info.Name}\n\n{framework.Info.Issuer}, {framework.Info.Year}. {StageName(stage)}.\n\n"
                    + tables.Ranking(withAreas: true).ToMarkdown() + "\n" + tables.Summary() + "\n");
                break;
            case "xlsx":
                var path = CommonOptions.RequireOut(outPath, format);
                CommonOptions.EmitXlsx(context, path, CommonOptions.Sheets([("Xếp hạng", tables.Ranking(withAreas: true)), ("Khắc phục", tables.Remediation())]));
                break;
            default:
                CommonOptions.Emit(context, outPath, $"{framework.Info.Name} — {framework.Info.Issuer}, {framework.Info.Year} ({StageName(stage)})\n\n"
                    + tables.Ranking(withAreas: true).ToText() + "\n" + tables.Summary() + "\n");
                break;
        }
        return loaded.Finish(context) ? CliApp.Failed : CliApp.Ok;
    }

    /// <summary>One row per unit: rank, id, name, block, points per area, total, index, band, errors.</summary>
    internal static IEnumerable<IReadOnlyList<string>> Csv(Framework framework, ResultTables tables, System.Globalization.CultureInfo? culture)
    {
        yield return ["rank", "unit_id", "unit_name", "block", .. framework.Areas.Select(a => "area_" + a.Code), "total", "index", "band", "errors"];
        foreach (var c in tables.Ordered)
        {
            yield return
            [
                tables.RankOf(c)?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
                c.UnitId, c.UnitName, c.Block ?? string.Empty,
                .. framework.Areas.Select(a => c.IsScored ? Numbers.Format(c[a.Code].Awarded, 6, culture) : string.Empty),
                c.IsScored ? Numbers.Format(c.Total, 6, culture) : string.Empty,
                c.IsScored ? Numbers.Format(c.Index, 6, culture) : string.Empty,
                tables.BandOf(c) ?? string.Empty,
                string.Join("; ", c.Errors.Select(e => e.ToString())),
            ];
        }
    }

    public static string StageName(Stage stage) => stage switch
    {
        Stage.SelfAssessment => "tự chấm (self-assessment)",
        Stage.Appraisal1 => "thẩm định lần 1 (appraisal 1)",
        Stage.Appraisal2 => "thẩm định lần 2 (appraisal 2)",
        _ => "kết quả cuối cùng (final)",
    };
}
