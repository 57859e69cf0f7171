using System.CommandLine;
using ParIndex.Cli.Inputs;
using ParIndex.Cli.Output;
using ParIndex.Engine.Model;

namespace ParIndex.Cli.Commands;

/// <summary><c>parindex report framework.json inputs --format md|csv|xlsx</c>: the cohort reports.</summary>
internal static class ReportCommand
{
    public static Command Create(CliContext context)
    {
        var file = CommonOptions.FrameworkArgument();
        var inputs = CommonOptions.InputsArgument();
        var previous = new Option<string?>("--previous")
        {
            Description = "Last year's inputs (.json, .csv or .xlsx) for the year-over-year table; scored with --previous-framework, or with this year's framework.",
        };
        var previousFramework = new Option<string?>("--previous-framework") { Description = "The framework of last year's inputs, when it differs." };
        var stage = CommonOptions.Stage();
        var format = CommonOptions.Format("md", "md", "csv", "xlsx");
        var output = CommonOptions.Out();
        var culture = CommonOptions.Culture();
        var strict = CommonOptions.Strict();
        var command = new Command("report",
            "Writes the cohort reports: ranking (with points per area), areas (mean and attainment), bands, year over year "
            + "(with --previous) and remediation (every leaf below its max, per unit, with the reason). 'md' prints one "
            + "document; 'csv' prints the sections one after the other, or writes one file per section when --out is a folder; "
            + "'xlsx' writes one workbook with a sheet per section.\n\n"
            + "Example:\n  parindex report framework.json nhap-lieu-2024.xlsx --previous nhap-lieu-2023.xlsx --format xlsx --out bao-cao-2024.xlsx")
        {
            file, inputs, previous, previousFramework, stage, format, output, culture, strict,
        };
        command.SetAction(parsed => Run(context, parsed.GetValue(file)!, parsed.GetValue(inputs)!, parsed.GetValue(previous), parsed.GetValue(previousFramework),
            CommonOptions.ParseStage(parsed.GetValue(stage)!), parsed.GetValue(format)!, parsed.GetValue(output),
            CommonOptions.ParseCulture(parsed.GetValue(culture)!), parsed.GetValue(strict)));
        return command;
    }

    public static int Run(CliContext context, string frameworkPath, string inputsPath, string? previousPath, string? previousFrameworkPath, Stage stage, string format, string? outPath, System.Globalization.CultureInfo? culture = null, bool strict = false)
    {
        var framework = Documents.LoadFramework(frameworkPath);
        var loaded = CommonOptions.LoadAndScore(context, framework, inputsPath, stage, strict);
        var result = loaded.Result;
        var tables = new ResultTables(result, culture);
        var sections = new List<(string Name, string File, Table Table)>
        {
            ("Xếp hạng", "ranking", tables.Ranking(withAreas: true)),
            ("Lĩnh vực", "areas", tables.Areas()),
            ("Xếp loại", "bands", tables.Bands()),
        };
        var failed = false;
        var previousFailed = false;
        if (previousPath is not null)
        {
            var hint = previousFrameworkPath is null
                ? "give last year's framework with --previous-framework <file>"
                : "--previous-framework must be the framework these inputs were made for";
            var (_, previousResult) = CommonOptions.LoadAndScore(previousFrameworkPath ?? frameworkPath, previousPath, stage, context.CancellationToken, hint);
            previousFailed |= CommonOptions.ReportErrors(context, previousPath, [.. previousResult.Units.Select(u => u.Card)]);
            ReportMatching(context, Engine.Cohorts.YearOverYear.Between(previousResult, result), previousPath);
            sections.Add(("Năm trước", "year-over-year", tables.YearOverYear(new ResultTables(previousResult, culture))));
        }
        sections.Add(("Khắc phục", "remediation", tables.Remediation()));

        switch (format)
        {
            case "xlsx":
                var path = CommonOptions.RequireOut(outPath, format);
                CommonOptions.EmitXlsx(context, path, CommonOptions.Sheets(sections.Select(s => (s.Name, s.Table))));
                break;
            case "csv":
                if (outPath is null)
                {
                    foreach (var s in sections)
                    {
                        context.Out.Write($"# {s.File}\n");
                        CsvFile.Write(context.Out, s.Table.AllRows(), Numbers.CsvSeparator(culture));
                        context.Out.Write("\n");
                    }
                }
                else
                {
                    Directory.CreateDirectory(outPath);
                    foreach (var s in sections)
                    {
                        var csv = Path.Combine(outPath, s.File + ".csv");
                        CsvFile.WriteFile(context, csv, s.Table.AllRows(), Numbers.CsvSeparator(culture));
                        context.Err.WriteLine($"wrote {csv}");
                    }
                }
                break;
            default:
                var md = new System.Text.StringBuilder();
                md.Append($"# {framework.Info.Name}\n\n{framework.Info.Issuer}, {framework.Info.Year}. {ScoreCommand.StageName(stage)}. {tables.Summary()}\n");
                foreach (var s in sections) md.Append($"\n## {s.Table.Title}\n\n").Append(s.Table.Rows.Count == 0 ? "(không có / none)\n" : s.Table.ToMarkdown());
                CommonOptions.Emit(context, outPath, md.ToString());
                break;
        }
        failed = loaded.Finish(context) || previousFailed;
        return failed ? CliApp.Failed : CliApp.Ok;
    }

    /// <summary>Says on stderr what matched last year and what did not, and warns where the comparison cannot be trusted.</summary>
    internal static void ReportMatching(CliContext context, Engine.Cohorts.YearOverYear comparison, string previousPath)
    {
        static string List(IReadOnlyList<string> ids) => string.Join(", ", ids.Take(10).Select(id => $"'{id}'")) + (ids.Count > 10 ? $" (+{ids.Count - 10} more)" : string.Empty);
        var newUnits = comparison.NewUnits;
        var gone = comparison.GoneUnits;
        context.Err.WriteLine($"{previousPath}: so khớp (matched) {comparison.Matched} đơn vị (units) with last year by unit id; "
            + $"{newUnits.Count} chỉ năm nay (only this year){(newUnits.Count > 0 ? ": " + List(newUnits) : string.Empty)}; "
            + $"{gone.Count} chỉ năm trước (only last year){(gone.Count > 0 ? ": " + List(gone) : string.Empty)}");
        if (comparison.Matched == 0 && newUnits.Count > 0 && gone.Count > 0)
            context.Err.WriteLine($"{previousPath}: cảnh báo (warning): no unit id of this year is in last year's inputs; the two files use different ids, so nothing is compared");
        foreach (var (previous, current) in comparison.CaseMismatches)
            context.Err.WriteLine($"{previousPath}: cảnh báo (warning): unit '{previous}' last year and '{current}' this year differ only in letter case; ids match exactly, so they are not matched");
        var unscored = comparison.NotScoredInOneYear;
        if (unscored.Count > 0)
            context.Err.WriteLine($"{previousPath}: cảnh báo (warning): {unscored.Count} matched unit(s) could not be scored in one of the years ({List(unscored)}); their movement is unknown, and the ranks of that year leave them out, so other units' rank movements are shifted");
    }
}
