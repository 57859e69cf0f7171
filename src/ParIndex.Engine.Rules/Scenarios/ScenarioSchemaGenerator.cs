using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ParIndex.Engine.Serialization;

namespace ParIndex.Engine.Scenarios;

/// <summary>
/// The source of truth of the scenario file schema (draft-07). The copies in Scenarios/Schemas (embedded) and docs/schema
/// are this output; ScenarioSchemaGenerationTests compares them byte for byte and rewrites them with
/// <c>PARINDEX_WRITE_SCHEMAS=1</c>. Units are the assessment schema's unit, copied in so the schema stands alone.
/// </summary>
internal static class ScenarioSchemaGenerator
{
    private const string CodePattern = "^[0-9]+(\\.[0-9]+)*$";
    private static readonly string[] Stages = ["selfAssessment", "appraisal1", "appraisal2", "final"];

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The schema text as shipped: 2-space indent, "\n" line ends, readable UTF-8, a final newline.</summary>
    public static string Text()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions)) Schema().WriteTo(writer);
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    public static JsonObject Schema()
    {
        var assessment = JsonNode.Parse(JsonSchemas.Assessment)!.AsObject();
        var definitions = assessment["definitions"]!.DeepClone().AsObject();
        definitions["unit"] = assessment["properties"]!["units"]!["items"]!.DeepClone();
        return new JsonObject
        {
            ["$schema"] = "http://json-schema.org/draft-07/schema#",
            ["$id"] = "https://parindex.dev/schema/scenarios.schema.json",
            ["title"] = "ParIndex scenarios",
            ["description"] = D("Test cases for a framework: inputs and the scores, bands, ranks and node results they must give", "Các tình huống kiểm thử bộ chỉ số"),
            ["type"] = "object",
            ["additionalProperties"] = false,
            ["required"] = Strings("framework", "scenarios"),
            ["properties"] = new JsonObject
            {
                ["$schema"] = S("The schema of this document; put it first", "Lược đồ JSON của tệp"),
                ["framework"] = S("The framework: a path relative to this file, or catalogue:<id>", "Bộ chỉ số: đường dẫn tương đối hoặc catalogue:<mã>", ("minLength", 1)),
                ["stage"] = S("Default stage for every scenario (default final)", "Giai đoạn mặc định", ("enum", Strings(Stages))),
                ["scenarios"] = Arr("The cases", "Các tình huống", Scenario()),
            },
            ["definitions"] = definitions,
        };
    }

    private static JsonObject Scenario() => Closed("One case: the inputs of a unit or a small cohort and what must come out", "Một tình huống kiểm thử",
        ["name", "units", "expect"],
        new JsonObject
        {
            ["name"] = S("Name, shown as the test's name", "Tên tình huống", ("minLength", 1)),
            ["description"] = S("What the case checks", "Mô tả"),
            ["stage"] = S("Stage scored (default: the file's, else final)", "Giai đoạn chấm", ("enum", Strings(Stages))),
            ["tolerance"] = Num("Largest difference accepted on points and index (default 0: exact)", "Sai số cho phép (mặc định 0)", ("minimum", 0)),
            ["units"] = Arr("The units, scored together as a cohort", "Các đơn vị", new JsonObject { ["$ref"] = "#/definitions/unit" }),
            ["expect"] = Arr("Expectations, one per unit checked", "Kết quả mong đợi", Expect()),
        });

    private static JsonObject Expect() => Closed("What must come out for one unit", "Kết quả mong đợi của một đơn vị", ["unit"], new JsonObject
    {
        ["unit"] = S("The unit's id", "Mã đơn vị", ("minLength", 1)),
        ["index"] = Num("The index", "Chỉ số", ("minimum", 0)),
        ["band"] = S("The band", "Xếp loại"),
        ["rank"] = Typed("integer", "The rank in the unit's block", "Thứ hạng", ("minimum", 1)),
        ["errors"] = Typed("array", "The unit's input errors, each as the card prints it; [] for none", "Các lỗi nhập liệu", ("items", new JsonObject { ["type"] = "string" })),
        ["nodes"] = Typed("object", "Expected results by node code", "Kết quả theo mã tiêu chí",
            ("propertyNames", new JsonObject { ["pattern"] = CodePattern }), ("additionalProperties", NodeExpect())),
    });

    private static JsonObject NodeExpect() => Closed("What one node must give", "Kết quả mong đợi của một tiêu chí", [], new JsonObject
    {
        ["points"] = Num("Points awarded", "Điểm đạt", ("minimum", 0)),
        ["status"] = S("Status", "Trạng thái", ("enum", Strings("full", "partial", "zero", "notApplicable", "missingInput", "evidenceRejected", "inputError"))),
        ["reason"] = S("Reason code of the node's first reason (step-matched, not-met, ...)", "Mã lý do"),
    });

    private static string D(string en, string vi) => $"{en} / {vi}";

    private static JsonArray Strings(params string[] values) => [.. values.Select(v => (JsonNode)v)];

    private static JsonObject Typed(string type, string en, string vi, params (string Key, JsonNode Value)[] keywords)
    {
        var o = new JsonObject { ["type"] = type, ["description"] = D(en, vi) };
        foreach (var (key, value) in keywords) o[key] = value;
        return o;
    }

    private static JsonObject S(string en, string vi, params (string Key, JsonNode Value)[] keywords) => Typed("string", en, vi, keywords);

    private static JsonObject Num(string en, string vi, params (string Key, JsonNode Value)[] keywords) => Typed("number", en, vi, keywords);

    /// <summary>An array of at least one item.</summary>
    private static JsonObject Arr(string en, string vi, JsonNode items) => Typed("array", en, vi, ("minItems", 1), ("items", items));

    /// <summary>A closed object; "required" before "properties", as the shipped file has it.</summary>
    private static JsonObject Closed(string en, string vi, string[] required, JsonObject properties)
    {
        var o = new JsonObject { ["type"] = "object", ["description"] = D(en, vi), ["additionalProperties"] = false };
        if (required.Length > 0) o["required"] = Strings(required);
        o["properties"] = properties;
        return o;
    }
}
