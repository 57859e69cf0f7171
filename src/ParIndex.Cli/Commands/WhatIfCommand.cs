using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ParIndex.Cli.Inputs;
using ParIndex.Engine.Analysis;
using ParIndex.Engine.Model;
using ParIndex.Engine.Reports;

namespace ParIndex.Cli.Commands;

/// <summary><c>parindex whatif old.json new.json inputs</c>: a past cohort re-scored under a new framework version.</summary>
internal static class WhatIfCommand
{
    public static Command Create(CliContext context)
    {
        var oldFile = new Argument<string>("old") { Description = "The framework the inputs were given for." };
        var newFile = new Argument<string>("new") { Description = "The new framework version (or a district's framework that extends a province's)." };
        var inputs = CommonOptions.InputsArgument();
        var mapping = new Option<string?>("--mapping", "-m")
        {
            Description = "A mapping file for codes that moved or were split: {\"codes\": {\"3.4\": [\"3.4.1\", \"3.4.2\"], \"2.1\": \"2.2\", \"7.3\": []}}.",
        };
        var stage = CommonOptions.Stage();
        var format = CommonOptions.Format("table", "table", "csv", "json");
        var output = CommonOptions.Out();
        var culture = CommonOptions.Culture();
        var command = new Command("whatif",
            "Re-scores a past cohort's inputs under a new framework: per unit the index, band and rank under both, the change, "
            + "and the criteria whose points moved (a split criterion's old points beside its parts' new points). Inputs that go "
            + "nowhere in the new framework and new criteria no input reaches are listed first, never silently zero.\n\n"
            + "Example:\n  parindex whatif bo-chi-so-2023.json bo-chi-so-2024.json nhap-lieu-2023.json --mapping doi-ma.json")
        {
            oldFile, newFile, inputs, mapping, stage, format, output, culture,
        };
        command.SetAction(parsed => Run(context, parsed.GetValue(oldFile)!, parsed.GetValue(newFile)!, parsed.GetValue(inputs)!, parsed.GetValue(mapping),
            CommonOptions.ParseStage(parsed.GetValue(stage)!), parsed.GetValue(format)!, parsed.GetValue(output), CommonOptions.ParseCulture(parsed.GetValue(culture)!)));
        return command;
    }

    public static int Run(CliContext context, string oldPath, string newPath, string inputsPath, string? mappingPath, Stage stage, string format, string? outPath, CultureInfo? culture = null)
    {
        var before = Documents.LoadFramework(oldPath);
        var after = Documents.LoadFramework(newPath);
        var document = Documents.LoadInputs(inputsPath, before, CommonOptions.DefaultRowStage(stage));
        var mapping = mappingPath is null ? null : ReadMapping(mappingPath);
        WhatIfReport report;
        try
        {
            report = WhatIfAnalysis.Run(before, after, document.Units, mapping, stage);
        }
        catch (ArgumentException e)
        {
            throw new CliException($"{mappingPath ?? newPath}: {e.Message}");
        }
        var text = format switch
        {
            "json" => ToJson(report),
            "csv" => CsvFile.ToText(Csv(report, culture), Numbers.CsvSeparator(culture)),
            _ => ToText(before, after, report, culture),
        };
        CommonOptions.Emit(context, outPath, text);
        var failed = false;
        foreach (var unit in report.Units)
            foreach (var error in unit.Errors)
            {
                context.Err.WriteLine($"{inputsPath}: {Output.ProblemText.Of(error)}");
                failed = true;
            }
        return failed ? CliApp.Failed : CliApp.Ok;
    }

