using System.Text.Json.Nodes;
using static ParIndex.Engine.Serialization.Internal.SchemaBuilder;

namespace ParIndex.Engine.Serialization.Internal;

/// <summary>
/// The source of truth of the three shipped JSON Schemas (draft-07). The copies in Serialization/Schemas (embedded) and
/// docs/schema are this output; SchemaGenerationTests compares them byte for byte and rewrites them with
/// <c>PARINDEX_WRITE_SCHEMAS=1</c>. The framework schema's rules come from the kinds' <see cref="IRuleKind.DescribeSchema"/>.
/// </summary>
internal static class SchemaGenerator
{
    private const string Draft07 = "http://json-schema.org/draft-07/schema#";
    private static readonly string[] NotApplicable = ["exclude", "fullPoints", "zero"];
    private static readonly string[] Stages = ["selfAssessment", "appraisal1", "appraisal2", "final"];

    /// <summary>The shipped schema text by file name (see <see cref="JsonSchemas.Names"/>), with the built-in kinds.</summary>
    public static string Text(string fileName) => Write(fileName switch
    {
        JsonSchemas.FrameworkFileName => Framework(BuiltInRuleKinds.All),
        JsonSchemas.AssessmentFileName => Assessment(),
        JsonSchemas.ScoreCardFileName => ScoreCard(),
        _ => throw new ArgumentException($"No schema '{fileName}'.", nameof(fileName)),
    });

    public static JsonObject Framework(IEnumerable<IRuleKind> kinds)
    {
        var rules = kinds.Select(k => (k.Name, Schema: k.DescribeSchema())).ToList();
        var definitions = new JsonObject { ["node"] = Node([.. rules.Select(r => r.Name)]), ["adjustment"] = Adjustment() };
        foreach (var (name, schema) in rules) definitions["rule_" + name] = schema;
        return new JsonObject
        {
            ["$schema"] = Draft07,
            ["$id"] = Names.FrameworkSchema,
            ["title"] = "ParIndex framework / Bộ chỉ số cải cách hành chính",
            ["description"] = D("A PAR Index framework: its areas, criteria and rules, bands and policy", "Bộ chỉ số CCHC: lĩnh vực, tiêu chí, cách chấm, xếp loại"),
            ["type"] = "object",
            ["additionalProperties"] = false,
            ["required"] = Strings("id", "name", "issuer", "version"),
            // A framework either has its own areas, or extends a base framework and lists its changes (a district's additions).
            ["oneOf"] = Nodes(
                Required("unitLevel", "year", "areas").With("not", new JsonObject { ["anyOf"] = Nodes(Required("extends"), Required("changes")) }),
                Required("extends").With("not", Required("areas"))),
            ["properties"] = new JsonObject
            {
                ["$schema"] = SchemaProperty(),
                ["id"] = S("Identifier: lower-case letters, digits, dashes", "Mã định danh").With("pattern", "^[a-z0-9]+(-[a-z0-9]+)*$"),
                ["name"] = Name(),
                ["nameEn"] = NameEn(),
                ["issuer"] = S("Issuer", "Cơ quan ban hành").With("minLength", 1),
                ["unitLevel"] = S("Level of the assessed units", "Cấp đơn vị được đánh giá").Enum("commune", "district", "department", "province"),
                ["year"] = Int("Year assessed", "Năm đánh giá").With("minimum", 2000).With("maximum", 2100),
                ["legalBasis"] = S("The decision that issued the framework", "Văn bản ban hành"),
                ["version"] = S("Version of this file", "Phiên bản").With("minLength", 1),
                ["extends"] = Obj(
                    "The base framework this one changes (a district's additions to its province's framework): its file, relative to this one, or its id and version among the files of this folder",
                    "Bộ chỉ số gốc được bổ sung (tệp, hoặc mã và phiên bản)",
                    new JsonObject
                    {
                        ["file"] = S("The base framework's file, relative to this one", "Tệp bộ chỉ số gốc").With("minLength", 1),
                        ["id"] = S("The base framework's id", "Mã bộ chỉ số gốc").With("minLength", 1),
                        ["version"] = S("The base framework's version", "Phiên bản bộ chỉ số gốc").With("minLength", 1),
                    }).With("oneOf", Nodes(Required("file"), Required("id", "version"))),
                ["changes"] = Arr("Changes to the base framework, applied in order; maxima are not propagated: state every max that changes",
                    "Các thay đổi so với bộ chỉ số gốc", new JsonObject { ["oneOf"] = Changes() }).With("minItems", 1),
                ["scoring"] = Scoring(),
                ["parts"] = Arr("Parts grouping areas", "Các phần", Obj("A part", "Một phần", new JsonObject
                {
                    ["code"] = S("Code", "Mã").With("minLength", 1),
                    ["name"] = Name(),
                    ["nameEn"] = NameEn(),
                    ["maxPoints"] = Num("Max points", "Điểm tối đa").Points(),
                    ["areas"] = Arr("Codes of its areas", "Mã các lĩnh vực", new JsonObject { ["type"] = "string", ["pattern"] = "^[0-9]+$" }).With("minItems", 1),
                }, "code", "name", "maxPoints", "areas")),
                ["areas"] = Arr("Areas (first level)", "Các lĩnh vực", Ref("#/definitions/node")).With("minItems", 1),
                ["bands"] = Arr("Bands, best first", "Xếp loại, từ cao xuống thấp", Obj("A band", "Một mức xếp loại", new JsonObject
                {
                    ["label"] = S("Label", "Tên xếp loại").With("minLength", 1),
                    ["labelEn"] = S("Label in English", "Tên tiếng Anh"),
                    ["minIndex"] = Num("Lowest index of the band", "Chỉ số thấp nhất").Points(),
                    ["maxIndex"] = Num("Index the band stays below", "Chỉ số cận trên (không gồm)").Points(),
                }, "label", "minIndex")),
                ["adjustments"] = Arr("Bonuses and penalties on the total", "Điểm thưởng, điểm trừ trên tổng điểm", Ref("#/definitions/adjustment")),
                ["disqualifiers"] = Arr("Events capping the band", "Trường hợp bị hạ xếp loại", Obj("A disqualifier", "Một trường hợp hạ xếp loại", new JsonObject
                {
                    ["code"] = S("Code", "Mã").With("minLength", 1),
                    ["name"] = Name(),
                    ["nameEn"] = NameEn(),
                    ["highestBand"] = S("The best band a unit can get", "Xếp loại cao nhất được xét").With("minLength", 1),
                }, "code", "name", "highestBand")),
            },
            ["definitions"] = definitions,
        };
    }

