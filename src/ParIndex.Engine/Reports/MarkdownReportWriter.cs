using System.Globalization;
using System.Text;

namespace ParIndex.Engine.Reports;

/// <summary>
/// Markdown: the title block, a "##" heading per section, its paragraphs, a pipe table per table (full headers, numbers
/// right-aligned, pipes escaped, one line per cell) and its footnotes as a list.
/// </summary>
public sealed class MarkdownReportWriter : IReportWriter
{
    private readonly CultureInfo _culture;

    /// <summary>A writer in <paramref name="culture"/> (invariant by default).</summary>
    public MarkdownReportWriter(CultureInfo? culture = null) => _culture = culture ?? CultureInfo.InvariantCulture;

    /// <inheritdoc />
    public string Format => "md";

    /// <inheritdoc />
    public void Write(Report report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        using var w = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
        var h = report.Heading;
        w.Write("# " + Escape(h.Title) + "\n\n");
        w.Write(string.Join("  \n", h.Lines().Skip(1).Select(Escape)) + "\n\n");
        w.Write("<sub>" + Escape(h.SmallPrint) + "</sub>\n");
        foreach (var section in report.Sections)
        {
            w.Write("\n## " + Escape(section.Title) + "\n");
            foreach (var p in section.Paragraphs) w.Write("\n" + Escape(p) + "\n");
            foreach (var table in section.Tables)
            {
                if (section.Tables.Count > 1) w.Write("\n### " + Escape(table.Title) + "\n");
                w.Write("\n");
                w.Write(table.Rows.Count == 0 ? "(không có / none)\n" : Table(table));
                if (table.Notes.Count > 0) w.Write("\n" + string.Concat(table.Notes.Select(n => "- " + Escape(n) + "\n")));
            }
        }
    }

    /// <summary>One table as a pipe table.</summary>
    public string Table(ReportTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var text = new StringBuilder();
        text.Append("| ").AppendJoin(" | ", table.Columns.Select(c => Escape(c.Header))).Append(" |\n");
        text.Append('|').AppendJoin('|', table.Columns.Select((_, i) => table.IsNumeric(i) ? " ---: " : " --- ")).Append("|\n");
        foreach (var row in table.Rows)
        {
            var cells = row.Cells.Select(c => Escape(c.Format(_culture)));
            if (row.IsTotal) cells = cells.Select(c => c.Length == 0 ? c : "**" + c + "**");
            text.Append("| ").AppendJoin(" | ", cells).Append(" |\n");
        }
        return text.ToString();
    }

    private static string Escape(string value) =>
        SafeText.OneLine(value).Replace("\\", "\\\\", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal);
}