    /// <summary>Reads a mapping file: {"codes": {old: new | [new, ...] | []}}; every problem names the file and the JSON path.</summary>
    internal static CodeMapping ReadMapping(string path)
    {
        Documents.RequireFile(path);
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(File.ReadAllText(path));
        }
        catch (JsonException e)
        {
            throw new CliException($"{path}: not valid JSON ({e.Message}); expected {{\"codes\": {{\"3.4\": [\"3.4.1\", \"3.4.2\"]}}}}");
        }
        if (root is not JsonObject o || o["codes"] is not JsonObject codes)
            throw new CliException($"{path}: $.codes: expected an object of old code → new code(s), such as {{\"codes\": {{\"3.4\": [\"3.4.1\", \"3.4.2\"]}}}}");
        var map = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (code, value) in codes)
        {
            map[code] = value switch
            {
                JsonValue v when v.TryGetValue<string>(out var one) => [one],
                JsonArray a when a.All(x => x is JsonValue xv && xv.TryGetValue<string>(out _)) => [.. a.Select(x => x!.GetValue<string>())],
                null => [],
                _ => throw new CliException($"{path}: $.codes['{code}']: expected a new code, a list of new codes, or [] (dropped); got {value.ToJsonString()}"),
            };
        }
        return new CodeMapping { Codes = map };
    }

    private static string Signed(decimal value, CultureInfo? culture) => (value > 0m ? "+" : string.Empty) + Numbers.Format(value, 4, culture);

    private static string Shifts(UnitWhatIf unit, CultureInfo? culture) =>
        string.Join("; ", unit.Shifts.Select(s => $"{s.Label} {Signed(s.Change, culture)}"));

    internal static string ToText(Framework before, Framework after, WhatIfReport report, CultureInfo? culture)
    {
        var lines = new List<string>
        {
            $"{before.Info.Id} {before.Info.Version} → {after.Info.Id} {after.Info.Version}",
        };
        foreach (var (code, units) in report.UnmappedInputs)
            lines.Add($"! đầu vào không chuyển được (unmapped input) '{code}': {units} units; add it to --mapping");
        foreach (var (code, units) in report.DroppedInputs)
            lines.Add($"- bỏ theo bảng chuyển mã (dropped by the mapping) '{code}': {units} units");
        foreach (var (code, units) in report.CriteriaWithoutInputs)
            lines.Add($"! tiêu chí mới chưa có số liệu (new criterion without input) '{code}': {units} units score it as missing input (0 points)");
        var table = new ReportTable
        {
            Key = "whatif",
            Title = "Điểm theo bộ tiêu chí cũ và mới (old and new framework)",
            Columns =
            [
                new("Đơn vị"), new("Điểm cũ"), new("Xếp loại cũ"), new("Hạng cũ"), new("Điểm mới"), new("Xếp loại mới"), new("Hạng mới"),
                new("Thay đổi"), new("Tiêu chí thay đổi (điểm)"),
            ],
            Rows = [.. report.Units.OrderBy(u => u.NewRank ?? int.MaxValue).Select(u => new ReportRow
            {
                UnitId = u.UnitId,
                Cells =
                [
                    ReportCell.Text(u.UnitName), ReportCell.Number(u.OldIndex, 4), ReportCell.Text(u.OldBand ?? "-"), ReportCell.Whole(u.OldRank),
                    ReportCell.Number(u.NewIndex, 4), ReportCell.Text(u.NewBand ?? "-"), ReportCell.Whole(u.NewRank), ReportCell.Number(u.Change, 4, signed: true),
                    ReportCell.Text(Shifts(u, culture)),
                ],
            })],
            KeyColumns = 1,
        };
        return string.Join('\n', lines) + "\n\n" + new TextReportWriter(culture).Table(table);
    }

    internal static IEnumerable<IReadOnlyList<string>> Csv(WhatIfReport report, CultureInfo? culture)
    {
        yield return ["unit_id", "unit_name", "block", "old_index", "old_band", "old_rank", "new_index", "new_band", "new_rank", "change", "rank_change", "shifts", "errors"];
        foreach (var u in report.Units)
            yield return
            [
                CsvFile.Neutralise(u.UnitId), CsvFile.Neutralise(u.UnitName), CsvFile.Neutralise(u.Block ?? string.Empty), Numbers.Format(u.OldIndex, 6, culture), u.OldBand ?? string.Empty,
                u.OldRank?.ToString(CultureInfo.InvariantCulture) ?? string.Empty, Numbers.Format(u.NewIndex, 6, culture), u.NewBand ?? string.Empty,
                u.NewRank?.ToString(CultureInfo.InvariantCulture) ?? string.Empty, Numbers.Format(u.Change, 6, culture),
                u.RankChange?.ToString(CultureInfo.InvariantCulture) ?? string.Empty, CsvFile.Neutralise(Shifts(u, culture)),
                CsvFile.Neutralise(string.Join("; ", u.Errors.Select(e => e.ToString()))),
            ];
    }

    internal static string ToJson(WhatIfReport report)
    {
        static JsonArray Counts(IReadOnlyList<(string Code, int Units)> list) =>
            new([.. list.Select(x => (JsonNode)new JsonObject { ["code"] = x.Code, ["units"] = x.Units })]);
        var root = new JsonObject
        {
            ["oldFramework"] = new JsonObject { ["id"] = report.OldFramework.Id, ["version"] = report.OldFramework.Version, ["contentHash"] = report.OldFramework.ContentHash },
            ["newFramework"] = new JsonObject { ["id"] = report.NewFramework.Id, ["version"] = report.NewFramework.Version, ["contentHash"] = report.NewFramework.ContentHash },
            ["unmappedInputs"] = Counts(report.UnmappedInputs),
            ["droppedInputs"] = Counts(report.DroppedInputs),
            ["criteriaWithoutInputs"] = Counts(report.CriteriaWithoutInputs),
            ["units"] = new JsonArray([.. report.Units.Select(u => (JsonNode)new JsonObject
            {
                ["unitId"] = u.UnitId, ["unitName"] = u.UnitName, ["block"] = u.Block,
                ["old"] = new JsonObject { ["index"] = u.OldIndex, ["band"] = u.OldBand, ["rank"] = u.OldRank },
                ["new"] = new JsonObject { ["index"] = u.NewIndex, ["band"] = u.NewBand, ["rank"] = u.NewRank },
                ["change"] = u.Change,
                ["rankChange"] = u.RankChange,
                ["shifts"] = new JsonArray([.. u.Shifts.Select(s => (JsonNode)new JsonObject
                {
                    ["oldCodes"] = new JsonArray([.. s.OldCodes.Select(c => (JsonNode)JsonValue.Create(c))]),
                    ["newCodes"] = new JsonArray([.. s.NewCodes.Select(c => (JsonNode)JsonValue.Create(c))]),
                    ["oldPoints"] = s.OldPoints, ["newPoints"] = s.NewPoints, ["change"] = s.Change,
                })]),
                ["errors"] = new JsonArray([.. u.Errors.Select(e => (JsonNode)JsonValue.Create(e.ToString()))]),
            })]),
        };
        return root.ToJsonString(RobustnessCommand.JsonOptions) + "\n";
    }
}
