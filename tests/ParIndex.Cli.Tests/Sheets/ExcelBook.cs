using System.Globalization;
using System.IO.Compression;
using System.Security;
using System.Text;

namespace ParIndex.Cli.Tests.Sheets;

/// <summary>
/// Writes .xlsx files the way Excel stores what a clerk typed: text in the shared string table, numbers with the
/// style of their number format (percent, date, Text), formulas with or without their cached value, inline strings
/// (as other tools write them), booleans, error values, merged cells, hidden rows and hidden sheets. The parts,
/// namespaces and number format ids are Excel's own, so the reader meets what it meets in the field.
/// </summary>
internal sealed class ExcelBook
{
    /// <summary>Style indexes of the book's cellXfs.</summary>
    public const int General = 0, Percent = 1, PercentTwoDecimals = 2, Date = 3, Text = 4, CustomPercent = 5;

    private readonly List<string> _shared = [];
    private readonly List<ExcelSheet> _sheets = [];

    public ExcelSheet Sheet(string name, bool hidden = false)
    {
        var sheet = new ExcelSheet(this, name, hidden);
        _sheets.Add(sheet);
        return sheet;
    }

    internal int Share(string text)
    {
        var i = _shared.IndexOf(text);
        if (i >= 0) return i;
        _shared.Add(text);
        return _shared.Count - 1;
    }

    public string Save(string path)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        Part(zip, "[Content_Types].xml",
            "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            + string.Concat(_sheets.Select((_, i) => $"<Override PartName=\"/xl/worksheets/sheet{i + 1}.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"))
            + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/><Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/></Types>");
        Part(zip, "_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        Part(zip, "xl/workbook.xml",
            "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><bookViews><workbookView/></bookViews><sheets>"
            + string.Concat(_sheets.Select((s, i) => $"<sheet name=\"{SecurityElement.Escape(s.Name)}\" sheetId=\"{i + 1}\"{(s.Hidden ? " state=\"hidden\"" : string.Empty)} r:id=\"rId{i + 3}\"/>"))
            + "</sheets></workbook>");
        // Excel numbers its relationships its own way: styles and shared strings first here, to show the reader follows ids.
        Part(zip, "xl/_rels/workbook.xml.rels",
            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
            + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
            + string.Concat(_sheets.Select((_, i) => $"<Relationship Id=\"rId{i + 3}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet{i + 1}.xml\"/>"))
            + "</Relationships>");
        Part(zip, "xl/styles.xml",
            "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"0.0&quot; %&quot;;[Red]\\-0.0%\"/></numFmts>"
            + "<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts><fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
            + "<borders count=\"1\"><border/></borders><cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"6\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/><xf numFmtId=\"9\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
            + "<xf numFmtId=\"10\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/><xf numFmtId=\"14\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
            + "<xf numFmtId=\"49\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/><xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/></cellXfs></styleSheet>");
        for (var i = 0; i < _sheets.Count; i++) Part(zip, $"xl/worksheets/sheet{i + 1}.xml", _sheets[i].Xml());
        Part(zip, "xl/sharedStrings.xml",
            $"<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"{_shared.Count}\" uniqueCount=\"{_shared.Count}\">"
            + string.Concat(_shared.Select(s => s.Trim() != s ? $"<si><t xml:space=\"preserve\">{SecurityElement.Escape(s)}</t></si>" : $"<si><t>{SecurityElement.Escape(s)}</t></si>"))
            + "</sst>");
        return path;
    }

    private static void Part(ZipArchive zip, string name, string xml)
    {
        using var w = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        w.Write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n" + xml);
    }
}

/// <summary>A sheet of an <see cref="ExcelBook"/>: cells by reference ("C3"), merged ranges, hidden rows.</summary>
internal sealed class ExcelSheet(ExcelBook book, string name, bool hidden)
{
    private readonly SortedDictionary<int, SortedDictionary<int, string>> _cells = [];
    private readonly List<string> _merged = [];
    private readonly HashSet<int> _hiddenRows = [];

    public string Name { get; } = name;

    public bool Hidden { get; } = hidden;

    /// <summary>Text as Excel stores what is typed in a cell: in the shared string table.</summary>
    public ExcelSheet Text(string cell, string text) => Put(cell, r => $"<c r=\"{r}\" t=\"s\"><v>{book.Share(text)}</v></c>");