    public static JsonObject Assessment() => new()
    {
        ["$schema"] = Draft07,
        ["$id"] = Names.AssessmentSchema,
        ["title"] = "ParIndex assessment / Số liệu đánh giá chỉ số CCHC",
        ["description"] = D("The inputs of the assessed units, per stage", "Số liệu tự đánh giá và thẩm định của các đơn vị"),
        ["type"] = "object",
        ["additionalProperties"] = false,
        ["required"] = Strings("frameworkId", "units"),
        ["properties"] = new JsonObject
        {
            ["$schema"] = SchemaProperty(),
            ["frameworkId"] = S("Id of the framework", "Mã bộ chỉ số").With("minLength", 1),
            ["frameworkVersion"] = S("Version of the framework", "Phiên bản bộ chỉ số"),
            ["units"] = Arr("Assessed units", "Các đơn vị được đánh giá", Obj("A unit", "Một đơn vị", new JsonObject
            {
                ["id"] = S("Unit id", "Mã đơn vị").With("minLength", 1),
                ["name"] = S("Unit name", "Tên đơn vị").With("minLength", 1),
                ["block"] = S("Block of units ranked together", "Khối"),
                ["ranked"] = Bool("Whether the unit is ranked (default true)", "Có xếp hạng"),
                ["stages"] = Obj("Inputs per stage", "Số liệu theo vòng chấm", new JsonObject
                {
                    ["selfAssessment"] = Ref("#/definitions/stage"),
                    ["appraisal1"] = Ref("#/definitions/stage"),
                    ["appraisal2"] = Ref("#/definitions/stage"),
                }),
            }, "id", "name", "stages")),
        },
        ["definitions"] = new JsonObject { ["stage"] = Stage(), ["input"] = Input() },
    };

