using System.Globalization;
using System.Text;
using System.Xml;
using ParIndex.Engine.Reports;
using Font = ParIndex.Cli.Output.Xlsx.XlsxStyles.Font;

namespace ParIndex.Cli.Output.Xlsx;

/// <summary>
/// One section laid out on a sheet: the title block, the section's heading and paragraphs, then each table (header,
/// rows, footnotes). Widths fit the longest cell of each column within bounds; wrapped rows get the height their
/// lines need, so nothing is cut on screen or on paper.
/// </summary>
internal sealed class XlsxSheetLayout
{
    private const int MinWidth = 6;
    private const int MaxWrapWidth = 44;
    private const int MaxTextWidth = 36;
    private readonly List<Row> _rows = [];
    private readonly List<(int Row, int FirstColumn, int LastColumn)> _merges = [];
    private readonly double[] _widths;
    private readonly int _frozenColumns;

    public XlsxSheetLayout(string name, ReportHeading heading, ReportSection section, XlsxStyles styles, XlsxSharedStrings strings)
    {
        Name = name;
        var columnCount = Math.Max(4, section.Tables.Count == 0 ? 1 : section.Tables.Max(t => t.Columns.Count));
        _widths = Widths(section, columnCount);
        var total = _widths.Sum();
        // A narrow table (the bands) would squeeze the title block into many lines: its columns share the difference.
        if (total < 80)
            for (var i = 0; i < _widths.Length; i++) _widths[i] += (80 - total) / _widths.Length;

        void Block(string text, Font font, bool wrap = true)
        {
            var clean = Clean(text);
            var lines = wrap ? Lines(clean, _widths.Sum(), font) : 1;
            var row = AddRow(font == Font.Title ? null : lines);
            row.Cells.Add(new Cell(0, strings.Add(clean), null, styles.Of(font, wrap: wrap)));
            _merges.Add((row.Index, 0, columnCount - 1));
        }

        var lines = heading.Lines();
        Block(lines[0], Font.Title, wrap: false);
        foreach (var line in lines.Skip(1)) Block(line, line == lines[1] ? Font.Bold : Font.Body);
        Block(heading.SmallPrint, Font.Small);
        AddRow(null);
        Block(section.Title, Font.Bold);
        foreach (var p in section.Paragraphs) Block(p, Font.Body);

        foreach (var table in section.Tables)
        {
            AddRow(null);
            if (section.Tables.Count > 1) Block(table.Title, Font.Bold);
            var numeric = Enumerable.Range(0, table.Columns.Count).Select(table.IsNumeric).ToArray();
            var header = AddRow(null);
            var headerLines = 1;
            for (var i = 0; i < table.Columns.Count; i++)
            {
                var text = Clean(table.Columns[i].Header);
                headerLines = Math.Max(headerLines, Lines(text, _widths[i], Font.Bold));
                header.Cells.Add(new Cell(i, strings.Add(text), null, styles.Of(Font.Bold, fill: true, border: true, wrap: true, right: numeric[i])));
            }
            header.Height = WorkbookWriter.Height(headerLines);
            if (HeaderRow == 0)
            {
                HeaderRow = header.Index;
                var keyWidth = _widths.Take(table.KeyColumns).Sum();
                _frozenColumns = keyWidth <= 40 ? table.KeyColumns : 0;
            }
            foreach (var r in table.Rows)
            {
                var row = AddRow(null);
                var rowLines = 1;
                for (var i = 0; i < table.Columns.Count; i++)
                {
                    var cell = i < r.Cells.Count ? r.Cells[i] : ReportCell.Empty;
                    var font = r.IsTotal ? Font.Bold : Font.Body;
                    var wrap = table.Columns[i].Wrap || cell.Kind == CellKind.Text;
                    switch (cell.Kind)
                    {
                        case CellKind.Number:
                            row.Cells.Add(new Cell(i, null, cell.Value, styles.Of(font, border: true, numFmt: styles.NumberFormat(cell.Decimals, cell.Signed), right: true)));
                            break;
                        case CellKind.Code:
                            row.Cells.Add(new Cell(i, strings.Add(Clean(cell.TextValue!)), null, styles.Of(font, border: true, numFmt: XlsxStyles.TextFormat)));
                            break;
                        case CellKind.Text:
                            var text = Clean(cell.TextValue!);
                            rowLines = Math.Max(rowLines, Lines(text, _widths[i], font));
                            row.Cells.Add(new Cell(i, strings.Add(text), null, styles.Of(font, border: true, wrap: wrap)));
                            break;
                        default:
                            row.Cells.Add(new Cell(i, null, null, styles.Of(font, border: true)));
                            break;
                    }
                }
                if (rowLines > 1) row.Height = WorkbookWriter.Height(rowLines);
            }
            foreach (var note in table.Notes) Block(note, Font.Note);
        }
    }

    public string Name { get; }

    /// <summary>How many rows the sheet has.</summary>
    public int RowCount => _rows.Count;