    /// <summary>A row of shared-string texts from column A (empty strings skipped).</summary>
    public ExcelSheet Row(int row, params string[] texts)
    {
        for (var i = 0; i < texts.Length; i++)
            if (texts[i].Length > 0) Text(Col(i) + row.ToString(CultureInfo.InvariantCulture), texts[i]);
        return this;
    }

    /// <summary>Text as other tools write it: an inline string.</summary>
    public ExcelSheet Inline(string cell, string text) => Put(cell, r => $"<c r=\"{r}\" t=\"inlineStr\"><is><t>{SecurityElement.Escape(text)}</t></is></c>");

    /// <summary>A number, with the style of its number format.</summary>
    public ExcelSheet Number(string cell, string value, int style = ExcelBook.General) =>
        Put(cell, r => $"<c r=\"{r}\"{(style == 0 ? string.Empty : $" s=\"{style}\"")}><v>{value}</v></c>");

    public ExcelSheet Boolean(string cell, bool value) => Put(cell, r => $"<c r=\"{r}\" t=\"b\"><v>{(value ? 1 : 0)}</v></c>");

    public ExcelSheet Error(string cell, string value) => Put(cell, r => $"<c r=\"{r}\" t=\"e\"><v>{value}</v></c>");

    /// <summary>A formula and the value Excel cached when it last calculated (omitted: a tool that never calculated).</summary>
    public ExcelSheet Formula(string cell, string formula, string? cached, int style = ExcelBook.General, bool text = false) =>
        Put(cell, r => $"<c r=\"{r}\"{(style == 0 ? string.Empty : $" s=\"{style}\"")}{(text ? " t=\"str\"" : string.Empty)}><f>{SecurityElement.Escape(formula)}</f>{(cached is null ? string.Empty : $"<v>{cached}</v>")}</c>");

    /// <summary>Merges a range as Excel does: the value stays in the first cell, the others are emptied.</summary>
    public ExcelSheet Merge(string range)
    {
        var parts = range.Split(':');
        var (r1, c1) = Parse(parts[0]);
        var (r2, c2) = Parse(parts[1]);
        for (var r = r1; r <= r2; r++)
            for (var c = c1; c <= c2; c++)
                if ((r, c) != (r1, c1) && _cells.TryGetValue(r, out var row)) row.Remove(c);
        _merged.Add(range);
        return this;
    }

    public ExcelSheet HideRow(int row)
    {
        _hiddenRows.Add(row);
        return this;
    }

    public ExcelSheet Clear(string cell)
    {
        var (r, c) = Parse(cell);
        if (_cells.TryGetValue(r, out var row)) row.Remove(c);
        return this;
    }

    internal string Xml()
    {
        var b = new StringBuilder("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheetData>");
        foreach (var (r, cells) in _cells)
        {
            b.Append($"<row r=\"{r}\" spans=\"1:{cells.Keys.DefaultIfEmpty(0).Max() + 1}\"{(_hiddenRows.Contains(r) ? " hidden=\"1\"" : string.Empty)}>");
            foreach (var xml in cells.Values) b.Append(xml);
            b.Append("</row>");
        }
        b.Append("</sheetData>");
        if (_merged.Count > 0) b.Append($"<mergeCells count=\"{_merged.Count}\">").Append(string.Concat(_merged.Select(m => $"<mergeCell ref=\"{m}\"/>"))).Append("</mergeCells>");
        return b.Append("</worksheet>").ToString();
    }

    private ExcelSheet Put(string cell, Func<string, string> xml)
    {
        var (r, c) = Parse(cell);
        if (!_cells.TryGetValue(r, out var row)) _cells[r] = row = [];
        row[c] = xml(cell);
        return this;
    }

    internal static string Col(int index)
    {
        var name = string.Empty;
        for (index++; index > 0; index = (index - 1) / 26) name = (char)('A' + (index - 1) % 26) + name;
        return name;
    }

    private static (int Row, int Column) Parse(string cell)
    {
        var i = cell.TakeWhile(char.IsAsciiLetter).Count();
        var c = cell[..i].Aggregate(0, (a, ch) => a * 26 + (ch - 'A' + 1)) - 1;
        return (int.Parse(cell[i..], CultureInfo.InvariantCulture), c);
    }
}