    public static JsonObject ScoreCard() => new()
    {
        ["$schema"] = Draft07,
        ["$id"] = Names.ScoreCardSchema,
        ["title"] = "ParIndex score cards / Phiếu điểm chỉ số CCHC",
        ["description"] = D("Scores with reasons, traceable to the framework by id, version and content hash", "Kết quả chấm điểm kèm lý do"),
        ["type"] = "object",
        ["additionalProperties"] = false,
        ["required"] = Strings("scoreCards"),
        ["properties"] = new JsonObject
        {
            ["$schema"] = SchemaProperty(),
            ["scoreCards"] = Arr("Score cards", "Các phiếu điểm", Ref("#/definitions/scoreCard")),
        },
        ["definitions"] = new JsonObject { ["scoreCard"] = Card(), ["reason"] = Reason() },
    };

    private static JsonObject SchemaProperty() =>
        S("The schema of this document; put it first so editors pick it up", "Lược đồ JSON của tệp; đặt đầu tiên để trình soạn thảo nhận ra");

    private static JsonObject Name() => S("Name in Vietnamese", "Tên tiếng Việt").With("minLength", 1);

    private static JsonObject NameEn() => S("Name in English", "Tên tiếng Anh");

    private static JsonObject NodeCode(string en, string vi) => S(en, vi).With("pattern", CodePattern);

    private static JsonObject Node(IReadOnlyList<string> kinds) => Obj(
        "A node: an area, criterion or sub-criterion; a leaf has a rule, a parent has children", "Lĩnh vực, tiêu chí hoặc tiêu chí thành phần",
        new JsonObject
        {
            ["code"] = NodeCode("Hierarchical dotted code as in the decision (\"3.4.1\")", "Mã phân cấp (\"3.4.1\")"),
            ["name"] = Name(),
            ["nameEn"] = NameEn(),
            ["maxPoints"] = Num("Max points", "Điểm tối đa").Points(),
            ["aggregation"] = S("How a parent adds its children (default sum)", "Cách cộng điểm các tiêu chí con").Enum("sum", "bestOf"),
            ["evidence"] = Obj("Evidence required of a leaf", "Yêu cầu tài liệu kiểm chứng", new JsonObject
            {
                ["referencesRequired"] = Bool("Whether document references must be given", "Bắt buộc nêu số, ký hiệu tài liệu"),
                ["description"] = S("What evidence is expected", "Tài liệu kiểm chứng cần có"),
            }),
            ["notApplicable"] = S("What \"not applicable\" means for this leaf", "Cách tính khi không phát sinh").Enum(NotApplicable),
            ["adjustments"] = Arr("Bonuses and penalties at this node", "Điểm thưởng, điểm trừ tại mục này", Ref("#/definitions/adjustment")),
            ["children"] = Arr("Child nodes", "Các tiêu chí con", Ref("#/definitions/node")).With("minItems", 1),
            ["rule"] = new JsonObject
            {
                ["description"] = D("How the leaf gives points; custom kinds need an extended schema (see docs/format.md)", "Quy tắc chấm điểm"),
                ["oneOf"] = Nodes([.. kinds.Select(k => (JsonNode)Ref("#/definitions/rule_" + k))]),
            },
        },
        "code", "name", "maxPoints").With("oneOf", Nodes(Required("rule"), Required("children")));

