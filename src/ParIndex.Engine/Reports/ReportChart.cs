namespace ParIndex.Engine.Reports;

/// <summary>
/// A chart as data: writers that can draw (HTML) draw it, with <see cref="DataTable"/> beside it as its text
/// alternative; the others show the table only.
/// </summary>
public sealed record ReportChart
{
    /// <summary>The kind of chart.</summary>
    public required ChartKind Kind { get; init; }

    /// <summary>The title (the accessible name of the drawing).</summary>
    public required string Title { get; init; }

    /// <summary>The categories, in order (bands, areas, units).</summary>
    public required IReadOnlyList<string> Categories { get; init; }

    /// <summary>The series.</summary>
    public required IReadOnlyList<ChartSeries> Series { get; init; }

    /// <summary>The top of the value scale (100 for an index or a percentage); the largest value when <see langword="null"/>.</summary>
    public decimal? Maximum { get; init; }

    /// <summary>Marked values on the scale.</summary>
    public IReadOnlyList<ChartMarker> Markers { get; init; } = [];

    /// <summary>The unit of the values ("%", "điểm").</summary>
    public string? Unit { get; init; }

    /// <summary>The key of the section's table that holds the chart's data.</summary>
    public required string DataTable { get; init; }
}
