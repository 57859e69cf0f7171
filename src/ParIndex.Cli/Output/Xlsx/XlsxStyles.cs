using System.Xml;

namespace ParIndex.Cli.Output.Xlsx;

/// <summary>The cell formats of a report workbook, registered as used and written as xl/styles.xml in a fixed order.</summary>
internal sealed class XlsxStyles
{
    /// <summary>The fonts: body, bold, title, small print (grey), italic note.</summary>
    public enum Font
    {
        Body = 0,
        Bold = 1,
        Title = 2,
        Small = 3,
        Note = 4,
    }

    private readonly List<string> _numberFormats = [];
    private readonly List<(Font Font, bool Fill, bool Border, int NumFmt, bool Wrap, bool Right)> _formats = [(Font.Body, false, false, 0, false, false)];

    /// <summary>The index of a cell format, added on first use.</summary>
    public int Of(Font font, bool fill = false, bool border = false, int numFmt = 0, bool wrap = false, bool right = false)
    {
        var key = (font, fill, border, numFmt, wrap, right);
        var i = _formats.IndexOf(key);
        if (i >= 0) return i;
        _formats.Add(key);
        return _formats.Count - 1;
    }

    /// <summary>The id of a number format: "0" for whole numbers, "0.00" for two decimals, "+0.00;-0.00;0.00" when signed.</summary>
    public int NumberFormat(int decimals, bool signed)
    {
        if (decimals == 0 && !signed) return 1;
        if (decimals == 2 && !signed) return 2;
        var body = decimals == 0 ? "0" : "0." + new string('0', decimals);
        var code = signed ? $"+{body};-{body};{body}" : body;
        var i = _numberFormats.IndexOf(code);
        if (i < 0)
        {
            _numberFormats.Add(code);
            i = _numberFormats.Count - 1;
        }
        return 164 + i;
    }

    /// <summary>The built-in text format "@": what a clerk types into a code cell stays text.</summary>
    public const int TextFormat = 49;

