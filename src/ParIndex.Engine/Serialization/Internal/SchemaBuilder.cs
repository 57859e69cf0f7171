using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ParIndex.Engine.Serialization.Internal;

/// <summary>
/// Small builders of JSON Schema (draft-07) fragments, so that each rule kind and the schema generator state a property
/// in one line. Every call returns a new node: a <see cref="JsonNode"/> has one parent, so fragments are never shared.
/// Key order is the order of the calls, and it is the order of the shipped files.
/// </summary>
internal static class SchemaBuilder
{
    /// <summary>The pattern of a node code ("3.4.1").</summary>
    public const string CodePattern = "^[0-9]+(\\.[0-9]+)*$";

    /// <summary>A bilingual description: "English / Tiếng Việt".</summary>
    public static string D(string en, string vi) => $"{en} / {vi}";

    public static JsonObject S(string en, string vi) => Typed("string", en, vi);

    public static JsonObject Num(string en, string vi) => Typed("number", en, vi);

    public static JsonObject Int(string en, string vi) => Typed("integer", en, vi);

    public static JsonObject Bool(string en, string vi) => Typed("boolean", en, vi);

    /// <summary>A closed object: only <paramref name="properties"/> allowed.</summary>
    public static JsonObject Obj(string en, string vi, JsonObject properties, params string[] required)
    {
        var o = new JsonObject { ["type"] = "object", ["description"] = D(en, vi), ["additionalProperties"] = false, ["properties"] = properties };
        if (required.Length > 0) o["required"] = Strings(required);
        return o;
    }

    public static JsonObject Arr(string en, string vi, JsonNode items) =>
        new() { ["type"] = "array", ["description"] = D(en, vi), ["items"] = items };

    /// <summary>The rule object of a kind: <c>"kind"</c> first, then its properties; closed.</summary>
    public static JsonObject RuleObject(string kind, string en, string vi, JsonObject? properties = null, params string[] required)
    {
        var p = new JsonObject
        {
            ["kind"] = new JsonObject { ["type"] = "string", ["description"] = D("The rule kind", "Loại quy tắc chấm điểm"), ["enum"] = Strings(kind) },
        };
        foreach (var (key, value) in Detach(properties)) p[key] = value;
        return Obj(en, vi, p, [KindProperty, .. required]);
    }

    /// <summary>What the input measures: value, count or ratio.</summary>
    public static JsonObject MeasureProperty() => S("What the input measures", "Loại số liệu đầu vào").Enum("value", "count", "ratio");

    /// <summary>The steps of a steps or survey rule, best first.</summary>
    public static JsonObject StepsProperty() =>
        Arr("Steps, best first", "Các bậc, từ cao xuống thấp", Obj(
            "A step: at the threshold (or better) the leaf gives these points", "Một bậc: đạt ngưỡng thì được số điểm này",
            new JsonObject
            {
                ["threshold"] = Num("Threshold (a percentage for ratios and surveys)", "Ngưỡng (tỷ lệ % với tỷ lệ và khảo sát)"),
                ["points"] = Num("Points given", "Số điểm").Points(),
            },
            "threshold", "points")).With("minItems", 1);

    public static JsonObject Ref(string pointer) => new() { ["$ref"] = pointer };

    public static JsonObject Required(params string[] names) => new() { ["required"] = Strings(names) };

    public static JsonArray Strings(params string[] values) => [.. values.Select(v => (JsonNode)v)];

    public static JsonArray Nodes(params JsonNode[] nodes) => [.. nodes];

    /// <summary>Adds (or replaces) a keyword; returns the same object for chaining.</summary>
    public static JsonObject With(this JsonObject o, string key, JsonNode? value)
    {
        o[key] = value;
        return o;
    }

    public static JsonObject Enum(this JsonObject o, params string[] values) => o.With("enum", Strings(values));

    /// <summary>The range of points anywhere in a framework: [0, 1000].</summary>
    public static JsonObject Points(this JsonObject o) => o.With("minimum", 0).With("maximum", 1000);

    /// <summary>
    /// The text of a schema as shipped: 2-space indent, "\n" line ends, readable UTF-8 (no \u escapes), a final newline.
    /// </summary>
    public static string Write(JsonNode schema)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions)) schema.WriteTo(writer);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private const string KindProperty = "kind";

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static JsonObject Typed(string type, string en, string vi) => new() { ["type"] = type, ["description"] = D(en, vi) };

    private static List<KeyValuePair<string, JsonNode?>> Detach(JsonObject? o)
    {
        if (o is null) return [];
        var items = o.ToList();
        o.Clear();
        return items;
    }
}
