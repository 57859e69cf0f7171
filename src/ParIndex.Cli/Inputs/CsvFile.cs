using System.Text;

namespace ParIndex.Cli.Inputs;

/// <summary>
/// CSV as spreadsheets write it (RFC 4180: quotes around cells with separators, quotes or line breaks; doubled
/// quotes inside). Read: UTF-8 with or without a BOM; the separator is ';' when the first line has a ';' and no ',',
/// else ','. Written: ',' separated, or ';' with a decimal-comma culture (--culture vi-VN), UTF-8.
/// </summary>
internal static class CsvFile
{
    public static InputSheet Read(string path) => new(path, null, [.. Stream(path)], [], []);

    /// <summary>The rows of a file, read lazily (a million-row sheet is never held whole).</summary>
    public static IEnumerable<SheetRow> Stream(string path)
    {
        using var reader = new StreamReader(path, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16);
        foreach (var row in new CsvRowReader(reader, path).Rows()) yield return row;
    }

    /// <summary>The rows of a CSV text; the last row is marked <see cref="SheetRow.CutShort"/> when no line end follows it.</summary>
    public static IReadOnlyList<SheetRow> Parse(string text, string name)
    {
        using var reader = new StringReader(text);
        return [.. new CsvRowReader(reader, name).Rows()];
    }

    public static void Write(TextWriter writer, IEnumerable<IReadOnlyList<string>> rows, char separator = ',')
    {
        foreach (var r in rows) writer.Write(string.Join(separator, r.Select(cell => Quote(cell, separator))) + "\n");
    }

    public static string ToText(IEnumerable<IReadOnlyList<string>> rows, char separator = ',')
    {
        using var w = new StringWriter();
        Write(w, rows, separator);
        return w.ToString();
    }

    /// <summary>Writes a file as UTF-8 with a BOM, so that Excel shows the Vietnamese correctly; whole or not at all.</summary>
    public static void WriteFile(CliContext context, string path, IEnumerable<IReadOnlyList<string>> rows, char separator = ',') =>
        Files.AtomicFile.Write(context, path, stream =>
        {
            using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 1 << 16);
            Write(writer, rows, separator);
        });

    /// <summary>
    /// A text cell (unit id, name, block, a note) as CSV holds it: a text a spreadsheet would run as a formula gets an
    /// apostrophe in front (OWASP's advice, the same rule as the engine's report CSV). Never for leaf values: "-5" is a number.
    /// </summary>
    public static string Neutralise(string text) => Engine.Reports.CsvReportWriter.Neutralise(text);

    /// <summary>
    /// The inverse of <see cref="Neutralise"/> when a sheet is read: an apostrophe followed by =, +, -, @, a tab or a
    /// carriage return is the mark we (or a spreadsheet) put there, not part of the name, so a sheet we wrote reads back
    /// the same. Any other leading apostrophe is kept.
    /// </summary>
    public static string Restore(string text) =>
        text.Length > 1 && text[0] == '\'' && text[1] is '=' or '+' or '-' or '@' or '\t' or '\r' ? text[1..] : text;

    // Quoted when the cell holds the separator, a quote or a line end; with ';' a decimal comma stays bare ("20,7").
    private static string Quote(string s, char separator) =>
        s.Contains(separator, StringComparison.Ordinal) || s.AsSpan().IndexOfAny("\"\r\n") >= 0 ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;
}
