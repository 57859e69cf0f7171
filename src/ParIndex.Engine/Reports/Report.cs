namespace ParIndex.Engine.Reports;

/// <summary>
/// A report as data: a title block and sections of paragraphs, charts and typed tables. Built once by
/// <see cref="CohortReport"/> or <see cref="UnitLetter"/>, written by any <see cref="IReportWriter"/>: the text, CSV,
/// Markdown and JSON writers here, the workbook and HTML writers of the command line.
/// </summary>
public sealed record Report
{
    /// <summary>The title block.</summary>
    public required ReportHeading Heading { get; init; }

    /// <summary>The sections, in order.</summary>
    public required IReadOnlyList<ReportSection> Sections { get; init; }

    /// <summary>Every table of every section, in order.</summary>
    public IEnumerable<ReportTable> Tables => Sections.SelectMany(s => s.Tables);

    /// <summary>The table with this key.</summary>
    public ReportTable? FindTable(string key) => Tables.FirstOrDefault(t => t.Key == key);
}
