using System.Text.Encodings.Web;
using System.Text.Json;

namespace ParIndex.Engine.Reports;

/// <summary>
/// The report as one JSON document (UTF-8, Vietnamese unescaped, numbers exact): the title block, and per section its
/// paragraphs, charts and tables, each row an array of cells (a number, a string, or null when empty).
/// </summary>
public sealed class JsonReportWriter : IReportWriter
{
    /// <inheritdoc />
    public string Format => "json";

    /// <inheritdoc />
    public void Write(Report report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        using (var w = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, NewLine = "\n" }))
        {
            var h = report.Heading;
            w.WriteStartObject();
            w.WriteStartObject("heading");
            w.WriteString("title", h.Title);
            w.WriteString("frameworkName", h.FrameworkName);
            w.WriteString("issuer", h.Issuer);
            w.WriteNumber("year", h.Year);
            w.WriteString("stage", h.Stage);
            if (h.LegalBasis is not null) w.WriteString("legalBasis", h.LegalBasis);
            w.WriteString("generated", h.Generated.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            w.WriteString("framework", h.Framework);
            w.WriteString("contentHash", h.ContentHash);
            if (h.RecipientId is not null) w.WriteString("unitId", h.RecipientId);
            if (h.Recipient is not null) w.WriteString("unitName", h.Recipient);
            w.WriteEndObject();
            w.WriteStartArray("sections");
            foreach (var s in report.Sections)
            {
                w.WriteStartObject();
                w.WriteString("key", s.Key);
                w.WriteString("title", s.Title);
                w.WriteStartArray("paragraphs");
                foreach (var p in s.Paragraphs) w.WriteStringValue(p);
                w.WriteEndArray();
                w.WriteStartArray("tables");
                foreach (var t in s.Tables) WriteTable(w, t);
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        output.WriteByte((byte)'\n');
    }

    private static void WriteTable(Utf8JsonWriter w, ReportTable t)
    {
        w.WriteStartObject();
        w.WriteString("key", t.Key);
        w.WriteString("title", t.Title);
        w.WriteStartArray("columns");
        foreach (var c in t.Columns) w.WriteStringValue(c.Header);
        w.WriteEndArray();
        w.WriteStartArray("rows");
        foreach (var r in t.Rows)
        {
            w.WriteStartArray();
            foreach (var c in r.Cells)
            {
                switch (c.Kind)
                {
                    case CellKind.Number: w.WriteNumberValue(c.Value); break;
                    case CellKind.Empty: w.WriteNullValue(); break;
                    default: w.WriteStringValue(c.TextValue); break;
                }
            }
            w.WriteEndArray();
        }
        w.WriteEndArray();
        w.WriteStartArray("notes");
        foreach (var n in t.Notes) w.WriteStringValue(n);
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