    public void Write(XmlWriter w)
    {
        const string ns = WorkbookWriter.MainNamespace;
        w.WriteStartElement("styleSheet", ns);
        if (_numberFormats.Count > 0)
        {
            w.WriteStartElement("numFmts", ns);
            w.WriteAttributeString("count", Count(_numberFormats.Count));
            for (var i = 0; i < _numberFormats.Count; i++)
            {
                w.WriteStartElement("numFmt", ns);
                w.WriteAttributeString("numFmtId", Count(164 + i));
                w.WriteAttributeString("formatCode", _numberFormats[i]);
                w.WriteEndElement();
            }
            w.WriteEndElement();
        }
        w.WriteStartElement("fonts", ns);
        w.WriteAttributeString("count", "5");
        WriteFont(w, 12, bold: false, italic: false, grey: false);
        WriteFont(w, 12, bold: true, italic: false, grey: false);
        WriteFont(w, 14, bold: true, italic: false, grey: false);
        WriteFont(w, 9, bold: false, italic: false, grey: true);
        WriteFont(w, 11, bold: false, italic: true, grey: false);
        w.WriteEndElement();

        w.WriteStartElement("fills", ns);
        w.WriteAttributeString("count", "3");
        WritePatternFill(w, "none", null);
        WritePatternFill(w, "gray125", null);
        WritePatternFill(w, "solid", "FFE7ECF2");
        w.WriteEndElement();

        w.WriteStartElement("borders", ns);
        w.WriteAttributeString("count", "2");
        w.WriteStartElement("border", ns);
        foreach (var side in new[] { "left", "right", "top", "bottom", "diagonal" }) w.WriteElementString(side, ns, null);
        w.WriteEndElement();
        w.WriteStartElement("border", ns);
        foreach (var side in new[] { "left", "right", "top", "bottom" })
        {
            w.WriteStartElement(side, ns);
            w.WriteAttributeString("style", "thin");
            w.WriteStartElement("color", ns);
            w.WriteAttributeString("rgb", "FF9AA5B1");
            w.WriteEndElement();
            w.WriteEndElement();
        }
        w.WriteElementString("diagonal", ns, null);
        w.WriteEndElement();
        w.WriteEndElement();

        w.WriteStartElement("cellStyleXfs", ns);
        w.WriteAttributeString("count", "1");
        w.WriteStartElement("xf", ns);
        foreach (var (name, value) in new[] { ("numFmtId", "0"), ("fontId", "0"), ("fillId", "0"), ("borderId", "0") }) w.WriteAttributeString(name, value);
        w.WriteEndElement();
        w.WriteEndElement();

        w.WriteStartElement("cellXfs", ns);
        w.WriteAttributeString("count", Count(_formats.Count));
        foreach (var f in _formats)
        {
            w.WriteStartElement("xf", ns);
            w.WriteAttributeString("numFmtId", Count(f.NumFmt));
            w.WriteAttributeString("fontId", Count((int)f.Font));
            w.WriteAttributeString("fillId", f.Fill ? "2" : "0");
            w.WriteAttributeString("borderId", f.Border ? "1" : "0");
            w.WriteAttributeString("xfId", "0");
            if (f.NumFmt != 0) w.WriteAttributeString("applyNumberFormat", "1");
            if (f.Font != Font.Body) w.WriteAttributeString("applyFont", "1");
            if (f.Fill) w.WriteAttributeString("applyFill", "1");
            if (f.Border) w.WriteAttributeString("applyBorder", "1");
            w.WriteAttributeString("applyAlignment", "1");
            w.WriteStartElement("alignment", ns);
            if (f.Right) w.WriteAttributeString("horizontal", "right");
            w.WriteAttributeString("vertical", "top");
            if (f.Wrap) w.WriteAttributeString("wrapText", "1");
            w.WriteEndElement();
            w.WriteEndElement();
        }
        w.WriteEndElement();

        w.WriteStartElement("cellStyles", ns);
        w.WriteAttributeString("count", "1");
        w.WriteStartElement("cellStyle", ns);
        w.WriteAttributeString("name", "Normal");
        w.WriteAttributeString("xfId", "0");
        w.WriteAttributeString("builtinId", "0");
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement();
    }

    private static void WriteFont(XmlWriter w, int size, bool bold, bool italic, bool grey)
    {
        const string ns = WorkbookWriter.MainNamespace;
        w.WriteStartElement("font", ns);
        if (bold) w.WriteElementString("b", ns, null);
        if (italic) w.WriteElementString("i", ns, null);
        w.WriteStartElement("sz", ns);
        w.WriteAttributeString("val", Count(size));
        w.WriteEndElement();
        w.WriteStartElement("color", ns);
        w.WriteAttributeString("rgb", grey ? "FF5F6B7A" : "FF000000");
        w.WriteEndElement();
        // Times New Roman: the font of Vietnamese administrative documents (Decree 30/2020), with every Vietnamese glyph.
        w.WriteStartElement("name", ns);
        w.WriteAttributeString("val", "Times New Roman");
        w.WriteEndElement();
        w.WriteStartElement("family", ns);
        w.WriteAttributeString("val", "1");
        w.WriteEndElement();
        w.WriteEndElement();
    }

    private static void WritePatternFill(XmlWriter w, string pattern, string? rgb)
    {
        const string ns = WorkbookWriter.MainNamespace;
        w.WriteStartElement("fill", ns);
        w.WriteStartElement("patternFill", ns);
        w.WriteAttributeString("patternType", pattern);
        if (rgb is not null)
        {
            w.WriteStartElement("fgColor", ns);
            w.WriteAttributeString("rgb", rgb);
            w.WriteEndElement();
            w.WriteStartElement("bgColor", ns);
            w.WriteAttributeString("indexed", "64");
            w.WriteEndElement();
        }
        w.WriteEndElement();
        w.WriteEndElement();
    }

    private static string Count(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
