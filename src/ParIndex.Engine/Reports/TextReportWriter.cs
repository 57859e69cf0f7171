using System.Globalization;
using System.Text;

namespace ParIndex.Engine.Reports;

/// <summary>
/// Plain text for a terminal: the title block, then each section's paragraphs and tables in aligned columns (short
/// headers, widths counted in text elements so Vietnamese lines up, numbers right-aligned, "-" for an empty number) and
/// their footnotes.
/// Names are shown on one line with control characters replaced, so an input can neither move the cursor nor break a table.
/// </summary>
public sealed class TextReportWriter : IReportWriter
{
    private readonly CultureInfo _culture;

    /// <summary>A writer in <paramref name="culture"/> (invariant by default).</summary>
    public TextReportWriter(CultureInfo? culture = null) => _culture = culture ?? CultureInfo.InvariantCulture;

    /// <inheritdoc />
    public string Format => "table";

    /// <inheritdoc />
    public void Write(Report report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        using var w = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
        w.Write(SafeText.OneLine(report.Heading.FrameworkName) + "\n");
        w.Write(SafeText.OneLine($"{report.Heading.Issuer}, {report.Heading.Year.ToString(CultureInfo.InvariantCulture)} ({report.Heading.Stage})") + "\n");
        if (report.Heading.Recipient is { } to) w.Write("Đơn vị (unit): " + SafeText.OneLine(to) + "\n");
        foreach (var section in report.Sections)
        {
            if (report.Sections.Count > 1) w.Write("\n== " + SafeText.OneLine(section.Title) + " ==\n");
            foreach (var p in section.Paragraphs) w.Write("\n" + SafeText.OneLine(p) + "\n");
            foreach (var table in section.Tables)
            {
                w.Write("\n");
                if (section.Tables.Count > 1) w.Write(SafeText.OneLine(table.Title) + "\n");
                w.Write(Table(table));
                foreach (var note in table.Notes) w.Write(SafeText.OneLine(note) + "\n");
            }
        }
    }

    /// <summary>One table in aligned columns.</summary>
    public string Table(ReportTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var n = table.Columns.Count;
        var right = Enumerable.Range(0, n).Select(table.IsNumeric).ToArray();
        var all = new List<string[]> { table.Columns.Select(c => SafeText.OneLine(c.ShortOrHeader)).ToArray() };
        // An empty number reads "-" (no rank, no bonus), so a row of an unscored unit still lines up.
        all.AddRange(table.Rows.Select(r => Enumerable.Range(0, n).Select(i =>
            i >= r.Cells.Count || r.Cells[i].IsEmpty ? (right[i] ? "-" : string.Empty) : SafeText.OneLine(r.Cells[i].Format(_culture))).ToArray()));
        var widths = Enumerable.Range(0, n).Select(i => all.Max(r => Width(r[i]))).ToArray();
        var text = new StringBuilder();
        for (var line = 0; line < all.Count; line++)
        {
            var r = all[line];
            var parts = Enumerable.Range(0, n).Select(i =>
            {
                var pad = new string(' ', widths[i] - Width(r[i]));
                return right[i] ? pad + r[i] : i == n - 1 ? r[i] : r[i] + pad;
            });
            text.Append(string.Join("  ", parts).TrimEnd()).Append('\n');
            if (line == 0) text.Append(string.Join("  ", widths.Select(w => new string('-', w)))).Append('\n');
        }
        return text.ToString();
    }

    private static int Width(string s) => new StringInfo(s.Normalize()).LengthInTextElements;
}
