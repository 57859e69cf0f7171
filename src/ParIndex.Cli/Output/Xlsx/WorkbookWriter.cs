using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using ParIndex.Engine.Reports;

namespace ParIndex.Cli.Output.Xlsx;

/// <summary>
/// A report as an Excel workbook a district can print as it is: a sheet per section, each with the title block
/// (framework, issuer, year, stage, legal basis, date generated, content hash in small print), Vietnamese headers,
/// numbers stored as numbers with a display format (2 decimals, signed for changes), codes stored as text, widths that
/// fit the names, frozen header, and print setup (A4 landscape, all columns on one page wide, the header row repeated,
/// page numbers in the footer).
/// </summary>
/// <remarks>
/// SpreadsheetML is written directly with <see cref="XmlWriter"/> into a <see cref="ZipArchive"/>: the bytes are the
/// same for the same report (fixed part order, fixed relationship ids, every zip entry stamped 1980-01-01, no random
/// ids, the date generated taken from the report), which a packaging library's generated ids and clock stamps do not
/// give; it also keeps the tool free of a 6 MB dependency. The tests read the result with the Open XML SDK and
/// validate it against the schema, an independent reader.
/// </remarks>
internal sealed class WorkbookWriter : IReportWriter
{
    public const string MainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string RelNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string PackageRelNamespace = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const double LineHeight = 16.5;
    private const int MaxRows = 1_048_576;
    private static readonly DateTimeOffset ZipTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public string Format => "xlsx";

