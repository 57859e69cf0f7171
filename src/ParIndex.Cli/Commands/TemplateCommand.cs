using System.CommandLine;
using ParIndex.Cli.Inputs;
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
            CommonOptions.EmitXlsx(context, path,
            [
                (XlsxFile.InputSheet, [.. rows.Select(r => (IReadOnlyList<object?>)[.. r])]),
                ("Hướng dẫn", Guide(framework, layout)),
            ]);
            return CliApp.Ok;
        }
        if (outPath is null)
        {
            CsvFile.Write(context.Out, rows);
            return CliApp.Ok;
        }
        CsvFile.WriteFile(context, outPath, rows);
        context.Err.WriteLine($"wrote {outPath}");
        return CliApp.Ok;
    }

    private static IReadOnlyList<IReadOnlyList<object?>> Guide(Framework framework, InputLayout layout)
    {
        var rows = new List<IReadOnlyList<object?>>
        {
            new object?[] { $"{framework.Info.Name} ({framework.Info.Issuer}, {framework.Info.Year}), id '{framework.Info.Id}', version {framework.Info.Version}" },
            new object?[] { "Điền một dòng cho mỗi đơn vị ở trang 'Nhập liệu'; không sửa dòng 1 (mã cột). Số thập phân: dấu . hoặc , (12.5 = 12,5), không dùng dấu phân cách hàng nghìn. Ô trống = không có số liệu (0 điểm); KPS = không phát sinh." },
            new object?[] { "Fill one row per unit on the 'Nhập liệu' sheet; keep row 1 (the column codes). Decimals: '.' or ',' (12.5 = 12,5), never a thousands separator. Empty = no input (0 points); KPS = not applicable." },
            Array.Empty<object?>(),
            new object?[] { "Cột (column)", "Tên (name)", "Tối đa (max)", "Quy tắc (rule)", "Cách nhập (how to fill)" },
        };
        foreach (var c in layout.Columns)
            rows.Add(new object?[] { c.Header, c.Name, c.Leaf is { } l ? l.MaxPoints : null, c.Kind == ColumnKind.Leaf ? c.Leaf!.Rule?.Describe() : null, c.Help });
        return rows;
    }

    private static IEnumerable<(string Id, string Name, string? Block)> Units(string? path, Framework framework)
    {
        if (path is null) return [];
        Documents.RequireFile(path);
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension == ".json")
            return Documents.LoadInputs(path, framework, Stage.Appraisal1).Units.Select(u => (u.UnitId, u.UnitName, u.Block));
        var rows = extension == ".xlsx" ? XlsxFile.ReadInputSheet(path) : CsvFile.Read(path);
        if (rows.Count == 0) throw new CliException($"{path}: the sheet is empty; expected a header row with {InputLayout.UnitId} and {InputLayout.UnitName}");
        var header = rows[0].Cells.Select(h => h.Trim().ToLowerInvariant()).ToList();
        int id = header.IndexOf(InputLayout.UnitId), name = header.IndexOf(InputLayout.UnitName), block = header.IndexOf(InputLayout.Block);
        if (id < 0 || name < 0) throw new CliException($"{path}: row {rows[0].Number}: expected the columns {InputLayout.UnitId} and {InputLayout.UnitName}");
        string At(SheetRow r, int i) => i >= 0 && i < r.Cells.Count ? r.Cells[i].Trim() : string.Empty;
        return rows.Skip(1).Where(r => !At(r, 0).StartsWith('#') && At(r, id).Length > 0)
            .Select(r => (At(r, id), At(r, name), At(r, block) is { Length: > 0 } b ? b : null)).ToList();
    }
}
