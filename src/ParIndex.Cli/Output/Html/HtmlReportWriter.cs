using System.Globalization;
using System.Net;
using System.Text;
using ParIndex.Engine.Reports;

namespace ParIndex.Cli.Output.Html;

/// <summary>
/// A report as one self-contained HTML file: inline CSS and SVG, no script, no font, image or link outside the file.
/// Readable on a phone (tables scroll sideways with their first columns in view, charts scale) and printable (A4, a
/// new page per section and per letter, table headers repeated on every page, rows never split). Each chart is drawn
/// beside the table that holds its figures (<c>data-table</c> names it), which is also its text alternative.
/// </summary>
internal sealed class HtmlReportWriter : IReportWriter
{
    private readonly CultureInfo _culture;

    public HtmlReportWriter(CultureInfo? culture = null) => _culture = culture ?? CultureInfo.InvariantCulture;

    public string Format => "html";

    public void Write(Report report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        WriteMany([report], report.Heading.Title, output);
    }

    /// <summary>Several reports in one file (every commune's letter), each starting on a new page.</summary>
    public void WriteMany(IReadOnlyList<Report> reports, string title, Stream output)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(output);
        var h = new StringBuilder();
        h.Append("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        h.Append("<meta name=\"generator\" content=\"ParIndex\">\n");
        h.Append("<title>").Append(E(title)).Append("</title>\n<style>\n").Append(Css).Append("</style>\n</head>\n<body>\n");
        for (var r = 0; r < reports.Count; r++)
        {
            var prefix = reports.Count == 1 ? string.Empty : $"r{r + 1}-";
            h.Append(CultureInfo.InvariantCulture, $"<article class=\"report{(reports[r].Heading.Recipient is null ? string.Empty : " letter")}\"{Attr("data-unit", reports[r].Heading.RecipientId)}>\n");
            Article(h, reports[r], prefix);
            h.Append("</article>\n");
        }
        h.Append("</body>\n</html>\n");
        var bytes = new UTF8Encoding(false).GetBytes(h.ToString());
        output.Write(bytes);
    }

    private void Article(StringBuilder h, Report report, string prefix)
    {
        var head = report.Heading;
        var lines = head.Lines();
        h.Append("<header class=\"title-block\">\n");
        h.Append("<p class=\"issuer\">").Append(E(head.Issuer)).Append("</p>\n");
        h.Append("<h1>").Append(E(lines[0])).Append("</h1>\n");
        foreach (var line in lines.Skip(1)) h.Append("<p>").Append(E(line)).Append("</p>\n");
        h.Append("<p class=\"small-print\">").Append(E(head.SmallPrint)).Append("</p>\n</header>\n");
        if (report.Sections.Count > 2 && head.Recipient is null)
        {
            h.Append("<nav class=\"toc\" aria-label=\"Mục lục\"><ol>");
            foreach (var s in report.Sections) h.Append(CultureInfo.InvariantCulture, $"<li><a href=\"#{prefix}{Id(s.Key)}\">{E(s.Title)}</a></li>");
            h.Append("</ol></nav>\n");
        }
        var chartNumber = 0;
        foreach (var section in report.Sections)
        {
            h.Append(CultureInfo.InvariantCulture, $"<section id=\"{prefix}{Id(section.Key)}\" class=\"report-section\">\n<h2>{E(section.Title)}</h2>\n");
            foreach (var p in section.Paragraphs) h.Append("<p>").Append(E(p)).Append("</p>\n");
            var drawn = new HashSet<string>(StringComparer.Ordinal);
            foreach (var chart in section.Charts)
            {
                var table = section.Tables.FirstOrDefault(t => t.Key == chart.DataTable);
                var id = $"{prefix}chart-{++chartNumber}";
                // A small table (the bands) sits beside its chart; a wider one goes under it, at full width.
                var small = table is not null && table.Rows.Count <= 12 && table.Columns.Count <= 4;
                h.Append(small ? "<div class=\"chart-pair\">\n" : string.Empty);
                h.Append(CultureInfo.InvariantCulture, $"<figure class=\"chart\" data-table=\"{prefix}t-{Id(chart.DataTable)}\">\n");
                h.Append(SvgChart.Draw(chart, id, _culture)).Append('\n');
                h.Append("<figcaption>").Append(E(chart.Title)).Append(" — số liệu ở bảng ").Append(small ? "bên cạnh" : "dưới đây").Append(" (figures in the table ").Append(small ? "beside" : "below").Append(").</figcaption>\n</figure>\n");
                if (table is not null && drawn.Add(table.Key)) Table(h, table, section, prefix);
                h.Append(small ? "</div>\n" : string.Empty);
            }
            foreach (var table in section.Tables.Where(t => !drawn.Contains(t.Key))) Table(h, table, section, prefix);
            h.Append("</section>\n");
        }
    }

    private void Table(StringBuilder h, ReportTable table, ReportSection section, string prefix)
    {
        var numeric = Enumerable.Range(0, table.Columns.Count).Select(table.IsNumeric).ToArray();
        h.Append(CultureInfo.InvariantCulture, $"<div class=\"table-wrap\">\n<table id=\"{prefix}t-{Id(table.Key)}\" class=\"data key-{Math.Min(table.KeyColumns, 3)}\">\n");
        if (section.Tables.Count > 1 || table.Title != section.Title) h.Append("<caption>").Append(E(table.Title)).Append("</caption>\n");
        h.Append("<thead><tr>");
        for (var i = 0; i < table.Columns.Count; i++)
            h.Append(CultureInfo.InvariantCulture, $"<th scope=\"col\"{(numeric[i] ? " class=\"num\"" : string.Empty)}><span class=\"h\">{E(table.Columns[i].Header)}</span></th>");
        h.Append("</tr></thead>\n<tbody>\n");
        if (table.Rows.Count == 0) h.Append(CultureInfo.InvariantCulture, $"<tr><td colspan=\"{table.Columns.Count}\">(không có / none)</td></tr>\n");
        string? group = null;
        foreach (var row in table.Rows)
        {
            // A new unit in a list of many units' rows (the remediation list) starts with a thin rule, so a reader sees where it begins.
            var startsUnit = row.UnitId is not null && table.Key == "remediation" && row.UnitId != group;
            group = row.UnitId ?? group;
            var classes = (row.IsTotal ? "total " : string.Empty) + (startsUnit ? "unit-start" : string.Empty);
            h.Append("<tr").Append(classes.Length > 0 ? $" class=\"{classes.Trim()}\"" : string.Empty).Append(Attr("data-unit", row.UnitId)).Append('>');
            for (var i = 0; i < table.Columns.Count; i++)
            {
                var cell = i < row.Cells.Count ? row.Cells[i] : ReportCell.Empty;
                var header = i < table.KeyColumns && cell.Kind != CellKind.Number;
                var tag = header && i == table.KeyColumns - 1 ? "th" : "td";
                var cls = cell.Kind switch
                {
                    CellKind.Number => cell.Signed ? (cell.Value > 0m ? "num up" : cell.Value < 0m ? "num down" : "num") : "num",
                    CellKind.Code => "code",
                    CellKind.Text => table.Columns[i].Wrap ? "wrap" : "nw",
                    _ => null,
                };
                h.Append('<').Append(tag);
                if (tag == "th") h.Append(" scope=\"row\"");
                if (cls is not null) h.Append(" class=\"").Append(cls).Append('"');
                if (cell.Kind == CellKind.Number) h.Append(" data-value=\"").Append(cell.Value.ToString(CultureInfo.InvariantCulture)).Append('"');
                h.Append('>').Append(E(cell.Format(_culture))).Append("</").Append(tag).Append('>');
            }
            h.Append("</tr>\n");
        }
        h.Append("</tbody>\n</table>\n</div>\n");
        if (table.Notes.Count > 0)
        {
            h.Append("<ul class=\"notes\">");
            foreach (var note in table.Notes) h.Append("<li>").Append(E(note)).Append("</li>");
            h.Append("</ul>\n");
        }
    }

    private static string Attr(string name, string? value) => value is null ? string.Empty : $" {name}=\"{E(value)}\"";

    private static string Id(string key) => new([.. key.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]);

    private static string E(string text) => WebUtility.HtmlEncode(SafeText.MultiLine(text)).Replace("\n", "<br>", StringComparison.Ordinal);

    private const string Css = """
        :root { --ink: #1b1f24; --muted: #5f6b7a; --rule: #c9d1db; --head: #e7ecf2; --accent: #1f5f99; }
        * { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; }
        body { margin: 0 auto; max-width: 1100px; padding: 12px; color: var(--ink); font: 15px/1.45 "Times New Roman", "Liberation Serif", "Noto Serif", serif; }
        h1 { font-size: 1.45em; margin: .2em 0 .3em; }
        h2 { font-size: 1.2em; margin: 1.2em 0 .4em; border-bottom: 2px solid var(--accent); padding-bottom: 2px; }
        .title-block p { margin: .1em 0; }
        .title-block .issuer { font-weight: bold; text-transform: uppercase; font-size: .9em; }
        .small-print { font-size: .75em; color: var(--muted); word-break: break-all; }
        nav.toc ol { margin: .5em 0; padding-left: 1.4em; columns: 2; }
        a { color: var(--accent); }
        .table-wrap { overflow-x: auto; margin: .4em 0 .6em; -webkit-overflow-scrolling: touch; }
        table.data { border-collapse: collapse; font-size: .92em; min-width: 100%; }
        table.data caption { text-align: left; font-weight: bold; padding: .3em 0; }
        table.data th, table.data td { border: 1px solid var(--rule); padding: 3px 6px; vertical-align: top; text-align: left; }
        table.data thead th { background: var(--head); font-weight: bold; }
        table.data tbody th { font-weight: normal; background: #fff; }
        table.data .num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
        table.data .code, table.data .nw { white-space: nowrap; }
        table.data .wrap { min-width: 14em; }
        table.data thead th .h { display: inline-block; min-width: 4.5em; max-width: 10em; white-space: normal; }
        table.data thead th.num .h { max-width: 8em; }
        table.data td.up { color: #1f6b31; }
        table.data td.down { color: #a1261b; }
        table.data tr.total td, table.data tr.total th { font-weight: bold; border-top: 2px solid var(--ink); }
        table.data tr.unit-start td, table.data tr.unit-start th { border-top: 2px solid var(--muted); }
        table.key-2 tbody th, table.key-3 tbody th { position: sticky; left: 0; }
        ul.notes { font-size: .85em; color: var(--muted); margin: .2em 0 1em; padding-left: 1.2em; }
        figure.chart { margin: .6em 0; }
        figure.chart svg { max-width: 100%; height: auto; display: block; }
        figure.chart figcaption { font-size: .8em; color: var(--muted); }
        .chart-svg text { font: 11px "Times New Roman", "Liberation Serif", serif; fill: var(--ink); }
        .chart-svg text.small, .chart-svg .small { font-size: 10px; }
        .chart-svg text.axis { fill: var(--muted); font-size: 10px; }
        .chart-svg .grid { stroke: #e3e8ee; }
        .chart-svg .axis-line { stroke: #8a96a3; }
        .chart-svg .cut { stroke: #b3261e; stroke-dasharray: 4 3; }
        .chart-pair { display: grid; grid-template-columns: minmax(0, 1.2fr) minmax(0, 1fr); gap: 16px; align-items: start; }
        article.letter + article.letter { margin-top: 3em; border-top: 3px double var(--rule); }
        @media (max-width: 760px) {
          body { padding: 8px; font-size: 14px; }
          .chart-pair { display: block; }
          nav.toc ol { columns: 1; }
        }
        @page { size: A4 landscape; margin: 12mm 10mm 14mm; }
        @media print {
          body { max-width: none; padding: 0; font-size: 10.5pt; }
          nav.toc { display: none; }
          .table-wrap { overflow: visible; }
          table.data { font-size: 9pt; }
          thead { display: table-header-group; }
          tr, figure.chart, .title-block { break-inside: avoid; page-break-inside: avoid; }
          h2 { break-after: avoid; page-break-after: avoid; }
          article:not(.letter) section.report-section + section.report-section { break-before: page; page-break-before: always; }
          article.letter + article.letter { break-before: page; page-break-before: always; margin-top: 0; border-top: none; }
          table.key-2 tbody th, table.key-3 tbody th { position: static; }
          a { color: inherit; text-decoration: none; }
        }

        """;
}
