using System.CommandLine;
using ParIndex.Cli.Inputs;
using ParIndex.Cli.Output;
using ParIndex.Cli.Output.Html;
using ParIndex.Engine.Cohorts;
using ParIndex.Engine.Model;
using ParIndex.Engine.Reports;
using ParIndex.Engine.Serialization;

namespace ParIndex.Cli.Commands;

/// <summary><c>parindex report framework.json inputs --format md|table|csv|json|xlsx|html [--per-unit]</c>: the cohort report, or a letter per unit.</summary>
internal static class ReportCommand
{
    public static Command Create(CliContext context)
    {
        var file = CommonOptions.FrameworkArgument();
        var inputs = CommonOptions.InputsArgument();
        var previous = new Option<string?>("--previous")
        {
            Description = "Last year's inputs (.json, .csv or .xlsx) for the year-over-year section; scored with --previous-framework, or with this year's framework.",
        };
        var previousFramework = new Option<string?>("--previous-framework") { Description = "The framework of last year's inputs, when it differs." };
        var stage = CommonOptions.Stage();
        var format = CommonOptions.Format("md", "md", "table", "csv", "json", "xlsx", "html");
        var output = CommonOptions.Out();
        var culture = CommonOptions.Culture();
        var perUnit = new Option<bool>("--per-unit") { Description = "Write a letter per unit (its score, band, rank, points per area, every point lost and why) into the folder given with --out." };
        var unit = new Option<string?>("--unit") { Description = "A unit id to show against the cohort's mean and best in the per-area chart and table." };
        var strict = CommonOptions.Strict();
        var generated = new Option<string?>("--generated")
        {
            Description = "The date printed as 'date generated' (yyyy-MM-dd); by default SOURCE_DATE_EPOCH when set, else today. Pin it to get identical files.",
        };
        var command = new Command("report",
            "Writes the cohort report: ranking (with bonuses, penalties and band caps), areas (mean, best, attainment), bands, "
            + "year over year (with --previous), self-assessed against appraised (when the inputs hold a self-assessment) and "
            + "remediation (every criterion below its max, per unit, with the reason and the appraiser's note). 'md' and 'table' "
            + "print one document; 'csv' prints the tables one after the other, or writes one file per table when --out is a folder; "
            + "'xlsx' writes a workbook with a sheet per section, ready to print; 'html' one self-contained page with charts. "
            + "--per-unit writes a letter per unit instead.\n\n"
            + "Example:\n  parindex report framework.json nhap-lieu-2024.xlsx --previous nhap-lieu-2023.xlsx --format xlsx --out bao-cao-2024.xlsx\n"
            + "  parindex report framework.json nhap-lieu-2024.xlsx --per-unit --format html --out thu-gui-xa/")
        {
            file, inputs, previous, previousFramework, stage, format, output, culture, strict, perUnit, unit, generated,
        };
        command.SetAction(parsed => Run(context, new Request(parsed.GetValue(file)!, parsed.GetValue(inputs)!, parsed.GetValue(previous), parsed.GetValue(previousFramework),
            CommonOptions.ParseStage(parsed.GetValue(stage)!), parsed.GetValue(format)!, parsed.GetValue(output),
            CommonOptions.ParseCulture(parsed.GetValue(culture)!), parsed.GetValue(strict), parsed.GetValue(perUnit), parsed.GetValue(unit), parsed.GetValue(generated))));
        return command;
    }

    internal sealed record Request(string Framework, string Inputs, string? Previous, string? PreviousFramework, Stage Stage, string Format, string? Out,
        System.Globalization.CultureInfo? Culture = null, bool Strict = false, bool PerUnit = false, string? Unit = null, string? Generated = null);