    private static JsonObject Adjustment() => Obj(
        "A bonus or penalty applied at a node or at the total, capped", "Điểm thưởng hoặc điểm trừ, có mức trần",
        new JsonObject
        {
            ["code"] = S("Code, unique in the framework", "Mã").With("minLength", 1),
            ["name"] = Name(),
            ["nameEn"] = NameEn(),
            ["kind"] = S("bonus or penalty", "Thưởng hoặc trừ").Enum("bonus", "penalty"),
            ["pointsPerOccurrence"] = Num("Points per occurrence", "Điểm mỗi lần").With("exclusiveMinimum", 0),
            ["fixedPoints"] = Num("Fixed points, whatever the count", "Số điểm cố định").With("exclusiveMinimum", 0),
            ["cap"] = Num("Cap", "Mức trần").With("exclusiveMinimum", 0),
        },
        "code", "name", "kind", "cap").With("oneOf", Nodes(Required("pointsPerOccurrence"), Required("fixedPoints")));

    private static JsonArray Changes() => Nodes(
        Obj("Add sub-criteria under a node; a leaf becomes a parent", "Bổ sung tiêu chí con", new JsonObject
        {
            ["op"] = S("addChildren", "Bổ sung tiêu chí con").Enum("addChildren"),
            ["node"] = NodeCode("The base node's code", "Mã mục gốc"),
            ["note"] = S("Why", "Ghi chú"),
            ["children"] = Arr("The nodes added", "Các tiêu chí bổ sung", Ref("#/definitions/node")).With("minItems", 1),
        }, "op", "node", "children"),
        Obj("Replace a leaf's rule", "Thay quy tắc chấm điểm", new JsonObject
        {
            ["op"] = S("replaceRule", "Thay quy tắc").Enum("replaceRule"),
            ["node"] = NodeCode("The base leaf's code", "Mã tiêu chí gốc"),
            ["note"] = S("Why", "Ghi chú"),
            ["rule"] = Ref("#/definitions/node/properties/rule"),
        }, "op", "node", "rule"),
        Obj("Change a node's max points", "Thay điểm tối đa", new JsonObject
        {
            ["op"] = S("setMaxPoints", "Thay điểm tối đa").Enum("setMaxPoints"),
            ["node"] = NodeCode("The base node's code", "Mã mục gốc"),
            ["note"] = S("Why", "Ghi chú"),
            ["maxPoints"] = Num("The new max points", "Điểm tối đa mới").Points(),
        }, "op", "node", "maxPoints"));

    private static JsonObject Scoring() => Obj("Scoring policy; every property optional", "Quy định tính điểm", new JsonObject
    {
        ["scale"] = Num("Index scale (default 100)", "Thang điểm quy đổi (mặc định 100)").With("exclusiveMinimum", 0).With("maximum", 1000),
        ["rounding"] = Obj("Rounding", "Làm tròn", new JsonObject
        {
            ["mode"] = S("Rounding mode (default halfAwayFromZero)", "Cách làm tròn").Enum("halfAwayFromZero", "halfToEven", "truncate"),
            ["leafDecimals"] = Int("Decimals of leaf points (default 2)", "Số chữ số thập phân điểm tiêu chí").With("minimum", 0).With("maximum", 6),
            ["indexDecimals"] = Int("Decimals of the index (default 2)", "Số chữ số thập phân của chỉ số").With("minimum", 0).With("maximum", 6),
        }),
        ["notApplicable"] = S("Default meaning of \"not applicable\" (default exclude)", "Cách tính mặc định khi không phát sinh").Enum(NotApplicable),
        ["zeroDenominatorIsNotApplicable"] = Bool("A 0/0 ratio is not applicable (default true)", "Tỷ lệ 0/0 coi là không phát sinh"),
        ["manualStep"] = Num("Default step of manual points (default 0.25)", "Bước điểm chấm trực tiếp").With("exclusiveMinimum", 0),
        ["indexUncapped"] = Bool("Bonuses may lift the index above the scale", "Cho phép chỉ số vượt thang điểm"),
        ["ranking"] = S("Ranking method (default competition)", "Cách xếp hạng").Enum("competition", "dense"),
        ["topBandQuotaPercent"] = Num("At most this share of units in the top band", "Tỷ lệ tối đa đơn vị xếp loại cao nhất (%)").With("exclusiveMinimum", 0).With("maximum", 100),
        ["bandsByRank"] = Bool("Bands by rank rather than by index", "Xếp loại theo thứ hạng"),
    });

