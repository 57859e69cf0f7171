using System.Globalization;
using MiniExcelLibs;

namespace ParIndex.Cli.Inputs;

/// <summary>Excel workbooks through MiniExcel: sheets of text cells written, the input sheet read back.</summary>
internal static class XlsxFile
{
    /// <summary>The name of the input sheet in templates.</summary>
    public const string InputSheet = "Nhập liệu";

    /// <summary>Writes one workbook with a sheet per entry (names are cut to Excel's 31 characters).</summary>
    public static void Write(Stream stream, IEnumerable<(string Name, IReadOnlyList<IReadOnlyList<object?>> Rows)> sheets)
    {
        var book = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var (name, rows) in sheets)
        {
            var width = rows.Count == 0 ? 1 : rows.Max(r => r.Count);
            var keys = Enumerable.Range(0, width).Select(ColumnName).ToArray();
            var table = rows.Select(r =>
            {
                var d = new Dictionary<string, object?>(StringComparer.Ordinal);
                for (var i = 0; i < width; i++) d[keys[i]] = i < r.Count ? r[i] : null;
                return d;
            }).ToList();
            if (table.Count == 0) table.Add(keys.ToDictionary(k => k, _ => (object?)null));
            book[name.Length > 31 ? name[..31] : name] = table;
        }
        stream.SaveAs(book, printHeader: false, excelType: ExcelType.XLSX);
    }

    /// <summary>Reads the input sheet (named <see cref="InputSheet"/>, else the first) as text cells.</summary>
    public static IReadOnlyList<SheetRow> ReadInputSheet(string path)
    {
        List<string> names;
        try
        {
            names = MiniExcel.GetSheetNames(path);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or InvalidOperationException or System.Xml.XmlException)
        {
            throw new CliException($"{path}: not an Excel workbook (.xlsx): {e.Message}");
        }
        var sheet = names.Contains(InputSheet) ? InputSheet : names.FirstOrDefault();
        if (sheet is null) throw new CliException($"{path}: the workbook has no sheet");
        var rows = new List<SheetRow>();
        var number = 0;
        foreach (IDictionary<string, object?> row in MiniExcel.Query(path, useHeaderRow: false, sheetName: sheet, excelType: ExcelType.XLSX))
        {
            number++;
            var cells = row.Values.Select(v => Text(v, path, number)).ToList();
            while (cells.Count > 0 && cells[^1].Length == 0) cells.RemoveAt(cells.Count - 1);
            if (cells.Count > 0) rows.Add(new SheetRow(number, cells));
        }
        return rows;
    }

    private static string Text(object? value, string path, int row) => value switch
    {
        null => string.Empty,
        string s => s,
        double d => ((decimal)d).ToString(CultureInfo.InvariantCulture) is var exact && double.Parse(exact, CultureInfo.InvariantCulture) == d
            ? exact : d.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        DateTime dt => throw new CliException($"{path}: row {row}: Excel turned '{dt:d/M}' into a date; format the column as Text and type the value again (45/50)"),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static string ColumnName(int index)
    {
        var name = string.Empty;
        index++;
        while (index > 0)
        {
            var m = (index - 1) % 26;
            name = (char)('A' + m) + name;
            index = (index - 1) / 26;
        }
        return name;
    }
}
