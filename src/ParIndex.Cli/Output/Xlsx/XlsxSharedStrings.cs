using System.Xml;

namespace ParIndex.Cli.Output.Xlsx;

/// <summary>The workbook's shared strings, in order of first use.</summary>
internal sealed class XlsxSharedStrings
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly List<string> _strings = [];
    private int _uses;

    public int Add(string text)
    {
        _uses++;
        if (_index.TryGetValue(text, out var i)) return i;
        _index[text] = _strings.Count;
        _strings.Add(text);
        return _strings.Count - 1;
    }

    public void Write(XmlWriter w)
    {
        const string ns = WorkbookWriter.MainNamespace;
        w.WriteStartElement("sst", ns);
        w.WriteAttributeString("count", _uses.ToString(System.Globalization.CultureInfo.InvariantCulture));
        w.WriteAttributeString("uniqueCount", _strings.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var s in _strings)
        {
            w.WriteStartElement("si", ns);
            w.WriteStartElement("t", ns);
            if (s.Length > 0 && (char.IsWhiteSpace(s[0]) || char.IsWhiteSpace(s[^1]) || s.Contains('\n', StringComparison.Ordinal)))
                w.WriteAttributeString("xml", "space", "http://www.w3.org/XML/1998/namespace", "preserve");
            w.WriteString(s);
            w.WriteEndElement();
            w.WriteEndElement();
        }
        w.WriteEndElement();
    }
}