    public static int Run(CliContext context, Request request)
    {
        var generated = ReportOutput.Generated(request.Generated);
        var framework = Documents.LoadFramework(request.Framework);
        var loaded = CommonOptions.LoadAndScore(context, framework, request.Inputs, request.Stage, request.Strict);
        var result = loaded.Result;
        var document = loaded.Document!;
        var previousFailed = false;
        CohortResult? previousResult = null;
        if (request.Previous is not null)
        {
            var hint = request.PreviousFramework is null
                ? "give last year's framework with --previous-framework <file>"
                : "--previous-framework must be the framework these inputs were made for";
            (_, previousResult) = CommonOptions.LoadAndScore(request.PreviousFramework ?? request.Framework, request.Previous, request.Stage, context.CancellationToken, hint);
            previousFailed |= CommonOptions.ReportErrors(context, request.Previous, [.. previousResult.Units.Select(u => u.Card)]);
            ReportMatching(context, YearOverYear.Between(previousResult, result), request.Previous);
        }
        if (request.Unit is not null && result.Find(request.Unit) is null)
            throw new CliException($"--unit: no unit '{request.Unit}' in {request.Inputs}");
        var options = new ReportOptions
        {
            Generated = generated,
            Previous = previousResult,
            SelfAssessment = SelfAssessment(framework, document, request.Stage, context.CancellationToken),
            Inputs = document.Units,
            HighlightUnit = request.Unit,
        };

        if (request.PerUnit) WriteLetters(context, request, result, options);
        else WriteReport(context, request, CohortReport.Build(result, options));
        return loaded.Finish(context) || previousFailed ? CliApp.Failed : CliApp.Ok;
    }

    /// <summary>The same units scored at self-assessment, when the inputs hold one and another stage is reported.</summary>
    private static CohortResult? SelfAssessment(Framework framework, AssessmentDocument document, Stage stage, CancellationToken cancellationToken) =>
        stage != Stage.SelfAssessment && document.Units.Any(u => u.Stages.ContainsKey(Stage.SelfAssessment))
            ? CommonOptions.ScoreAll(framework, document, Stage.SelfAssessment, cancellationToken)
            : null;

    private static void WriteReport(CliContext context, Request request, Report report)
    {
        if (ReportOutput.IsBinaryOrDocument(request.Format)) CommonOptions.RequireOut(request.Out, request.Format);
        if (request.Format == "csv" && request.Out is not null && (Directory.Exists(request.Out) || !Path.HasExtension(request.Out)))
        {
            Directory.CreateDirectory(request.Out);
            var csv = new CsvReportWriter(request.Culture, byteOrderMark: true);
            foreach (var table in report.Tables)
            {
                var path = Path.Combine(request.Out, table.Key + ".csv");
                ReportOutput.WriteFile(context, path, stream => csv.WriteTable(table, stream));
                context.Err.WriteLine($"wrote {path}");
            }
            return;
        }
        var writer = ReportOutput.Writer(request.Format, request.Culture, request.Out is not null);
        ReportOutput.Write(context, request.Out, stream => writer.Write(report, stream));
    }

    private static void WriteLetters(CliContext context, Request request, CohortResult result, ReportOptions options)
    {
        var folder = request.Out ?? throw new CliException("--per-unit writes a file per unit; give the folder with --out <folder>");
        if (File.Exists(folder)) throw new CliException($"--out {folder}: with --per-unit, --out is a folder and this is a file");
        Directory.CreateDirectory(folder);
        var letters = UnitLetter.BuildAll(result, options);
        var extension = request.Format == "table" ? "txt" : request.Format;
        var writer = ReportOutput.Writer(request.Format, request.Culture, toFile: true);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var letter in letters)
        {
            var name = ReportOutput.FileName(letter.Heading.RecipientId!);
            for (var n = 2; !names.Add(name); n++) name = $"{ReportOutput.FileName(letter.Heading.RecipientId!)}-{n}";
            context.CancellationToken.ThrowIfCancellationRequested();
            ReportOutput.WriteFile(context, Path.Combine(folder, $"{name}.{extension}"), stream => writer.Write(letter, stream));
        }
        if (request.Format == "html")
        {
            // Every letter in one file as well, one commune per printed page, to print them all at once.
            var all = Path.Combine(folder, "tat-ca.html");
            ReportOutput.WriteFile(context, all, stream => new HtmlReportWriter(request.Culture).WriteMany(letters, $"Thư gửi đơn vị — {result.Framework.Info.Name}", stream));
        }
        context.Err.WriteLine($"wrote {letters.Count} letters to {folder}");
    }

    /// <summary>Says on stderr what matched last year and what did not, and warns where the comparison cannot be trusted.</summary>
    internal static void ReportMatching(CliContext context, YearOverYear comparison, string previousPath)
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
