using System.Globalization;
using System.Text;

namespace ParIndex.Engine.Cohorts;

/// <summary>
/// A report as a table: a title, column headers and rows of cells (text, whole numbers or decimals, or empty).
/// Written as CSV or Markdown in a culture: with a decimal comma (vi-VN) numbers read "86,7" and CSV separates
/// fields with ';' so the comma stays inside the number, as spreadsheets in that culture expect.
/// </summary>
public sealed record ReportTable
{
    /// <summary>The table's title.</summary>
    public required string Title { get; init; }

    /// <summary>The column headers.</summary>
    public required IReadOnlyList<string> Columns { get; init; }

    /// <summary>The rows; each cell is a <see cref="string"/>, an <see cref="int"/>, a <see cref="decimal"/> or <see langword="null"/>.</summary>
    public required IReadOnlyList<IReadOnlyList<object?>> Rows { get; init; }

    /// <summary>Writes the table as CSV (RFC 4180 quoting, "\n" line ends, no BOM).</summary>
    public string ToCsv(CultureInfo? culture = null)
    {
        culture ??= CultureInfo.InvariantCulture;
        var separator = culture.NumberFormat.NumberDecimalSeparator == "," ? ';' : ',';
        var text = new StringBuilder();
        text.AppendJoin(separator, Columns.Select(c => Quote(c, separator))).Append('\n');
        foreach (var row in Rows)
            text.AppendJoin(separator, row.Select(cell => Quote(Format(cell, culture), separator))).Append('\n');
        return text.ToString();
    }

    /// <summary>Writes the table as a Markdown section: a heading and a pipe table, numbers right-aligned.</summary>
    public string ToMarkdown(CultureInfo? culture = null)
    {
        culture ??= CultureInfo.InvariantCulture;
        var numeric = Columns.Select((_, i) => Rows.Count > 0 && Rows.All(r => i >= r.Count || r[i] is null or int or decimal)).ToList();
        var text = new StringBuilder();
        text.Append("### ").Append(Title).Append("\n\n");
        text.Append("| ").AppendJoin(" | ", Columns.Select(Escape)).Append(" |\n");
        text.Append('|').AppendJoin('|', numeric.Select(n => n ? " ---: " : " --- ")).Append("|\n");
        foreach (var row in Rows)
            text.Append("| ").AppendJoin(" | ", row.Select(cell => Escape(Format(cell, culture)))).Append(" |\n");
        return text.ToString();
    }

    /// <summary>Formats a cell: decimals without trailing zeros beyond their own scale, in the culture's notation.</summary>
    public static string Format(object? cell, CultureInfo culture) => cell switch
    {
        null => string.Empty,
        decimal d => d.ToString("0.############################", culture),
        int i => i.ToString(culture),
        IFormattable f => f.ToString(null, culture),
        _ => cell.ToString() ?? string.Empty,
    };

    private static string Quote(string value, char separator) =>
        value.IndexOfAny([separator, '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    private static string Escape(string value) => value.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
