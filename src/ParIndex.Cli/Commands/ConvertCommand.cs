using System.CommandLine;
using ParIndex.Cli.Inputs;
using ParIndex.Cli.Template;
using ParIndex.Engine.Model;
using ParIndex.Engine.Serialization;

namespace ParIndex.Cli.Commands;

/// <summary>
/// <c>parindex convert inputs --framework f.json --out other</c>: a filled sheet (.xlsx, .csv) becomes the assessment
/// JSON that <c>--previous</c> and the library read, and back. Lossless or refused: every value, evidence,
/// reference and criterion note is kept, and the result is read back and compared before it is written.
/// </summary>
internal static class ConvertCommand
{
    public static Command Create(CliContext context)
    {
        var input = new Argument<string>("inputs") { Description = "The inputs to convert: a sheet (.xlsx, .csv) or an assessment (.json)." };
        var framework = new Option<string>("--framework") { Description = "The framework the inputs are for.", Required = true };
        var output = new Option<string>("--out", "-o") { Description = "The file to write: .json from a sheet; .xlsx or .csv from an assessment.", Required = true };
        var command = new Command("convert",
            "Converts inputs between an input sheet and an assessment JSON, losslessly (notes included): a sheet row per unit and "
            + "stage becomes the unit's stage inputs, and back. A sheet with a row that cannot be read is refused, each problem named.\n\n"
            + "Examples:\n  parindex convert nhap-lieu-2024.xlsx --framework framework.json --out danh-gia-2024.json\n"
            + "  parindex convert danh-gia-2024.json --framework framework.json --out nhap-lieu-2024.xlsx")
        {
            input, framework, output,
        };
        command.SetAction(parsed => Run(context, parsed.GetValue(input)!, parsed.GetValue(framework)!, parsed.GetValue(output)!));
        return command;
    }

    public static int Run(CliContext context, string inputsPath, string frameworkPath, string outPath)
    {
        var framework = Documents.LoadFramework(frameworkPath);
        var to = Path.GetExtension(outPath).ToLowerInvariant();
        var from = Path.GetExtension(inputsPath).ToLowerInvariant();
        if (from == ".json" && to is ".xlsx" or ".csv") return ToSheet(context, inputsPath, framework, outPath, to);
        if (from is ".xlsx" or ".csv" && to == ".json") return ToJson(context, inputsPath, framework, outPath);
        throw new CliException($"{outPath}: cannot convert {from} to {to}; expected a sheet (.xlsx, .csv) to .json, or .json to .xlsx or .csv");
    }

