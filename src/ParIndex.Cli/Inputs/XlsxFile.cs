using MiniExcelLibs;

namespace ParIndex.Cli.Inputs;

/// <summary>Excel workbooks of result tables through MiniExcel (input sheets are read by <see cref="XlsxReader"/>).</summary>
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
            var keys = Enumerable.Range(0, width).Select(CellRange.ColumnName).ToArray();
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
}
