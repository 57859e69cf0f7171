namespace ParIndex.Cli.Inputs;

/// <summary>
/// A sheet as read from a file, before it is checked against a framework: its rows, the merged ranges of a workbook,
/// and what the reader noticed on the way (a hidden sheet skipped).
/// </summary>
/// <param name="File">The file it came from.</param>
/// <param name="SheetName">The workbook sheet's name; <see langword="null"/> for CSV.</param>
/// <param name="Rows">The rows that hold something, in order.</param>
/// <param name="Merged">The merged ranges of the sheet (a workbook keeps a merged range's value in its first cell only).</param>
/// <param name="Warnings">What the reader noticed that is not an error.</param>
internal sealed record InputSheet(string File, string? SheetName, IReadOnlyList<SheetRow> Rows, IReadOnlyList<CellRange> Merged, IReadOnlyList<string> Warnings)
{
    /// <summary>Where a cell is, for messages: "sheet 'Nhập liệu', cell F5" in a workbook, "row 5, column 6" in a CSV.</summary>
    public string Where(int row, int column) =>
        SheetName is null ? $"row {row}" : $"sheet '{SheetName}', cell {CellRange.ColumnName(column)}{row}";
}