    private static JsonObject Input() => Obj("The input of a leaf; which fields are needed depends on its rule", "Số liệu của một tiêu chí", new JsonObject
    {
        ["met"] = Bool("Met (allOrNothing)", "Đạt / không đạt"),
        ["value"] = Num("A value, or a percentage for ratios and surveys", "Giá trị hoặc tỷ lệ %"),
        ["count"] = Int("A count (steps on count, perItem, deduction)", "Số lượng, số lần").With("minimum", 0),
        ["numerator"] = Num("Numerator of a ratio", "Tử số").With("minimum", 0),
        ["denominator"] = Num("Denominator of a ratio", "Mẫu số").With("minimum", 0),
        ["choice"] = S("The chosen option's label (choice)", "Phương án được chọn"),
        ["points"] = Num("Points set by the appraiser (manual)", "Điểm chấm trực tiếp").With("minimum", 0),
        ["surveyCounts"] = new JsonObject
        {
            ["type"] = "object",
            ["description"] = D("Respondents per answer (survey)", "Số người trả lời theo phương án"),
            ["additionalProperties"] = NonNegativeInteger(),
        },
        ["notApplicable"] = Bool("Nothing happened to measure", "Không phát sinh"),
        ["evidence"] = S("Evidence status", "Tình trạng tài liệu kiểm chứng").Enum("provided", "missing", "insufficient"),
        ["references"] = Arr("Evidence references", "Số, ký hiệu tài liệu kiểm chứng", StringItem()),
        ["note"] = S("Note", "Ghi chú"),
    });

    private static JsonObject Stage() => Obj("Inputs of one stage", "Số liệu của một vòng chấm", new JsonObject
    {
        ["inputs"] = new JsonObject
        {
            ["type"] = "object",
            ["description"] = D("Inputs by leaf code", "Số liệu theo mã tiêu chí"),
            ["propertyNames"] = new JsonObject { ["pattern"] = CodePattern },
            ["additionalProperties"] = Ref("#/definitions/input"),
        },
        ["adjustments"] = new JsonObject
        {
            ["type"] = "object",
            ["description"] = D("Occurrences by adjustment code", "Số lần theo mã điểm thưởng/trừ"),
            ["additionalProperties"] = NonNegativeInteger(),
        },
        ["disqualifiers"] = Arr("Codes of the disqualifiers that apply", "Mã các trường hợp hạ xếp loại", StringItem()),
    }, "inputs");

    private static JsonObject Reason() => Obj("Why points were given or lost", "Lý do", new JsonObject
    {
        ["code"] = S("Reason code", "Mã lý do"),
        ["ruleKind"] = S("Rule kind", "Loại quy tắc"),
        ["input"] = S("Input", "Số liệu"),
        ["threshold"] = S("Threshold", "Ngưỡng"),
        ["vi"] = S("Explanation in Vietnamese", "Giải thích tiếng Việt"),
        ["en"] = S("Explanation in English", "Giải thích tiếng Anh"),
    }, "code", "vi", "en");

