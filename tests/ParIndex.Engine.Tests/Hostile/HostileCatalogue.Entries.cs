using System.Text;

namespace ParIndex.Engine.Tests.Hostile;

public static partial class HostileCatalogue
{
    private const string Manual = "\"rule\": { \"kind\": \"manual\" }";

    /// <summary>Every entry of the catalogue.</summary>
    public static IReadOnlyList<HostileCase> All { get; } =
    [
        // Malformed JSON
        F("truncated", "the file stops in the middle", () => Text(BaseFramework[..400]),
            "truncated.json(17,25): $.areas[0].children[0].name: the document ends too early; a '}' or ']' is missing"),
        F("trailing-comma", "a comma after the last band", Framework("{ \"label\": \"Khá\", \"minIndex\": 0 }", "{ \"label\": \"Khá\", \"minIndex\": 0 },"),
            "trailing-comma.json(46,3): $.bands: trailing comma before ']'; remove the comma after the last item"),
        F("line-comment", "a // comment, as in JavaScript", Framework("\"version\": \"1.0.0\",", "\"version\": \"1.0.0\", // bản sửa đổi"),
            "line-comment.json(8,23): $: comments are not allowed in JSON; remove the // or /* */ comment (use a \"note\" or \"description\" property instead)"),
        F("block-comment", "a /* comment */", Framework("\"year\": 2024,", "\"year\": /* năm */ 2024,"),
            "block-comment.json(7,11): $.year: comments are not allowed in JSON; remove the // or /* */ comment (use a \"note\" or \"description\" property instead)"),
        F("single-quotes", "strings in single quotes", Framework("\"id\": \"hostile-base\"", "'id': 'hostile-base'"),
            "single-quotes.json(3,3): $: strings and property names take double quotes (\"), not single quotes"),
        F("empty-file", "zero bytes", () => [],
            "empty-file.json(1,1): $: the document is empty; expected a JSON object such as {\"$schema\": ...}"),
        F("whitespace-only", "only spaces and line ends", () => Text("  \r\n\t \n"),
            "whitespace-only.json(1,1): $: the document is empty; expected a JSON object such as {\"$schema\": ...}"),
        F("null-root", "the document is JSON null", () => Text("null"),
            "null-root.json(1,1): $: expected a framework (a JSON object), got null"),
        F("array-root", "the document is an array", () => Text("[]"),
            "array-root.json(1,1): $: expected a framework (a JSON object), got an array"),
        F("two-roots", "two documents in one file", () => Text(BaseFramework + "\n{}"),
            "two-roots.json(48,1): $: only one JSON value is allowed in a document; remove what follows its closing '}'"),
        // Types, keys, codes
        F("wrong-type-string-number", "max points as a string", Framework("\"maxPoints\": 40,", "\"maxPoints\": \"40\","),
            "wrong-type-string-number.json(39,20): $.areas[1].maxPoints: expected a number, got the string \"40\"; write numbers without quotes"),
        F("wrong-type-object-array", "areas as an object", () => Text(BaseFramework.Replace("\"areas\": [", "\"areas\": {\"x\": [", StringComparison.Ordinal).Replace("\n  ],\n  \"bands\"", "\n  ]},\n  \"bands\"", StringComparison.Ordinal)),
            "wrong-type-object-array.json(9,12): $.areas: expected an array, got an object"),
        F("duplicate-key", "the same property twice", Framework("\"year\": 2024,", "\"year\": 2024, \"year\": 2025,"),
            "duplicate-key.json(7,17): $.year: duplicate property 'year' (first at line 7); a property may appear only once"),
        F("duplicate-code", "two leaves with code 1.1", Framework("\"code\": \"1.2\"", "\"code\": \"1.1\""),
            "duplicate-code.json(22,19): $.areas[0].children[1].code: duplicate code '1.1'"),
        F("code-with-space", "a code with a space", Framework("\"code\": \"1.3\"", "\"code\": \"1. 3\""),
            "code-with-space.json(28,19): $.areas[0].children[2].code: code '1. 3' must be digits separated by dots (\"3.4.1\")"),
        F("code-with-comma", "a decimal comma instead of a dot", Framework("\"code\": \"1.3\"", "\"code\": \"1,3\""),
            "code-with-comma.json(28,19): $.areas[0].children[2].code: code '1,3' must be digits separated by dots (\"3.4.1\")"),
        F("code-with-fullwidth-dot", "a full-width dot (U+FF0E) from a Vietnamese keyboard", Framework("\"code\": \"1.3\"", "\"code\": \"1．3\""),
            "code-with-fullwidth-dot.json(28,19): $.areas[0].children[2].code: code '1．3' must be digits separated by dots (\"3.4.1\")"),
        F("unknown-property", "a misspelt property", Framework("\"maxPoints\": 40,", "\"maxPoint\": 40,"),
            "unknown-property.json(36,5): $.areas[1]: missing required property 'maxPoints'",
            "unknown-property.json(39,7): $.areas[1].maxPoint: unknown property 'maxPoint' (did you mean 'maxPoints'?); expected one of code, name, nameEn, maxPoints, aggregation, evidence, notApplicable, adjustments, children, rule"),
        F("missing-field", "an area without its name", Framework("\"name\": \"Số báo cáo trễ hạn\",", ""),
            "missing-field.json(36,5): $.areas[1]: missing required property 'name'"),
        F("unknown-rule-kind", "a rule kind nobody registered", Framework("\"kind\": \"deduction\"", "\"kind\": \"bonusPerItem\""),
            "unknown-rule-kind.json(40,25): $.areas[1].rule.kind: 'bonusPerItem' is not a rule kind; expected one of allOrNothing, choice, steps, proportional, perItem, deduction, manual, survey, relativeToBest, ratioSteps"),
        // Numbers
        F("nan", "NaN is not JSON", Framework("\"maxPoints\": 40,", "\"maxPoints\": NaN,"),
            "nan.json(39,20): $.areas[1].maxPoints: NaN and Infinity are not JSON numbers; expected a decimal number such as 2.5"),
        F("infinity", "Infinity is not JSON", Framework("\"maxPoints\": 40,", "\"maxPoints\": Infinity,"),
            "infinity.json(39,20): $.areas[1].maxPoints: NaN and Infinity are not JSON numbers; expected a decimal number such as 2.5"),
        F("huge-exponent", "1e400 does not fit a decimal", Framework("\"maxPoints\": 40,", "\"maxPoints\": 1e400,"),
            "huge-exponent.json(39,20): $.areas[1].maxPoints: the number 1e400 cannot be held exactly as a decimal; expected at most 28 significant digits and a magnitude below 7.9e28"),
        F("negative-zero", "-0 is read as 0: accepted", Framework("\"otherwise\": 0.5", "\"otherwise\": -0")),
        F("29-significant-digits", "29 significant digits that a decimal holds exactly: accepted", Framework("\"points\": 1.5 }", "\"points\": 1.5000000000000000000000000001 }")),
        F("30-significant-digits", "more digits than a decimal holds: rejected, never rounded", Framework("\"points\": 1.5 }", "\"points\": 1.49999999999999999999999999999 }"),
            "30-significant-digits.json(19,135): $.areas[0].children[0].rule.steps[1].points: the number 1.49999999999999999999999999999 cannot be held exactly as a decimal; expected at most 28 significant digits and a magnitude below 7.9e28"),
        F("negative-max", "a negative max", Framework("\"maxPoints\": 40,", "\"maxPoints\": -40,"),
            "negative-max.json(39,20): $.areas[1].maxPoints: max points must be within 0 to 1000; got -40"),
        F("max-above-limit", "a max above the engine's bound", Framework("\"maxPoints\": 40,", "\"maxPoints\": 100000000,"),
            "max-above-limit.json(39,20): $.areas[1].maxPoints: max points must be within 0 to 1000; got 100000000"),
        // Structure
        F("parent-max-not-sum", "an area whose max is not the sum of its children", Framework("\"maxPoints\": 60,", "\"maxPoints\": 61,"),
            "parent-max-not-sum.json(13,20): $.areas[0].maxPoints: max points 61 must equal the sum of its children's maxima, 60"),
        F("thresholds-unordered", "steps not best first", Framework("\"threshold\": 100, \"points\": 2.5", "\"threshold\": 80, \"points\": 2.5"),
            "thresholds-unordered.json(19,120): $.areas[0].children[0].rule.steps[1].threshold: thresholds must decrease (\"at least\", best first); 90 follows 80"),
        F("step-above-max", "a step worth more than its leaf", Framework("\"threshold\": 100, \"points\": 2.5", "\"threshold\": 100, \"points\": 3"),
            "step-above-max.json(19,99): $.areas[0].children[0].rule.steps[0].points: step 1 gives 3 points; expected 0 to the leaf's max 2.5"),
        F("band-gap", "a band that ends before the next begins", Framework("{ \"label\": \"Khá\", \"minIndex\": 0 }", "{ \"label\": \"Khá\", \"minIndex\": 0, \"maxIndex\": 70 }"),
            "band-gap.json(45,50): $.bands[1].maxIndex: gap between band 'Khá' (ends at 70) and band 'Tốt' (starts at 80)"),
        F("band-overlap", "a band that runs into the next", Framework("{ \"label\": \"Khá\", \"minIndex\": 0 }", "{ \"label\": \"Khá\", \"minIndex\": 0, \"maxIndex\": 85 }"),
            "band-overlap.json(45,50): $.bands[1].maxIndex: band 'Khá' (ends at 85) overlaps band 'Tốt' (starts at 80)"),
        F("band-above-scale", "a band that starts above the scale", Framework("{ \"label\": \"Tốt\", \"minIndex\": 80 }", "{ \"label\": \"Xuất sắc\", \"minIndex\": 120 }, { \"label\": \"Tốt\", \"minIndex\": 80 }"),
            "band-above-scale.json(44,40): $.bands[0].minIndex: band 'Xuất sắc' starts at 120, outside the scale 0 to 100"),
        // Text and encodings
        F("utf8-bom", "a UTF-8 byte order mark before Vietnamese text: accepted", () => [0xEF, 0xBB, 0xBF, .. Text(BaseFramework)]),
        F("latin1", "Windows-1258/Latin-1 bytes instead of UTF-8", () => Encoding.Latin1.GetBytes(BaseFramework.Replace("Cải cách thủ tục hành chính", "Cai cách thu tuc hành chính", StringComparison.Ordinal)),
            "latin1.json(12,21): $: the file is not valid UTF-8 (byte 0xE1 at offset 273); save it as UTF-8"),
        F("unpaired-surrogate-escape", "a \\ud800 escape with no low surrogate", Framework("\"name\": \"Ban hành kế hoạch\"", "\"name\": \"Ban hành \\ud800 kế hoạch\""),
            "unpaired-surrogate-escape.json(23,19): $.areas[0].children[1].name: the text has an unpaired surrogate escape (such as \\ud800 without its low half); expected valid Unicode text"),
        F("cesu-surrogate-bytes", "a surrogate encoded as UTF-8 bytes (CESU-8)", () => [.. Text(BaseFramework[..200]), 0xED, 0xA0, 0x80, .. Text(BaseFramework[200..])],
            "cesu-surrogate-bytes.json(8,8): $: the file is not valid UTF-8 (byte 0xED at offset 213); save it as UTF-8"),
        F("windows-line-ends", "CR LF line ends: accepted, lines still counted right", () => Text(BaseFramework.ReplaceLineEndings("\r\n"))),
        F("windows-line-ends-error", "CR LF line ends with a defect: the line number is right", () => Text(BaseFramework.Replace("\"maxPoints\": 40,", "\"maxPoints\": \"40\",", StringComparison.Ordinal).ReplaceLineEndings("\r\n")),
            "windows-line-ends-error.json(39,20): $.areas[1].maxPoints: expected a number, got the string \"40\"; write numbers without quotes"),
        F("nul-byte", "a NUL byte inside a string", () => Text(BaseFramework.Replace("Bộ chỉ số cơ sở", "Bộ chỉ số\0cơ sở", StringComparison.Ordinal)),
            "nul-byte.json(4,21): $.name: invalid JSON: '0x00' is invalid within a JSON string. The string should be correctly escaped."),
        // Size
        F("nesting-10000-deep", "arrays nested 10,000 deep", () => Text(new string('[', 10_000) + new string(']', 10_000)),
            "nesting-10000-deep.json(1,65): $[0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0]: the document nests deeper than 64 levels (JsonLimits.MaxDepth)"),
        F("file-100-mb", "a 100 MB document", () => Text("{\"name\": \"" + new string('a', 100 * 1024 * 1024) + "\"}"),
            "file-100-mb.json(1,1): $: the document is 104857612 bytes, more than the limit of 33554432 bytes (JsonLimits.MaxBytes)"),
        new("nodes-1e6", "a framework with 10⁶ nodes (size limit raised so the node limit answers)", HostileTarget.Framework, MillionNodes, ["nodes-1e6.json(1,7089005): $.areas[100000]: the framework has more than 100000 nodes (JsonLimits.MaxNodes)"], new JsonLimitsOverride(MaxBytes: 256L * 1024 * 1024)),
        // Assessment documents
        A("assessment-wrong-type", "a count written as a string", "\"2\": { \"count\": \"3\" }",
            "assessment-wrong-type.json(5,90): $.units[0].stages.appraisal1.inputs['2'].count: expected a number, got the string \"3\"; write numbers without quotes"),
        A("assessment-fractional-count", "a count of 1.5", "\"2\": { \"count\": 1.5 }",
            "assessment-fractional-count.json(5,90): $.units[0].stages.appraisal1.inputs['2'].count: expected a whole number, got 1.5"),
        A("assessment-unknown-field", "a misspelt input field", "\"2\": { \"cout\": 3 }",
            "assessment-unknown-field.json(5,81): $.units[0].stages.appraisal1.inputs['2'].cout: unknown property 'cout' (did you mean 'count'?); expected one of met, value, count, numerator, denominator, choice, points, surveyCounts, notApplicable, evidence, references, note"),
        A("assessment-bad-evidence", "an evidence status not in the list", "\"1.3\": { \"points\": 50, \"evidence\": \"yes\" }",
            "assessment-bad-evidence.json(5,109): $.units[0].stages.appraisal1.inputs['1.3'].evidence: 'yes' is not a valid evidence status; expected one of provided, missing, insufficient"),
        // Inputs that load but cannot be scored: the unit gets errors, never a score
        A("negative-count", "a negative count of late reports", "\"2\": { \"count\": -1 }",
            "negative-count.json(5,90): $.units[0].stages.appraisal1.inputs['2'].count: expected a whole number of at least 0, got -1"),
        S("numerator-above-denominator", "more dossiers on time than received", "\"1.1\": { \"numerator\": 11, \"denominator\": 10 }",
            "unit 'a', 1.1: numerator must not exceed denominator (a ratio is at most 100 %); got 11/10"),
        S("ratio-above-100", "a percentage above 100", "\"1.1\": { \"value\": 100.5 }",
            "unit 'a', 1.1: a percentage must be within 0 to 100; got 100.5"),
        S("denominator-0", "no dossier received: not applicable, scored", "\"1.1\": { \"numerator\": 0, \"denominator\": 0 }"),
        S("choice-not-in-list", "a label the framework does not list", "\"1.2\": { \"choice\": \"đúng hạn\" }",
            "unit 'a', 1.2: 'đúng hạn' is not an option; expected one of 'kịp thời', 'không kịp thời'"),
        S("manual-off-step", "manual points off the 0.25 step", "\"1.3\": { \"points\": 50.1, \"evidence\": \"provided\", \"references\": [\"BC 01\"] }",
            "unit 'a', 1.3: points 50.1 are off the step; expected a multiple of 0.25"),
        S("evidence-without-reference", "evidence 'provided' with no reference where references are required", "\"1.3\": { \"points\": 50, \"evidence\": \"provided\" }",
            "unit 'a', 1.3: evidence is marked 'provided' but cites no reference; this leaf requires at least one reference (a document number or link)"),
        S("unknown-leaf-code", "an input for a code the framework does not have", "\"9.9\": { \"count\": 1 }",
            "unit 'a', 9.9: no node '9.9' in framework 'hostile-base'; expected a leaf code such as '1.1'"),
        S("input-for-a-parent", "an input for an area that has criteria", "\"1\": { \"points\": 50 }",
            "unit 'a', 1: '1' has children and takes its points from them; enter inputs for 1.1, 1.2, 1.3"),
        // Scale (issue 14): limits counted while parsing, problems capped, positions in O(1)
        .. ScaleEntries(),
    ];

    private static byte[] MillionNodes()
    {
        var text = new StringBuilder(70_000_000);
        text.Append("{\"id\":\"million\",\"name\":\"Một triệu nút\",\"issuer\":\"X\",\"unitLevel\":\"commune\",\"year\":2024,\"version\":\"1\",\"areas\":[");
        for (var i = 1; i <= 1_000_000; i++)
        {
            if (i > 1) text.Append(',');
            text.Append("{\"code\":\"").Append(i).Append("\",\"name\":\"n\",\"maxPoints\":0,").Append(Manual).Append('}');
        }
        text.Append("]}");
        return Text(text.ToString());
    }
}
