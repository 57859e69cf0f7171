namespace ParIndex.Engine.Reports;

/// <summary>
/// A table of a report: a stable key, a Vietnamese title, typed columns and rows, and the footnotes that explain its
/// marks (a bonus, a penalty, a band capped by a disqualifier).
/// </summary>
public sealed record ReportTable
{
    /// <summary>A stable key: a file name for CSV ("ranking"), an anchor in HTML.</summary>
    public required string Key { get; init; }

    /// <summary>The title (Vietnamese first, English in brackets).</summary>
    public required string Title { get; init; }

    /// <summary>The columns.</summary>
    public required IReadOnlyList<ReportColumn> Columns { get; init; }

    /// <summary>The rows; each has one cell per column.</summary>
    public required IReadOnlyList<ReportRow> Rows { get; init; }

    /// <summary>Footnotes printed under the table.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>How many leading columns identify a row (kept in view when scrolling sideways).</summary>
    public int KeyColumns { get; init; } = 1;

    /// <summary>Whether column <paramref name="index"/> holds numbers (every non-empty cell is a number, and at least one is).</summary>
    public bool IsNumeric(int index) =>
        Rows.Any(r => index < r.Cells.Count && r.Cells[index].Kind == CellKind.Number)
        && Rows.All(r => index >= r.Cells.Count || r.Cells[index].Kind is CellKind.Number or CellKind.Empty);
}
