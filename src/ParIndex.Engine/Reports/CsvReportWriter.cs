using System.Globalization;
using System.Text;

namespace ParIndex.Engine.Reports;

/// <summary>
/// CSV (RFC 4180 quoting, "\n" line ends). The separator follows the culture: ';' where the decimal separator is a
/// comma (vi-VN, so "86,7" stays one field), else ','. Numbers are written bare in the culture's notation; text is
/// guarded against formula injection: a text or code cell that starts with = + - @, a tab or a carriage return is
/// prefixed with an apostrophe (OWASP's advice), so a spreadsheet shows it as text and never runs it. A whole report
/// is written table after table, each after a "# key" line, with its footnotes as "# " lines;
/// <see cref="WriteTable"/> writes one table alone (a file per table).
/// </summary>
public sealed class CsvReportWriter : IReportWriter
{
    private readonly CultureInfo _culture;
    private readonly bool _byteOrderMark;

    /// <summary>A writer in <paramref name="culture"/> (invariant by default); with a BOM for files Excel opens.</summary>
    public CsvReportWriter(CultureInfo? culture = null, bool byteOrderMark = false)
    {
        _culture = culture ?? CultureInfo.InvariantCulture;
        _byteOrderMark = byteOrderMark;
    }

    /// <inheritdoc />
    public string Format => "csv";

    /// <summary>The field separator.</summary>
    public char Separator => _culture.NumberFormat.NumberDecimalSeparator == "," ? ';' : ',';

    /// <inheritdoc />
    public void Write(Report report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        using var w = Open(output);
        var first = true;
        foreach (var table in report.Tables)
        {
            if (!first) w.Write('\n');
            first = false;
            w.Write("# " + table.Key + "\n");
            Write(w, table);
            foreach (var note in table.Notes) w.Write("# " + SafeText.OneLine(note) + "\n");
        }
    }

    /// <summary>Writes one table: the header row and the rows, no footnotes.</summary>
    public void WriteTable(ReportTable table, Stream output)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(output);
        using var w = Open(output);
        Write(w, table);
    }

    /// <summary>A text cell as CSV writes it: neutralised against formula injection, then quoted where needed.</summary>
    public string Field(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var safe = Neutralise(SafeText.MultiLine(text));
        return safe.Contains(Separator, StringComparison.Ordinal) || safe.AsSpan().IndexOfAny("\"\r\n") >= 0
            ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : safe;
    }

    /// <summary>
    /// Text a spreadsheet would run as a formula (first character =, +, -, @, a tab or a carriage return) with an
    /// apostrophe in front, as OWASP advises for CSV; other text as it is. Never for numbers.
    /// </summary>
    public static string Neutralise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;
    }

    private StreamWriter Open(Stream output) => new(output, new UTF8Encoding(_byteOrderMark), 1 << 16, leaveOpen: true) { NewLine = "\n" };

    private void Write(StreamWriter w, ReportTable table)
    {
        w.Write(string.Join(Separator, table.Columns.Select(c => Field(c.Header))));
        w.Write('\n');
        foreach (var row in table.Rows)
        {
            for (var i = 0; i < row.Cells.Count; i++)
            {
                if (i > 0) w.Write(Separator);
                var cell = row.Cells[i];
                w.Write(cell.Kind == CellKind.Number ? cell.Format(_culture) : Field(cell.TextValue ?? string.Empty));
            }
            w.Write('\n');
        }
    }
}