    private static JsonObject Card() => Obj("The score card of a unit at a stage", "Phiếu điểm của một đơn vị", new JsonObject
    {
        ["framework"] = Obj("The framework that made the score", "Bộ chỉ số đã dùng", new JsonObject
        {
            ["id"] = S("Id", "Mã"),
            ["version"] = S("Version", "Phiên bản"),
            ["contentHash"] = S("SHA-256 of the canonical framework", "Mã băm SHA-256").With("pattern", "^[0-9a-f]{64}$"),
        }, "id", "version", "contentHash"),
        ["unitId"] = S("Unit id", "Mã đơn vị"),
        ["unitName"] = S("Unit name", "Tên đơn vị"),
        ["block"] = S("Block", "Khối"),
        ["ranked"] = Bool("Ranked", "Có xếp hạng"),
        ["stage"] = S("Stage", "Vòng chấm").Enum(Stages),
        ["errors"] = Arr("Input errors (the card is not scored when any)", "Lỗi số liệu", Obj("An input error", "Một lỗi", new JsonObject
        {
            ["unitId"] = S("Unit id", "Mã đơn vị"),
            ["code"] = S("Leaf code", "Mã tiêu chí"),
            ["errorCode"] = S("Stable error code, listed in docs/errors.md", "Mã lỗi (xem docs/errors.md)"),
            ["message"] = S("Message, in the language of the process that scored", "Nội dung, theo ngôn ngữ của máy chấm"),
            ["vi"] = S("Message in Vietnamese", "Nội dung tiếng Việt"),
            ["en"] = S("Message in English", "Nội dung tiếng Anh"),
        }, "unitId", "errorCode", "message", "vi", "en")),
        ["total"] = Num("Total points", "Tổng điểm"),
        ["index"] = Num("Index", "Chỉ số"),
        ["band"] = S("Band", "Xếp loại"),
        ["bandCappedBy"] = Arr("Disqualifiers that capped the band", "Trường hợp hạ xếp loại", StringItem()),
        ["parts"] = Arr("Parts", "Các phần", Obj("A part's score", "Điểm một phần", new JsonObject
        {
            ["code"] = S("Code", "Mã"),
            ["name"] = S("Name", "Tên"),
            ["maxPoints"] = Num("Max points", "Điểm tối đa"),
            ["applicableMaxPoints"] = Num("Max points of applicable leaves", "Điểm tối đa của các tiêu chí được đánh giá"),
            ["awarded"] = Num("Awarded", "Điểm đạt"),
            ["converted"] = Num("Converted", "Điểm quy đổi"),
        }, "code", "name", "maxPoints", "applicableMaxPoints", "awarded", "converted")),
        ["adjustments"] = Arr("Applied adjustments", "Điểm thưởng, điểm trừ đã áp dụng", Obj("An applied adjustment", "Một khoản thưởng/trừ", new JsonObject
        {
            ["code"] = S("Code", "Mã"),
            ["name"] = S("Name", "Tên"),
            ["nodeCode"] = S("Node code", "Mã mục"),
            ["kind"] = S("Kind", "Loại").Enum("bonus", "penalty"),
            ["occurrences"] = Int("Occurrences", "Số lần").With("minimum", 0),
            ["points"] = Num("Points", "Số điểm"),
        }, "code", "name", "kind", "occurrences", "points")),
        ["nodes"] = Arr("Every node's score", "Điểm từng mục", Obj("A node's score", "Điểm một mục", new JsonObject
        {
            ["code"] = S("Code", "Mã"),
            ["name"] = S("Name", "Tên"),
            ["nameEn"] = S("Name in English", "Tên tiếng Anh"),
            ["level"] = Int("Level (1 = area)", "Cấp (1 = lĩnh vực)").With("minimum", 1),
            ["isLeaf"] = Bool("Leaf", "Là tiêu chí lá"),
            ["maxPoints"] = Num("Max points", "Điểm tối đa"),
            ["applicableMaxPoints"] = Num("Applicable max points", "Điểm tối đa được đánh giá"),
            ["awarded"] = Num("Awarded", "Điểm đạt"),
            ["lost"] = Num("Lost", "Điểm bị mất"),
            ["status"] = S("Status", "Tình trạng").Enum("full", "partial", "zero", "notApplicable", "missingInput", "evidenceRejected", "inputError"),
            ["reasons"] = Arr("Reasons", "Lý do", Ref("#/definitions/reason")),
            ["note"] = S("The appraiser's note on the leaf", "Ghi chú của người thẩm định"),
        }, "code", "name", "level", "isLeaf", "maxPoints", "applicableMaxPoints", "awarded", "lost", "status", "reasons")),
    }, "framework", "unitId", "unitName", "ranked", "stage", "errors", "total", "index", "bandCappedBy", "parts", "adjustments", "nodes");

    private static JsonObject NonNegativeInteger() => new() { ["type"] = "integer", ["minimum"] = 0 };

    private static JsonObject StringItem() => new() { ["type"] = "string" };
}
