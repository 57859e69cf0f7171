using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;

namespace ParIndex.Cli.Inputs;

/// <summary>
/// Reads the input sheet of an .xlsx workbook with the number formats and data types Excel stored, streaming the XML
/// part by part (System.IO.Compression and XmlReader, no workbook object model), so that every declared limit of
/// <see cref="XlsxLimits"/> is checked before anything large is held in memory.
/// <para>
/// Why not a library's "rows of values" API: a clerk's 80% is stored as 0.8 with a percent format, and "1/10" typed in a
/// General cell is stored as the number 46296 with a date format; only the cell's style tells them apart. The reader
/// keeps, for each cell, the text, what was stored (text, number, date, boolean, error, formula without value) and
/// whether the format is a percent; <see cref="InputSheetReader"/> decides what each means in its column.
/// </para>
/// </summary>
internal static class XlsxReader
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    /// <summary>Reads the input sheet: the one named <see cref="XlsxFile.InputSheet"/>, else the first visible sheet.</summary>
    public static InputSheet Read(string path, XlsxLimits? limits = null)
    {
        limits ??= XlsxLimits.Default;
        var info = new FileInfo(path);
        if (info.Length > limits.MaxFileBytes)
            throw new CliException($"{path}: the workbook is {N(info.Length)} bytes; the limit is {N(limits.MaxFileBytes)} (see docs/reliability.md)");
        ZipArchive zip;
        try
        {
            zip = ZipFile.OpenRead(path);
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            throw new CliException($"{path}: not an Excel workbook (.xlsx): {e.Message}");
        }
        using (zip)
        {
            try
            {
                return Read(path, zip, limits);
            }
            catch (XmlException e)
            {
                throw new CliException($"{path}: not an Excel workbook (.xlsx): a part is not well-formed XML ({e.Message})");
            }
            catch (InvalidDataException e)
            {
                throw new CliException($"{path}: not an Excel workbook (.xlsx): {e.Message}");
            }
        }
    }

    private static InputSheet Read(string path, ZipArchive zip, XlsxLimits limits)
    {
        var warnings = new List<string>();
        var workbook = zip.GetEntry("xl/workbook.xml") ?? throw new CliException($"{path}: not an Excel workbook (.xlsx): it has no xl/workbook.xml");
        var sheets = new List<(string Name, string Id, bool Hidden)>();
        using (var xml = Open(path, workbook, limits.MaxPartBytes, limits))
        {
            while (xml.Read())
            {
                if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "sheet") continue;
                var id = RelationshipId(xml) ?? string.Empty;
                var state = xml.GetAttribute("state");
                sheets.Add((xml.GetAttribute("name") ?? string.Empty, id, state is "hidden" or "veryHidden"));
            }
        }
        if (sheets.Count == 0) throw new CliException($"{path}: the workbook has no sheet");
        var targets = Relationships(path, zip, limits);
        var chosen = sheets.FindIndex(s => s.Name == XlsxFile.InputSheet);
        if (chosen < 0)
        {
            chosen = sheets.FindIndex(s => !s.Hidden);
            if (chosen < 0) throw new CliException($"{path}: every sheet of the workbook is hidden; unhide the input sheet");
            foreach (var hidden in sheets.Take(chosen))
                warnings.Add($"{path}: trang bị ẩn — sheet '{hidden.Name}' is hidden and was not read; reading the first visible sheet, '{sheets[chosen].Name}' (unhide it or name the input sheet '{XlsxFile.InputSheet}' to read another)");
        }
        var sheet = sheets[chosen];
        if (!targets.TryGetValue(sheet.Id, out var target)) throw new CliException($"{path}: sheet '{sheet.Name}' has no part in the workbook");
        var entry = zip.GetEntry(target) ?? throw new CliException($"{path}: sheet '{sheet.Name}': the part {target} is missing");

        var styles = Styles(path, zip, targets, limits);
        var shared = SharedStrings(path, zip, targets, limits);
        var (rows, merged) = Cells(path, sheet.Name, entry, styles, shared, limits);
        return new InputSheet(path, sheet.Name, rows, merged, warnings);
    }

    /// <summary>The workbook's relationships: id → part path ("xl/worksheets/sheet1.xml"), plus the types "styles" and "sharedStrings".</summary>
    private static Dictionary<string, string> Relationships(string path, ZipArchive zip, XlsxLimits limits)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        if (zip.GetEntry("xl/_rels/workbook.xml.rels") is not { } rels) return map;
        using var xml = Open(path, rels, limits.MaxPartBytes, limits);
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "Relationship") continue;
            var target = xml.GetAttribute("Target") ?? string.Empty;
            target = target.StartsWith('/') ? target[1..] : "xl/" + target;
            if (xml.GetAttribute("Id") is { } id) map[id] = target;
            var type = xml.GetAttribute("Type") ?? string.Empty;
            if (type.EndsWith("/styles", StringComparison.Ordinal)) map["#styles"] = target;
            if (type.EndsWith("/sharedStrings", StringComparison.Ordinal)) map["#sharedStrings"] = target;
        }
        return map;
    }

    /// <summary>The cell styles (cellXfs), each as what its number format shows: a percent, a date, or plain.</summary>
    private static List<(bool Percent, bool Date)> Styles(string path, ZipArchive zip, Dictionary<string, string> targets, XlsxLimits limits)
    {
        var formats = new Dictionary<int, string>();
        var styles = new List<(bool, bool)>();
        var entry = zip.GetEntry(targets.GetValueOrDefault("#styles", "xl/styles.xml"));
        if (entry is null) return styles;
        using var xml = Open(path, entry, limits.MaxPartBytes, limits);
        var inCellXfs = false;
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.EndElement && xml.LocalName == "cellXfs") inCellXfs = false;
            if (xml.NodeType != XmlNodeType.Element) continue;
            switch (xml.LocalName)
            {
                case "numFmt" when int.TryParse(xml.GetAttribute("numFmtId"), NumberStyles.None, CultureInfo.InvariantCulture, out var id):
                    formats[id] = xml.GetAttribute("formatCode") ?? string.Empty;
                    break;
                case "cellXfs":
                    inCellXfs = !xml.IsEmptyElement;
                    break;
                case "xf" when inCellXfs:
                    _ = int.TryParse(xml.GetAttribute("numFmtId"), NumberStyles.None, CultureInfo.InvariantCulture, out var fmt);
                    styles.Add(Classify(fmt, formats.GetValueOrDefault(fmt)));
                    break;
            }
        }
        return styles;
    }

    /// <summary>Whether a number format shows a percent or a date: the built-in ids, else the format code's letters outside quotes.</summary>
    internal static (bool Percent, bool Date) Classify(int id, string? code)
    {
        if (code is null)
            return (id is 9 or 10, id is (>= 14 and <= 22) or (>= 27 and <= 36) or (>= 45 and <= 47) or (>= 50 and <= 58));
        var bare = new StringBuilder();
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            if (c == '"') { i = code.IndexOf('"', i + 1) is var end && end < 0 ? code.Length : end; continue; }
            if (c is '\\' or '_' or '*') { i++; continue; }
            if (c == '[')
            {
                var close = code.IndexOf(']', i + 1);
                var inside = close < 0 ? string.Empty : code[(i + 1)..close].ToLowerInvariant();
                if (inside is "h" or "hh" or "m" or "mm" or "s" or "ss") bare.Append('h'); // elapsed time
                i = close < 0 ? code.Length : close;
                continue;
            }
            bare.Append(char.ToLowerInvariant(c));
        }
        var text = bare.ToString();
        if (text == "general") return (false, false);
        if (text.Contains('%', StringComparison.Ordinal)) return (true, false);
        return (false, text.AsSpan().IndexOfAny("dmyhs") >= 0 && !text.Contains("general", StringComparison.Ordinal));
    }

    private static List<string> SharedStrings(string path, ZipArchive zip, Dictionary<string, string> targets, XlsxLimits limits)
    {
        var strings = new List<string>();
        var entry = zip.GetEntry(targets.GetValueOrDefault("#sharedStrings", "xl/sharedStrings.xml"));
        if (entry is null) return strings;
        using var xml = Open(path, entry, limits.MaxPartBytes, limits);
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "si") continue;
            if (strings.Count >= limits.MaxSharedStrings)
                throw new CliException($"{path}: more than {N(limits.MaxSharedStrings)} shared strings; the limit is {N(limits.MaxSharedStrings)} (see docs/reliability.md)");
            strings.Add(xml.IsEmptyElement ? string.Empty : RichText(xml, path, limits));
        }
        return strings;
    }

    /// <summary>The text of an &lt;si&gt; or &lt;is&gt; element: its &lt;t&gt; runs, without phonetic runs (&lt;rPh&gt;).</summary>
    private static string RichText(XmlReader xml, string path, XlsxLimits limits)
    {
        var depth = xml.Depth;
        var text = new StringBuilder();
        var skip = -1;
        while (xml.Read() && xml.Depth > depth)
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "rPh" && !xml.IsEmptyElement) skip = xml.Depth;
            else if (xml.NodeType == XmlNodeType.EndElement && xml.Depth == skip) skip = -1;
            else if (skip < 0 && xml.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace)
            {
                text.Append(xml.Value);
                if (text.Length > limits.MaxCellChars)
                    throw new CliException($"{path}: a text of more than {N(limits.MaxCellChars)} characters; the limit is Excel's own, {N(limits.MaxCellChars)}");
            }
        }
        return text.ToString();
    }

    private static (List<SheetRow> Rows, List<CellRange> Merged) Cells(string path, string sheetName, ZipArchiveEntry entry, List<(bool Percent, bool Date)> styles, List<string> shared, XlsxLimits limits)
    {
        var rows = new List<SheetRow>();
        var merged = new List<CellRange>();
        long cells = 0;
        var rowCount = 0;
        var lastRow = 0;
        using var xml = Open(path, entry, limits.MaxSheetBytes, limits);
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element) continue;
            if (xml.LocalName == "mergeCell" && xml.GetAttribute("ref") is { } reference && CellRange.Parse(reference) is { } range)
            {
                merged.Add(range);
                continue;
            }
            if (xml.LocalName != "row") continue;
            if (++rowCount > limits.MaxRows)
                throw new CliException($"{path}: sheet '{sheetName}' has more than {N(limits.MaxRows)} rows; the limit is {N(limits.MaxRows)} (see docs/reliability.md)");
            var number = int.TryParse(xml.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var r) && r > 0 ? r : lastRow + 1;
            lastRow = number;
            var hidden = xml.GetAttribute("hidden") is "1" or "true";
            var row = new List<SheetCell>();
            if (!xml.IsEmptyElement)
            {
                var depth = xml.Depth;
                while (xml.Read() && xml.Depth > depth)
                {
                    if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "c") continue;
                    var column = xml.GetAttribute("r") is { } cr && CellRange.TryParseCell(cr, out _, out var c) ? c : row.Count;
                    var cell = Cell(xml, path, styles, shared, limits);
                    if (cell.IsEmpty) continue;
                    if (column < row.Count)
                        throw new CliException($"{path}: sheet '{sheetName}', cell {CellRange.ColumnName(column)}{number}: the cell appears twice in its row; the workbook is damaged");
                    cells += column + 1 - row.Count;
                    if (cells > limits.MaxCells)
                        throw new CliException($"{path}: sheet '{sheetName}' has more than {N(limits.MaxCells)} cells (counting each row up to its last value); the limit is {N(limits.MaxCells)} (see docs/reliability.md)");
                    while (row.Count < column) row.Add(SheetCell.Empty);
                    row.Add(cell);
                }
            }
            if (row.Count > 0) rows.Add(new SheetRow(number, row, hidden));
        }
        return (rows, merged);
    }

    /// <summary>One &lt;c&gt; element, the reader on it; leaves the reader at its end.</summary>
    private static SheetCell Cell(XmlReader xml, string path, List<(bool Percent, bool Date)> styles, List<string> shared, XlsxLimits limits)
    {
        var type = xml.GetAttribute("t") ?? "n";
        var style = int.TryParse(xml.GetAttribute("s"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) && s < styles.Count ? styles[s] : default;
        string? value = null;
        string? inline = null;
        var formula = false;
        if (!xml.IsEmptyElement)
        {
            var depth = xml.Depth;
            while (xml.Read() && xml.Depth > depth)
            {
                if (xml.NodeType != XmlNodeType.Element) continue;
                switch (xml.LocalName)
                {
                    case "v":
                        value = xml.IsEmptyElement ? string.Empty : RichText(xml, path, limits);
                        break;
                    case "f":
                        formula = true;
                        break;
                    case "is":
                        inline = xml.IsEmptyElement ? string.Empty : RichText(xml, path, limits);
                        break;
                }
            }
        }
        if (type == "inlineStr") return new SheetCell(inline ?? value ?? string.Empty);
        if (value is null || (value.Length == 0 && type != "str"))
            return formula ? new SheetCell("=…", CellKind.FormulaWithoutValue) : SheetCell.Empty;
        switch (type)
        {
            case "s":
                return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < shared.Count
                    ? new SheetCell(shared[i])
                    : throw new CliException($"{path}: a cell refers to shared string {value}, which does not exist; the workbook is damaged");
            case "str":
                return new SheetCell(value);
            case "b":
                return new SheetCell(value is "1" or "true" ? "TRUE" : "FALSE", CellKind.Boolean);
            case "e":
                return new SheetCell(value, CellKind.Error);
            case "d":
                return new SheetCell(value, CellKind.Date);
        }
        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            return new SheetCell(value);
        if (style.Date)
        {
            var shown = number is >= 0 and < 2958466 ? DateTime.FromOADate(number).ToString(number % 1 == 0 ? "d/M/yyyy" : "d/M/yyyy HH:mm", CultureInfo.InvariantCulture) : value;
            return new SheetCell(shown, CellKind.Date);
        }
        return new SheetCell(Exact(number), CellKind.Number, style.Percent);
    }

    /// <summary>A stored double as the decimal Excel shows: 15 significant digits (0.30000000000000004 is 0.3).</summary>
    internal static string Exact(double number)
    {
        var shown = number.ToString("G15", CultureInfo.InvariantCulture);
        return decimal.TryParse(shown, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
            ? d.ToString("0.############################", CultureInfo.InvariantCulture)
            : shown;
    }

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string? RelationshipId(XmlReader xml)
    {
        if (!xml.MoveToFirstAttribute()) return null;
        string? id = null;
        do
        {
            if (xml.LocalName == "id" && xml.NamespaceURI.Contains("relationships", StringComparison.Ordinal)) id = xml.Value;
        }
        while (xml.MoveToNextAttribute());
        xml.MoveToElement();
        return id;
    }

    private static XmlReader Open(string path, ZipArchiveEntry entry, long maxBytes, XlsxLimits limits)
    {
        _ = limits;
        if (entry.Length > maxBytes)
            throw new CliException($"{path}: the part {entry.FullName} inflates to {N(entry.Length)} bytes; the limit is {N(maxBytes)} (see docs/reliability.md)");
        var stream = new BoundedStream(entry.Open(), maxBytes, () => new CliException($"{path}: the part {entry.FullName} inflates to more than {N(maxBytes)} bytes; the limit is {N(maxBytes)} (see docs/reliability.md)"));
        return XmlReader.Create(stream, Settings);
    }
}
