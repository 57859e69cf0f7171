using System.Globalization;
using System.IO.Compression;
using System.Security;
using System.Text;
using ParIndex.Cli.Inputs;

namespace ParIndex.Cli.Template;

/// <summary>
/// Writes the template workbook as SpreadsheetML parts in a zip, by hand: small, self-contained, and byte for byte the
/// same for the same sheets (fixed part order, fixed relationship ids, every zip entry dated 1980-01-01, no
/// document properties with a time or a random id). Text is always a string cell, so a code "1.10" or an id "001"
/// is never turned into a number; cells typed later take their column's style (Text for codes, labels and ratios).
/// </summary>
internal static class TemplateWorkbookWriter
{
    private static readonly DateTimeOffset ZipTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static void Write(string path, IReadOnlyList<TemplateSheet> sheets)
    {
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write);
        Write(file, sheets);
    }

    public static void Write(Stream stream, IReadOnlyList<TemplateSheet> sheets)
    {
        using var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
        Entry(zip, "[Content_Types].xml", ContentTypes(sheets.Count));
        Entry(zip, "_rels/.rels",
            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
            + "</Relationships>");
        Entry(zip, "xl/workbook.xml", Workbook(sheets));
        Entry(zip, "xl/_rels/workbook.xml.rels", WorkbookRelationships(sheets.Count));
        Entry(zip, "xl/styles.xml", Styles);
        for (var i = 0; i < sheets.Count; i++) Entry(zip, $"xl/worksheets/sheet{i + 1}.xml", Sheet(sheets[i], i == 0));
    }

    private static void Entry(ZipArchive zip, string name, string xml)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = ZipTime;
        using var s = entry.Open();
        var bytes = new UTF8Encoding(false).GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + xml);
        s.Write(bytes);
    }

    private static string ContentTypes(int sheets)
    {
        var b = new StringBuilder("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
        for (var i = 1; i <= sheets; i++)
            b.Append($"<Override PartName=\"/xl/worksheets/sheet{i}.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
        return b.Append("</Types>").ToString();
    }

    private static string Workbook(IReadOnlyList<TemplateSheet> sheets)
    {
        var b = new StringBuilder("<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>");
        for (var i = 0; i < sheets.Count; i++)
            b.Append($"<sheet name=\"{Escape(sheets[i].Name)}\" sheetId=\"{i + 1}\"{(sheets[i].Hidden ? " state=\"hidden\"" : string.Empty)} r:id=\"rId{i + 1}\"/>");
        return b.Append("</sheets></workbook>").ToString();
    }

    private static string WorkbookRelationships(int sheets)
    {
        var b = new StringBuilder("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        for (var i = 1; i <= sheets; i++)
            b.Append($"<Relationship Id=\"rId{i}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet{i}.xml\"/>");
        b.Append($"<Relationship Id=\"rId{sheets + 1}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>");
        return b.Append("</Relationships>").ToString();
    }

    // cellXfs in the order of TemplateCellStyle: General, Header (bold, Text, filled), Text (@), Help (Text, wrapped).
    private const string Styles =
        "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font><font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
        + "<fills count=\"3\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>"
        + "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFDDEBF7\"/><bgColor indexed=\"64\"/></patternFill></fill></fills>"
        + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
        + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        + "<cellXfs count=\"4\">"
        + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
        + "<xf numFmtId=\"49\" fontId=\"1\" fillId=\"2\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\" applyFont=\"1\" applyFill=\"1\" applyAlignment=\"1\"><alignment wrapText=\"1\" vertical=\"top\"/></xf>"
        + "<xf numFmtId=\"49\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
        + "<xf numFmtId=\"49\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\" applyAlignment=\"1\"><alignment wrapText=\"1\" vertical=\"top\"/></xf>"
        + "</cellXfs>"
        + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
        + "</styleSheet>";

    private static string Sheet(TemplateSheet sheet, bool selected)
    {
        var b = new StringBuilder("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">");
        b.Append("<sheetViews><sheetView workbookViewId=\"0\"").Append(selected ? " tabSelected=\"1\"" : string.Empty).Append('>');
        if (sheet.FrozenRows > 0 || sheet.FrozenColumns > 0)
        {
            var topLeft = CellRange.ColumnName(sheet.FrozenColumns) + (sheet.FrozenRows + 1).ToString(CultureInfo.InvariantCulture);
            b.Append("<pane");
            if (sheet.FrozenColumns > 0) b.Append($" xSplit=\"{sheet.FrozenColumns}\"");
            if (sheet.FrozenRows > 0) b.Append($" ySplit=\"{sheet.FrozenRows}\"");
            var pane = sheet.FrozenRows > 0 && sheet.FrozenColumns > 0 ? "bottomRight" : sheet.FrozenRows > 0 ? "bottomLeft" : "topRight";
            b.Append($" topLeftCell=\"{topLeft}\" activePane=\"{pane}\" state=\"frozen\"/><selection pane=\"{pane}\" activeCell=\"{topLeft}\" sqref=\"{topLeft}\"/>");
        }
        b.Append("</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>");
        if (sheet.Columns.Count > 0)
        {
            b.Append("<cols>");
            foreach (var (index, (width, style)) in sheet.Columns)
                b.Append($"<col min=\"{index + 1}\" max=\"{index + 1}\" width=\"{width.ToString("0.##", CultureInfo.InvariantCulture)}\" style=\"{(int)style}\" customWidth=\"1\"/>");
            b.Append("</cols>");
        }
        b.Append("<sheetData>");
        for (var r = 0; r < sheet.Rows.Count; r++)
        {
            var row = sheet.Rows[r];
            b.Append($"<row r=\"{r + 1}\">");
            for (var c = 0; c < row.Count; c++)
            {
                var cell = row[c];
                var reference = CellRange.ColumnName(c) + (r + 1).ToString(CultureInfo.InvariantCulture);
                var style = cell.Style == TemplateCellStyle.General ? string.Empty : $" s=\"{(int)cell.Style}\"";
                if (cell.Number is { } n)
                    b.Append($"<c r=\"{reference}\"{style}><v>{n.ToString(CultureInfo.InvariantCulture)}</v></c>");
                else if (!string.IsNullOrEmpty(cell.Text))
                    b.Append($"<c r=\"{reference}\"{style} t=\"inlineStr\"><is><t xml:space=\"preserve\">{Escape(cell.Text)}</t></is></c>");
            }
            b.Append("</row>");
        }
        b.Append("</sheetData>");
        if (sheet.Lists.Count > 0)
        {
            b.Append($"<dataValidations count=\"{sheet.Lists.Count}\">");
            foreach (var (range, source) in sheet.Lists)
                b.Append($"<dataValidation type=\"list\" errorStyle=\"warning\" allowBlank=\"1\" showInputMessage=\"1\" showErrorMessage=\"1\" errorTitle=\"Giá trị không có trong danh sách\" error=\"Chọn một giá trị trong danh sách (choose a value from the list)\" sqref=\"{range}\"><formula1>{Escape(source)}</formula1></dataValidation>");
            b.Append("</dataValidations>");
        }
        return b.Append("</worksheet>").ToString();
    }

    /// <summary>XML text: escaped, and without the control characters XML 1.0 cannot hold.</summary>
    private static string Escape(string text)
    {
        var clean = new StringBuilder(text.Length);
        foreach (var c in text)
            if (c is '\t' or '\n' or '\r' || c >= ' ' && c != '\uFFFE' && c != '\uFFFF') clean.Append(c);
        return SecurityElement.Escape(clean.ToString()) ?? string.Empty;
    }
}
