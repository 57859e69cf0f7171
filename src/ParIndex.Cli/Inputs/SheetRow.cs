namespace ParIndex.Cli.Inputs;

/// <summary>A row of a sheet, with its 1-based row number in the file.</summary>
/// <param name="Number">The row number (the line of a CSV, the row of a workbook).</param>
/// <param name="Cells">The cells, from the first column.</param>
/// <param name="Hidden">Whether the workbook hides the row.</param>
/// <param name="CutShort">Whether a CSV file ends inside this row (no line end after it, fewer cells than the header).</param>
internal sealed record SheetRow(int Number, IReadOnlyList<SheetCell> Cells, bool Hidden = false, bool CutShort = false)
{
    /// <summary>A row of text cells (CSV).</summary>
    public static SheetRow OfText(int number, IReadOnlyList<string> cells, bool cutShort = false)
    {
        var row = new SheetCell[cells.Count];
        for (var i = 0; i < row.Length; i++) row[i] = new SheetCell(cells[i]);
        return new(number, row, CutShort: cutShort);
    }

    /// <summary>The text of cell <paramref name="column"/> (0-based), empty past the end.</summary>
    public string Text(int column) => column < Cells.Count ? Cells[column].Text : string.Empty;

    /// <summary>The cell at <paramref name="column"/> (0-based), empty past the end.</summary>
    public SheetCell Cell(int column) => column < Cells.Count ? Cells[column] : SheetCell.Empty;
}
