using System.Text;

namespace ParIndex.Cli.Inputs;

/// <summary>
/// CSV as spreadsheets write it (RFC 4180: quotes around cells with separators, quotes or line breaks; doubled
/// quotes inside). Read: UTF-8 with or without a BOM; the separator is ';' when the first line has a ';' and no ',',
/// else ','. Written: ',' separated, or ';' with a decimal-comma culture (--culture vi-VN), UTF-8.
/// </summary>
internal static class CsvFile
{
    public static InputSheet Read(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path, new UTF8Encoding(false, throwOnInvalidBytes: true));
        }
        catch (DecoderFallbackException)
        {
            throw new CliException($"{path}: not UTF-8 text; save the sheet as 'CSV UTF-8'");
        }
        return new InputSheet(path, null, Parse(text, path), [], []);
    }

    /// <summary>The rows of a CSV text; the last row is marked <see cref="SheetRow.CutShort"/> when no line end follows it.</summary>
    public static IReadOnlyList<SheetRow> Parse(string text, string name)
    {
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        var firstLineEnd = text.IndexOfAny(['\r', '\n']);
        var firstLine = firstLineEnd < 0 ? text : text[..firstLineEnd];
        var separator = firstLine.Contains(';', StringComparison.Ordinal) && !firstLine.Contains(',', StringComparison.Ordinal) ? ';' : ',';
        var rows = new List<SheetRow>();
        var cells = new List<string>();
        var cell = new StringBuilder();
        var row = 1;
        var rowStart = 1;
        var line = 1;
        var quoted = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        cell.Append('"');
                        i += 2;
                        continue;
                    }
                    quoted = false;
                }
                else
                {
                    if (c == '\n') line++;
                    cell.Append(c);
                }
                i++;
                continue;
            }
            if (c == '"' && cell.Length == 0) quoted = true;
            else if (c == separator)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                cells.Add(cell.ToString());
                cell.Clear();
                if (cells.Any(x => x.Length > 0)) rows.Add(SheetRow.OfText(rowStart, cells));
                cells.Clear();
                line++;
                row++;
                rowStart = line;
            }
            else cell.Append(c);
            i++;
        }
        if (quoted) throw new CliException($"{name}: row {rowStart}: a quoted cell is not closed (a '\"' is missing)");
        cells.Add(cell.ToString());
        // No line end after the last row: a file cut short (a copy stopped, a download interrupted) ends like this.
        if (cells.Any(x => x.Length > 0)) rows.Add(SheetRow.OfText(rowStart, cells, cutShort: true));
        _ = row;
        return rows;
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

    /// <summary>Writes a file as UTF-8 with a BOM, so that Excel shows the Vietnamese correctly.</summary>
    public static void WriteFile(string path, IEnumerable<IReadOnlyList<string>> rows, char separator = ',') =>
        File.WriteAllText(path, ToText(rows, separator), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

    // Quoted when the cell holds the separator, a quote or a line end; with ';' a decimal comma stays bare ("20,7").
    private static string Quote(string s, char separator) =>
        s.Contains(separator, StringComparison.Ordinal) || s.AsSpan().IndexOfAny("\"\r\n") >= 0 ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;
}
