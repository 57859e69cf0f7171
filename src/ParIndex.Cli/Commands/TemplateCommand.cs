using System.CommandLine;
using ParIndex.Cli.Inputs;
using ParIndex.Cli.Template;
using ParIndex.Engine.Model;

namespace ParIndex.Cli.Commands;

/// <summary><c>parindex template framework.json --format csv|xlsx</c>: the input sheet clerks fill and <c>score</c> reads back.</summary>
internal static class TemplateCommand
{
    public static Command Create(CliContext context)
    {
        var file = CommonOptions.FrameworkArgument();
        var format = CommonOptions.Format("csv", "csv", "xlsx");
        var output = CommonOptions.Out();
        var units = new Option<string?>("--units")
        {
            Description = "Pre-fill one row per unit from this file: an assessment (.json) or a sheet (.csv, .xlsx) with unit_id, unit_name and optionally block columns.",
        };
        var stage = new Option<string?>("--stage")
        {
            Description = "Pre-fill the stage column of every row: self, appraisal1 or appraisal2.",
        }.AcceptOnlyFromAmong("self", "appraisal1", "appraisal2");
        var command = new Command("template",
            "Writes an input sheet for a framework: one row per unit, one column per leaf. Row 1 holds the codes the "
            + "'score' command reads; the two rows below it (starting with '#') give each column's Vietnamese name and "
            + "what to enter. The Excel workbook also has a 'Hướng dẫn' (guide) sheet with one line per leaf.\n\n"
            + "Example:\n  parindex template framework.json --format xlsx --units units.csv --out nhap-lieu-2024.xlsx")
        {
            file, format, output, units, stage,
        };
        command.SetAction(parsed => Run(context, parsed.GetValue(file)!, parsed.GetValue(format)!, parsed.GetValue(output), parsed.GetValue(units), parsed.GetValue(stage)));
        return command;
    }

    public static int Run(CliContext context, string frameworkPath, string format, string? outPath, string? unitsPath, string? stage)
    {
        var framework = Documents.LoadFramework(frameworkPath);
        var layout = InputLayout.For(framework);
        var rows = new List<IReadOnlyList<string>>(layout.HeaderRows());
        foreach (var (id, name, block) in Units(unitsPath, framework))
        {
            var row = new string[layout.Columns.Count];
            Array.Fill(row, string.Empty);
            row[0] = id;
            row[1] = name;
            row[2] = block ?? string.Empty;
            row[3] = stage ?? string.Empty;
            rows.Add(row);
        }
        if (format == "xlsx")
        {
            var path = CommonOptions.RequireOut(outPath, format);
            Files.AtomicFile.Write(context, path, stream => TemplateWorkbookWriter.Write(stream, TemplateWorkbook.Build(framework, layout, rows.Skip(3).ToList())));
            context.Err.WriteLine($"wrote {path}");
            return CliApp.Ok;
        }
        // CSV: the unit's id, name and block neutralised against formula injection (the reader restores them).
        for (var r = 3; r < rows.Count; r++)
            rows[r] = [.. rows[r].Select((cell, i) => i < 3 ? CsvFile.Neutralise(cell) : cell)];
        if (outPath is null)
        {
            CsvFile.Write(context.Out, rows);
            return CliApp.Ok;
        }
        CsvFile.WriteFile(context, outPath, rows);
        context.Err.WriteLine($"wrote {outPath}");
        return CliApp.Ok;
    }

    private static IEnumerable<(string Id, string Name, string? Block)> Units(string? path, Framework framework)
    {
        if (path is null) return [];
        Documents.RequireFile(path);
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension == ".json")
            return Documents.LoadInputs(path, framework, Stage.Appraisal1).Units.Select(u => (u.UnitId, u.UnitName, u.Block));
        var rows = (extension == ".xlsx" ? XlsxReader.Read(path) : CsvFile.Read(path)).Rows;
        var headerAt = rows.ToList().FindIndex(r => r.Cells.Any(c => string.Equals(c.Text.Trim(), InputLayout.UnitId, StringComparison.OrdinalIgnoreCase)));
        if (headerAt < 0) throw new CliException($"{path}: no header row; expected a row with the columns {InputLayout.UnitId} and {InputLayout.UnitName}");
        var header = rows[headerAt].Cells.Select(h => h.Text.Trim().ToLowerInvariant()).ToList();
        int id = header.IndexOf(InputLayout.UnitId), name = header.IndexOf(InputLayout.UnitName), block = header.IndexOf(InputLayout.Block);
        if (name < 0) throw new CliException($"{path}: row {rows[headerAt].Number}: expected the columns {InputLayout.UnitId} and {InputLayout.UnitName}");
        string At(SheetRow r, int i) => i >= 0 ? r.Text(i).Trim() : string.Empty;
        return rows.Skip(headerAt + 1).Where(r => !At(r, 0).StartsWith('#') && At(r, id).Length > 0)
            .Select(r => (At(r, id), At(r, name), At(r, block) is { Length: > 0 } b ? b : null)).ToList();
    }
}