    private static int ToJson(CliContext context, string inputsPath, Framework framework, string outPath)
    {
        var read = Documents.ReadInputs(inputsPath, framework, Stage.Appraisal1);
        foreach (var warning in read.Warnings) context.Err.WriteLine("cảnh báo (warning): " + warning);
        if (read.GeneralNotes > 0)
            context.Err.WriteLine($"cảnh báo (warning): {inputsPath}: {read.GeneralNotes} dòng có ghi chú chung (cột '{InputLayout.NotesHeader}' trước các tiêu chí), không thuộc bản đánh giá JSON nên không được chuyển; ghi chú của từng tiêu chí thì được chuyển ({read.GeneralNotes} row(s) have a general note, which has no place in the assessment JSON and was not carried; criterion notes are)");
        var problems = read.Document.Units.SelectMany(u => u.ReadErrors).Select(e => $"{inputsPath}: {e}").Concat(read.LeftOut).ToList();
        if (problems.Count > 0)
            throw new CliException([.. problems, $"{inputsPath}: not converted: an assessment holds only what was read; fix the rows above"]);
        var json = ParIndexJson.Default.WriteAssessment(read.Document);
        Files.AtomicFile.Write(context, outPath, stream =>
        {
            using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false));
            writer.Write(json);
        });
        context.Err.WriteLine($"wrote {outPath} ({read.Document.Units.Count} units)");
        return CliApp.Ok;
    }

    private static int ToSheet(CliContext context, string inputsPath, Framework framework, string outPath, string format)
    {
        var document = Documents.LoadInputs(inputsPath, framework, Stage.Appraisal1);
        var bad = document.Units.SelectMany(u => u.ReadErrors).ToList();
        if (bad.Count > 0) throw new CliException([.. bad.Select(e => $"{inputsPath}: {e}")]);
        var noted = document.Units.SelectMany(u => u.Stages.Values).SelectMany(s => s.Inputs).Where(kv => kv.Value.Note is not null).Select(kv => kv.Key).ToHashSet(StringComparer.Ordinal);
        var layout = InputLayout.For(framework).WithNotes(noted);
        var rows = new List<IReadOnlyList<string>>();
        var leaves = framework.Leaves.ToDictionary(l => l.Code, StringComparer.Ordinal);
        foreach (var unit in document.Units)
            foreach (var (stage, inputs) in unit.Stages.OrderBy(s => s.Key))
                rows.Add([.. layout.Columns.Select(c => Cell(c, unit, stage, inputs, csv: format == ".csv"))]);

        // Lossless or refused: the sheet is read back as 'score' would read it and must give the same units.
        var check = InputSheetReader.Read(new InputSheet(outPath, null, [.. new[] { layout.HeaderRows()[0] }.Concat(rows).Select((r, i) => SheetRow.OfText(i + 1, r))], [], []), framework, Stage.Appraisal1);
        var differences = new List<string>();
        foreach (var (unit, back) in document.Units.Zip(check.Document.Units))
            foreach (var (stage, inputs) in unit.Stages)
            {
                if (!back.Stages.TryGetValue(stage, out var other)) differences.Add($"unit '{unit.UnitId}', stage {stage}: missing once written");
                else
                    foreach (var (code, input) in inputs.Inputs)
                        if (!other.Inputs.TryGetValue(code, out var o) || !Equals(o, input))
                            differences.Add($"unit '{unit.UnitId}', {code}: the input cannot be written as a cell and read back the same");
            }
        if (check.Document.Units.Count != document.Units.Count || check.LeftOut.Count > 0 || check.Document.Units.Any(u => u.ReadErrors.Count > 0))
            differences.Add("the units read back differ from the assessment's");
        if (differences.Count > 0) throw new CliException([.. differences.Select(d => $"{inputsPath}: {d}"), $"{inputsPath}: not converted"]);

        if (format == ".csv") CsvFile.WriteFile(context, outPath, [.. layout.HeaderRows(), .. rows]);
        else Files.AtomicFile.Write(context, outPath, stream => TemplateWorkbookWriter.Write(stream, TemplateWorkbook.Build(framework, layout, rows)));
        context.Err.WriteLine($"wrote {outPath} ({document.Units.Count} units)");
        _ = leaves;
        return CliApp.Ok;
    }

    // In CSV the text columns are neutralised against formula injection (the reader restores them); xlsx keeps text as text.
    private static string Cell(InputColumn column, UnitAssessment unit, Stage stage, StageInputs inputs, bool csv)
    {
        var cell = Cell(column, unit, stage, inputs);
        return csv && column.Kind is ColumnKind.UnitId or ColumnKind.UnitName or ColumnKind.Block or ColumnKind.Note or ColumnKind.References
            ? CsvFile.Neutralise(cell)
            : cell;
    }

    private static string Cell(InputColumn column, UnitAssessment unit, Stage stage, StageInputs inputs)
    {
        var input = column.Leaf is { } leaf ? inputs.Inputs.GetValueOrDefault(leaf.Code) : null;
        return column.Kind switch
        {
            ColumnKind.UnitId => unit.UnitId,
            ColumnKind.UnitName => unit.UnitName,
            ColumnKind.Block => unit.Block ?? string.Empty,
            ColumnKind.Stage => stage switch { Stage.SelfAssessment => "self", Stage.Appraisal2 => "appraisal2", _ => "appraisal1" },
            ColumnKind.Leaf => input is null ? string.Empty : CellSyntax.Format(column.Leaf!, input),
            ColumnKind.Evidence => input?.Evidence is { } e ? CellSyntax.FormatEvidence(e) : string.Empty,
            ColumnKind.References => input is null ? string.Empty : string.Join("; ", input.References),
            ColumnKind.Note => input?.Note ?? string.Empty,
            ColumnKind.Adjustment => inputs.Adjustments.TryGetValue(column.Code!, out var n) ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty,
            ColumnKind.Disqualifiers => string.Join("; ", inputs.Disqualifiers),
            _ => string.Empty,
        };
    }
}