    /// <summary>The 1-based row of the first table's header (repeated on every printed page); 0 when none.</summary>
    public int HeaderRow { get; }

    /// <summary>Text as XML can hold it: control characters (other than line breaks and tabs) replaced.</summary>
    internal static string Clean(string text)
    {
        var safe = SafeText.MultiLine(text);
        if (!safe.Any(char.IsSurrogate)) return safe;
        var sb = new StringBuilder(safe.Length);
        for (var i = 0; i < safe.Length; i++)
        {
            if (char.IsHighSurrogate(safe[i]) && i + 1 < safe.Length && char.IsLowSurrogate(safe[i + 1])) sb.Append(safe[i]).Append(safe[++i]);
            else sb.Append(char.IsSurrogate(safe[i]) ? SafeText.Replacement : safe[i]);
        }
        return sb.ToString();
    }

    public void Write(XmlWriter w)
    {
        const string ns = WorkbookWriter.MainNamespace;
        var lastColumn = _widths.Length - 1;
        w.WriteStartElement("worksheet", ns);
        w.WriteAttributeString("xmlns", "r", null, "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
        w.WriteStartElement("sheetPr", ns);
        w.WriteStartElement("pageSetUpPr", ns);
        w.WriteAttributeString("fitToPage", "1");
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteStartElement("dimension", ns);
        w.WriteAttributeString("ref", $"A1:{Column(lastColumn)}{Math.Max(1, _rows.Count)}");
        w.WriteEndElement();

        w.WriteStartElement("sheetViews", ns);
        w.WriteStartElement("sheetView", ns);
        w.WriteAttributeString("workbookViewId", "0");
        if (HeaderRow > 0)
        {
            var topLeft = $"{Column(_frozenColumns)}{HeaderRow + 1}";
            var pane = _frozenColumns > 0 ? "bottomRight" : "bottomLeft";
            w.WriteStartElement("pane", ns);
            if (_frozenColumns > 0) w.WriteAttributeString("xSplit", Number(_frozenColumns));
            w.WriteAttributeString("ySplit", Number(HeaderRow));
            w.WriteAttributeString("topLeftCell", topLeft);
            w.WriteAttributeString("activePane", pane);
            w.WriteAttributeString("state", "frozen");
            w.WriteEndElement();
            w.WriteStartElement("selection", ns);
            w.WriteAttributeString("pane", pane);
            w.WriteAttributeString("activeCell", topLeft);
            w.WriteAttributeString("sqref", topLeft);
            w.WriteEndElement();
        }
        w.WriteEndElement();
        w.WriteEndElement();

        w.WriteStartElement("sheetFormatPr", ns);
        w.WriteAttributeString("defaultRowHeight", Number(WorkbookWriter.Height(1)));
        w.WriteEndElement();

        w.WriteStartElement("cols", ns);
        for (var i = 0; i < _widths.Length; i++)
        {
            w.WriteStartElement("col", ns);
            w.WriteAttributeString("min", Number(i + 1));
            w.WriteAttributeString("max", Number(i + 1));
            w.WriteAttributeString("width", Number(Math.Round(_widths[i], 2)));
            w.WriteAttributeString("customWidth", "1");
            w.WriteEndElement();
        }
        w.WriteEndElement();

        w.WriteStartElement("sheetData", ns);
        foreach (var row in _rows)
        {
            w.WriteStartElement("row", ns);
            w.WriteAttributeString("r", Number(row.Index));
            if (row.Height is { } h)
            {
                w.WriteAttributeString("ht", Number(h));
                w.WriteAttributeString("customHeight", "1");
            }
            foreach (var cell in row.Cells)
            {
                w.WriteStartElement("c", ns);
                w.WriteAttributeString("r", $"{Column(cell.Column)}{row.Index}");
                if (cell.Style != 0) w.WriteAttributeString("s", Number(cell.Style));
                if (cell.SharedString is { } s)
                {
                    w.WriteAttributeString("t", "s");
                    w.WriteElementString("v", ns, Number(s));
                }
                else if (cell.Value is { } v)
                {
                    w.WriteElementString("v", ns, v.ToString(CultureInfo.InvariantCulture));
                }
                w.WriteEndElement();
            }
            w.WriteEndElement();
        }
        w.WriteEndElement();

        if (_merges.Count > 0)
        {
            w.WriteStartElement("mergeCells", ns);
            w.WriteAttributeString("count", Number(_merges.Count));
            foreach (var (row, first, last) in _merges)
            {
                w.WriteStartElement("mergeCell", ns);
                w.WriteAttributeString("ref", $"{Column(first)}{row}:{Column(last)}{row}");
                w.WriteEndElement();
            }
            w.WriteEndElement();
        }

        w.WriteStartElement("printOptions", ns);
        w.WriteAttributeString("horizontalCentered", "1");
        w.WriteEndElement();
        w.WriteStartElement("pageMargins", ns);
        foreach (var (side, value) in new[] { ("left", "0.5"), ("right", "0.5"), ("top", "0.6"), ("bottom", "0.7"), ("header", "0.3"), ("footer", "0.3") })
            w.WriteAttributeString(side, value);
        w.WriteEndElement();
        w.WriteStartElement("pageSetup", ns);
        w.WriteAttributeString("paperSize", "9");
        w.WriteAttributeString("orientation", "landscape");
        w.WriteAttributeString("fitToWidth", "1");
        w.WriteAttributeString("fitToHeight", "0");
        w.WriteEndElement();
        w.WriteStartElement("headerFooter", ns);
        w.WriteElementString("oddFooter", ns, $"&L&8{FooterText(Name)}&R&8Trang &P/&N");
        w.WriteEndElement();
        w.WriteEndElement();
    }

    private static string FooterText(string text) => text.Replace("&", "&&", StringComparison.Ordinal);

    private Row AddRow(int? lines)
    {
        var row = new Row(_rows.Count + 1) { Height = lines is > 1 ? WorkbookWriter.Height(lines.Value) : null };
        _rows.Add(row);
        return row;
    }

    private static double[] Widths(ReportSection section, int columnCount)
    {
        var widths = new double[columnCount];
        for (var i = 0; i < columnCount; i++) widths[i] = MinWidth;
        foreach (var table in section.Tables)
        {
            for (var i = 0; i < table.Columns.Count; i++)
            {
                var column = table.Columns[i];
                var numeric = table.IsNumeric(i);
                var content = table.Rows.Select(r => (Cell: i < r.Cells.Count ? r.Cells[i] : ReportCell.Empty, Font: r.IsTotal ? Font.Bold : Font.Body))
                    .Select(x => x.Cell.Kind == CellKind.Number ? Display(x.Cell).Length * 1.1 : TextWidth(Clean(x.Cell.TextValue ?? string.Empty), x.Font))
                    .DefaultIfEmpty(0).Max();
                // A header wraps onto at most three lines; its longest word never breaks.
                var headerText = Clean(column.Header);
                var longestWord = headerText.Split(' ').Max(word => TextWidth(word, Font.Bold));
                var header = Math.Max(longestWord, Math.Min(TextWidth(headerText, Font.Bold), numeric ? 12 : 20));
                var cap = column.Wrap ? MaxWrapWidth : numeric ? 16 : MaxTextWidth;
                var width = Math.Min(cap, Math.Max(content, header)) + 3;
                widths[i] = Math.Max(widths[i], Math.Max(MinWidth, width));
            }
        }
        return widths;
    }

    /// <summary>A number as Excel shows it with its format ("+2.50").</summary>
    private static string Display(ReportCell cell)
    {
        var text = Math.Round(cell.Value, cell.Decimals, MidpointRounding.AwayFromZero).ToString("F" + Number(cell.Decimals), CultureInfo.InvariantCulture);
        return cell.Signed && cell.Value > 0m ? "+" + text : text;
    }

    /// <summary>The width of text in character units of the body font (bold and larger fonts take more).</summary>
    private static double TextWidth(string text, Font font)
    {
        var width = 0.0;
        var e = StringInfo.GetTextElementEnumerator(text.Normalize(NormalizationForm.FormC));
        while (e.MoveNext())
        {
            var s = e.GetTextElement();
            var c = s[0];
            width += char.IsUpper(c) || c is 'm' or 'w' or 'M' or 'W' or 'Đ' ? 1.25 : c is 'i' or 'l' or 'j' or 't' or 'f' or 'r' or '.' or ',' or ' ' or '(' or ')' or '-' or ':' or ';' or '\'' ? 0.55 : 0.95;
        }
        return font switch
        {
            Font.Bold => width * 1.1,
            Font.Title => width * 1.3,
            Font.Small => width * 0.8,
            Font.Note => width * 0.92,
            _ => width,
        };
    }

    /// <summary>How many lines text takes in a column of <paramref name="width"/> character units, words kept whole.</summary>
    private static int Lines(string text, double width, Font font)
    {
        var usable = Math.Max(1.0, width - 1.5);
        var lines = 0;
        foreach (var paragraph in text.Split('\n'))
        {
            var line = 0.0;
            var count = 1;
            foreach (var word in paragraph.Split(' '))
            {
                var w = TextWidth(word, font);
                var space = line == 0 ? 0 : TextWidth(" ", font);
                if (line > 0 && line + space + w > usable)
                {
                    count++;
                    line = w;
                }
                else line += space + w;
                while (line > usable)
                {
                    count++;
                    line -= usable;
                }
            }
            lines += count;
        }
        return lines;
    }

    internal static string Column(int index) => Inputs.CellRange.ColumnName(index);

    private static string Number(double value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private sealed class Row(int index)
    {
        public int Index { get; } = index;

        public double? Height { get; set; }

        public List<Cell> Cells { get; } = [];
    }

    private readonly record struct Cell(int Column, int? SharedString, decimal? Value, int Style);
}
