namespace ParIndex.Engine.Reports;

/// <summary>A row of a <see cref="ReportTable"/>.</summary>
public sealed record ReportRow
{
    /// <summary>The cells, one per column.</summary>
    public required IReadOnlyList<ReportCell> Cells { get; init; }

    /// <summary>Whether the row is a total (shown in bold where the format can).</summary>
    public bool IsTotal { get; init; }

    /// <summary>The unit the row is about, where it is about one (a link target in HTML).</summary>
    public string? UnitId { get; init; }

    /// <summary>A row of cells.</summary>
    public static ReportRow Of(params ReportCell[] cells) => new() { Cells = cells };
}
