namespace ParIndex.Engine.Reports;

/// <summary>A section of a report: a heading, paragraphs, charts and tables (a sheet of a workbook, a page of a letter).</summary>
public sealed record ReportSection
{
    /// <summary>A stable key ("ranking").</summary>
    public required string Key { get; init; }

    /// <summary>The heading (Vietnamese first).</summary>
    public required string Title { get; init; }

    /// <summary>A short name where space is tight (a sheet name, at most 31 characters): "Xếp hạng".</summary>
    public required string ShortTitle { get; init; }

    /// <summary>Paragraphs of text before the tables.</summary>
    public IReadOnlyList<string> Paragraphs { get; init; } = [];

    /// <summary>The charts, each drawn from one of <see cref="Tables"/>.</summary>
    public IReadOnlyList<ReportChart> Charts { get; init; } = [];

    /// <summary>The tables.</summary>
    public IReadOnlyList<ReportTable> Tables { get; init; } = [];
}
