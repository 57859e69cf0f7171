namespace ParIndex.Cli.Inputs;

/// <summary>One cell as read: its text, what the workbook stored, and whether its number format shows a percent.</summary>
/// <param name="Text">The text: what was typed for text, the exact value for a number, the shown date for a date.</param>
/// <param name="Kind">What the workbook stored.</param>
/// <param name="Percent">Whether the cell's number format is a percent (0%, 0.00%): 0.8 is shown and meant as 80%.</param>
internal readonly record struct SheetCell(string Text, CellKind Kind = CellKind.Text, bool Percent = false)
{
    public static readonly SheetCell Empty = new(string.Empty);

    public bool IsEmpty => Kind == CellKind.Text && Text.Trim().Length == 0;
}