    public void Write(Report report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var styles = new XlsxStyles();
        var strings = new XlsxSharedStrings();
        var names = SheetNames(report.Sections);
        var sheets = report.Sections.Select((s, i) => new XlsxSheetLayout(names[i], report.Heading, s, styles, strings)).ToList();
        if (sheets.FirstOrDefault(s => s.RowCount > MaxRows) is { } tooLong)
            throw new CliException(string.Create(CultureInfo.InvariantCulture, $"sheet '{tooLong.Name}' would have {tooLong.RowCount:N0} rows; Excel holds at most {MaxRows:N0}: write this cohort as --format csv"));

        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true, Encoding.UTF8);
        Entry(zip, "[Content_Types].xml", w => ContentTypes(w, sheets.Count));
        Entry(zip, "_rels/.rels", RootRelationships);
        Entry(zip, "docProps/core.xml", w => Core(w, report.Heading));
        Entry(zip, "docProps/app.xml", App);
        Entry(zip, "xl/workbook.xml", w => Workbook(w, sheets));
        Entry(zip, "xl/_rels/workbook.xml.rels", w => WorkbookRelationships(w, sheets.Count));
        Entry(zip, "xl/styles.xml", styles.Write);
        for (var i = 0; i < sheets.Count; i++) Entry(zip, $"xl/worksheets/sheet{i + 1}.xml", sheets[i].Write);
        Entry(zip, "xl/sharedStrings.xml", strings.Write);
    }

    /// <summary>Sheet names: the sections' short titles without the characters Excel refuses, at most 31 characters, unique.</summary>
    internal static IReadOnlyList<string> SheetNames(IReadOnlyList<ReportSection> sections)
    {
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var names = new List<string>();
        foreach (var s in sections)
        {
            var name = new string([.. SafeText.OneLine(s.ShortTitle).Select(c => c is '[' or ']' or ':' or '*' or '?' or '/' or '\\' ? '-' : c)]).Trim('\'', ' ');
            if (name.Length == 0) name = "Sheet";
            if (name.Length > 31) name = name[..31];
            var candidate = name;
            for (var n = 2; !used.Add(candidate); n++) candidate = (name.Length > 27 ? name[..27] : name) + $" ({n})";
            names.Add(candidate);
        }
        return names;
    }

    private static void Entry(ZipArchive zip, string name, Action<XmlWriter> write)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = ZipTime;
        using var stream = entry.Open();
        using var w = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false, NewLineHandling = NewLineHandling.Entitize });
        w.WriteStartDocument(standalone: true);
        write(w);
        w.WriteEndDocument();
    }

    private static void ContentTypes(XmlWriter w, int sheetCount)
    {
        const string ns = "http://schemas.openxmlformats.org/package/2006/content-types";
        w.WriteStartElement("Types", ns);
        Default(w, ns, "rels", "application/vnd.openxmlformats-package.relationships+xml");
        Default(w, ns, "xml", "application/xml");
        Override(w, ns, "/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml");
        for (var i = 1; i <= sheetCount; i++) Override(w, ns, $"/xl/worksheets/sheet{i}.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml");
        Override(w, ns, "/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml");
        Override(w, ns, "/xl/sharedStrings.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml");
        Override(w, ns, "/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml");
        Override(w, ns, "/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml");
        w.WriteEndElement();

        static void Default(XmlWriter w, string ns, string extension, string type)
        {
            w.WriteStartElement("Default", ns);
            w.WriteAttributeString("Extension", extension);
            w.WriteAttributeString("ContentType", type);
            w.WriteEndElement();
        }

        static void Override(XmlWriter w, string ns, string part, string type)
        {
            w.WriteStartElement("Override", ns);
            w.WriteAttributeString("PartName", part);
            w.WriteAttributeString("ContentType", type);
            w.WriteEndElement();
        }
    }

    private static void RootRelationships(XmlWriter w)
    {
        w.WriteStartElement("Relationships", PackageRelNamespace);
        Relationship(w, "rId1", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument", "xl/workbook.xml");
        Relationship(w, "rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml");
        Relationship(w, "rId3", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties", "docProps/app.xml");
        w.WriteEndElement();
    }

    private static void WorkbookRelationships(XmlWriter w, int sheetCount)
    {
        w.WriteStartElement("Relationships", PackageRelNamespace);
        for (var i = 1; i <= sheetCount; i++)
            Relationship(w, $"rId{i}", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet", $"worksheets/sheet{i}.xml");
        Relationship(w, $"rId{sheetCount + 1}", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles", "styles.xml");
        Relationship(w, $"rId{sheetCount + 2}", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings", "sharedStrings.xml");
        w.WriteEndElement();
    }

    private static void Relationship(XmlWriter w, string id, string type, string target)
    {
        w.WriteStartElement("Relationship", PackageRelNamespace);
        w.WriteAttributeString("Id", id);
        w.WriteAttributeString("Type", type);
        w.WriteAttributeString("Target", target);
        w.WriteEndElement();
    }

    private static void Core(XmlWriter w, ReportHeading heading)
    {
        const string cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
        const string dc = "http://purl.org/dc/elements/1.1/";
        const string dcterms = "http://purl.org/dc/terms/";
        const string xsi = "http://www.w3.org/2001/XMLSchema-instance";
        w.WriteStartElement("cp", "coreProperties", cp);
        w.WriteAttributeString("xmlns", "dc", null, dc);
        w.WriteAttributeString("xmlns", "dcterms", null, dcterms);
        w.WriteAttributeString("xmlns", "xsi", null, xsi);
        w.WriteElementString("dc", "title", dc, XlsxSheetLayout.Clean(heading.Title));
        w.WriteElementString("dc", "subject", dc, XlsxSheetLayout.Clean(heading.FrameworkName));
        w.WriteElementString("dc", "creator", dc, XlsxSheetLayout.Clean(heading.Issuer));
        w.WriteElementString("cp", "keywords", cp, heading.ContentHash);
        w.WriteStartElement("dcterms", "created", dcterms);
        w.WriteAttributeString("xsi", "type", xsi, "dcterms:W3CDTF");
        w.WriteString(heading.Generated.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z");
        w.WriteEndElement();
        w.WriteEndElement();
    }

    private static void App(XmlWriter w)
    {
        const string ns = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties";
        w.WriteStartElement("Properties", ns);
        w.WriteElementString("Application", ns, "ParIndex");
        w.WriteEndElement();
    }

    private static void Workbook(XmlWriter w, IReadOnlyList<XlsxSheetLayout> sheets)
    {
        w.WriteStartElement("workbook", MainNamespace);
        w.WriteAttributeString("xmlns", "r", null, RelNamespace);
        w.WriteStartElement("bookViews", MainNamespace);
        w.WriteStartElement("workbookView", MainNamespace);
        w.WriteAttributeString("activeTab", "0");
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteStartElement("sheets", MainNamespace);
        for (var i = 0; i < sheets.Count; i++)
        {
            w.WriteStartElement("sheet", MainNamespace);
            w.WriteAttributeString("name", sheets[i].Name);
            w.WriteAttributeString("sheetId", (i + 1).ToString(CultureInfo.InvariantCulture));
            w.WriteAttributeString("r", "id", RelNamespace, $"rId{i + 1}");
            w.WriteEndElement();
        }
        w.WriteEndElement();
        var titled = sheets.Select((s, i) => (Sheet: s, Index: i)).Where(x => x.Sheet.HeaderRow > 0).ToList();
        if (titled.Count > 0)
        {
            w.WriteStartElement("definedNames", MainNamespace);
            foreach (var (sheet, index) in titled)
            {
                w.WriteStartElement("definedName", MainNamespace);
                w.WriteAttributeString("name", "_xlnm.Print_Titles");
                w.WriteAttributeString("localSheetId", index.ToString(CultureInfo.InvariantCulture));
                var row = sheet.HeaderRow.ToString(CultureInfo.InvariantCulture);
                w.WriteString($"'{sheet.Name.Replace("'", "''", StringComparison.Ordinal)}'!${row}:${row}");
                w.WriteEndElement();
            }
            w.WriteEndElement();
        }
        w.WriteEndElement();
    }

    internal static double Height(int lines) => Math.Round(Math.Max(1, lines) * LineHeight + 1.5, 2);
}
