using FluentAssertions;
using NJsonSchema;
using ParIndex.Engine.Serialization;
using Xunit;

namespace ParIndex.Engine.Tests.Serialization;

/// <summary>Every file in Invalid/ has one defect; the loader reports it in full (file, line, column, path, message).</summary>
public class InvalidFrameworkTests
{
    // file -> (every expected problem in full, whether the JSON Schema must reject it too)
    private static readonly Dictionary<string, (string[] Problems, bool Schema)> Expected = new()
    {
        ["array-root"] = (["array-root.json(1,1): $: expected a framework (a JSON object), got an array"], true),
        ["bad-decimal"] = (["bad-decimal.json(39,20): $.areas[1].maxPoints: the number 1e400 cannot be held exactly as a decimal; expected at most 28 significant digits and a magnitude below 7.9e28"], false),
        ["band-above-scale"] = (["band-above-scale.json(44,51): $.bands[0].maxIndex: band 'Tốt' ends at 120, above the scale 100"], false),
        ["band-gap"] = (["band-gap.json(45,51): $.bands[1].maxIndex: gap between band 'Khá' (ends at 75) and band 'Tốt' (starts at 80)"], false),
        ["band-overlap"] = (["band-overlap.json(45,51): $.bands[1].maxIndex: band 'Khá' (ends at 85) overlaps band 'Tốt' (starts at 80)"], false),
        ["bom-wrong-type"] = (["bom-wrong-type.json(7,11): $.year: expected a number, got the string \"2024\"; write numbers without quotes"], true),
        ["code-with-space"] = (["code-with-space.json(16,19): $.areas[0].children[0].code: code '1. 1' must be digits separated by dots (\"3.4.1\")"], true),
        ["comment"] = (["comment.json(36,5): $.areas: comments are not allowed in JSON; remove the // or /* */ comment (use a \"note\" or \"description\" property instead)"], false),
        ["duplicate-code"] = (["duplicate-code.json(37,15): $.areas[1].code: duplicate code '1'"], false),
        ["duplicate-key"] = (["duplicate-key.json(8,3): $.year: duplicate property 'year' (first at line 7); a property may appear only once"], false),
        ["empty"] = (["empty.json(1,1): $: the document is empty; expected a JSON object such as {\"$schema\": ...}"], false),
        ["enum-not-allowed"] = (["enum-not-allowed.json(6,16): $.unitLevel: 'xa' is not a valid unit level; expected one of commune, district, department, province"], true),
        ["invalid-utf8"] = (["invalid-utf8.json(38,17): $: the file is not valid UTF-8 (byte 0xE1 at offset 938); save it as UTF-8"], false),
        ["leaf-without-rule"] = (["leaf-without-rule.json(36,5): $.areas[1]: missing required property 'rule' (a leaf) or 'children' (a parent)"], true),
        ["manual-step-off-max"] = (["manual-step-off-max.json(40,43): $.areas[1].rule.step: the leaf's max 5 is not a multiple of the step 0.3"], false),
        ["missing-field"] = (["missing-field.json(1,1): $: missing required property 'issuer'"], true),
        ["missing-rule-property"] = (["missing-rule-property.json(19,19): $.areas[0].children[0].rule: missing required property 'measure'"], true),
        ["nan"] = (["nan.json(39,20): $.areas[1].maxPoints: NaN and Infinity are not JSON numbers; expected a decimal number such as 2.5"], false),
        ["negative-max"] = (["negative-max.json(39,20): $.areas[1].maxPoints: max points must be within 0 to 1000; got -5"], true),
        ["null-root"] = (["null-root.json(1,1): $: expected a framework (a JSON object), got null"], true),
        ["parent-max-not-sum"] = (["parent-max-not-sum.json(13,20): $.areas[0].maxPoints: max points 11 must equal the sum of its children's maxima, 10"], false),
        ["schema-not-first"] = (["schema-not-first.json(3,14): $.$schema: \"$schema\" must be the first property, so editors pick the schema up"], false),
        ["step-worth-more-than-max"] = (["step-worth-more-than-max.json(23,45): $.areas[0].children[0].rule.steps[0].points: step 1 gives 7 points; expected 0 to the leaf's max 6"], false),
        ["syntax-missing-colon"] = (["syntax-missing-colon.json(3,8): $: invalid JSON: '\"' is invalid after a property name. Expected a ':'."], false),
        ["trailing-comma"] = (["trailing-comma.json(47,3): $.bands: trailing comma before ']'; remove the comma after the last item"], false),
        ["truncated"] = (["truncated.json(43,3): $: the document ends too early; a '}' or ']' is missing"], false),
        ["unknown-disqualifier-band"] = (["unknown-disqualifier-band.json(49,69): $.disqualifiers[0].highestBand: 'Xuất sắc' is not a band of this framework; expected one of 'Tốt', 'Khá', 'Yếu'"], false),
        ["unknown-property"] = ([
            "unknown-property.json(28,9): $.areas[0].children[1]: missing required property 'maxPoints'",
            "unknown-property.json(31,11): $.areas[0].children[1].maxPoint: unknown property 'maxPoint' (did you mean 'maxPoints'?); expected one of code, name, nameEn, maxPoints, aggregation, evidence, notApplicable, adjustments, children, rule",
        ], true),
        ["unknown-rule-kind"] = (["unknown-rule-kind.json(32,29): $.areas[0].children[1].rule.kind: 'yesNo' is not a rule kind; expected one of allOrNothing, choice, steps, proportional, perItem, deduction, manual, survey, relativeToBest, ratioSteps"], true),
        ["unordered-steps"] = (["unordered-steps.json(24,30): $.areas[0].children[0].rule.steps[1].threshold: thresholds must decrease (\"at least\", best first); 90 follows 85"], false),
        ["wrong-code-separator"] = (["wrong-code-separator.json(29,19): $.areas[0].children[1].code: code '1,2' must be digits separated by dots (\"3.4.1\")"], true),
        ["wrong-type"] = (["wrong-type.json(39,20): $.areas[1].maxPoints: expected a number, got the string \"5\"; write numbers without quotes"], true),
    };

    public static TheoryData<string> Files() => [.. Expected.Keys];

    [Fact]
    public void The_folder_holds_at_least_25_defects_and_each_has_its_expectation()
    {
        var files = Directory.GetFiles(Path.Combine(TestFiles.Root, "Serialization", "Invalid"), "*.json").Select(Path.GetFileNameWithoutExtension).ToList();
        files.Should().HaveCountGreaterThanOrEqualTo(25);
        files.Should().BeEquivalentTo(Expected.Keys);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void The_loader_reports_the_defect_in_full(string name)
    {
        var result = ParIndexJson.Default.LoadFramework(TestFiles.Invalid(name + ".json"));
        result.Succeeded.Should().BeFalse();
        result.Value.Should().BeNull();
        result.Problems.Select(p => p.ToString()).Should().Equal(Expected[name].Problems);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Defects_the_schema_can_see_are_rejected_by_the_schema_too(string name)
    {
        if (!Expected[name].Schema) return;
        var schema = await JsonSchema.FromJsonAsync(JsonSchemas.Framework);
        var text = File.ReadAllText(TestFiles.Invalid(name + ".json"));
        schema.Validate(text).Should().NotBeEmpty($"{name} breaks the schema");
    }

    [Fact]
    public void A_byte_order_mark_before_Vietnamese_text_loads_fine()
    {
        var path = Path.Combine(TestFiles.Root, "Serialization", "Valid-bom-vietnamese.json");
        File.ReadAllBytes(path).Take(3).Should().Equal(0xEF, 0xBB, 0xBF);
        var result = ParIndexJson.Default.LoadFramework(path);
        result.Problems.Should().BeEmpty();
        result.Value!.Areas[1].Name.Should().Be("Cải cách thể chế");
    }

    [Fact]
    public void A_missing_file_is_a_problem_not_an_exception()
    {
        var result = ParIndexJson.Default.LoadFramework(Path.Combine(TestFiles.Root, "no-such-framework.json"));
        result.Succeeded.Should().BeFalse();
        result.Problems.Should().ContainSingle().Which.Message.Should().StartWith("the file does not exist (");
        result.Problems[0].File.Should().Be("no-such-framework.json");
    }

    [Fact]
    public void Limits_are_enforced_with_a_clear_message()
    {
        var text = File.ReadAllText(Path.Combine(TestFiles.Root, "Serialization", "Valid-bom-vietnamese.json"));
        new ParIndexJson(new JsonLimits { MaxBytes = 100 }).ParseFramework(text, "f.json").Problems.Select(p => p.ToString())
            .Should().Equal($"f.json(1,1): $: the document is {System.Text.Encoding.UTF8.GetByteCount(text.TrimStart('\uFEFF'))} bytes, more than the limit of 100 bytes (JsonLimits.MaxBytes)");
        new ParIndexJson(new JsonLimits { MaxDepth = 3 }).ParseFramework(text, "f.json").Problems.Select(p => p.Message)
            .Should().Equal("the document nests deeper than 3 levels (JsonLimits.MaxDepth)");
        new ParIndexJson(new JsonLimits { MaxNodes = 2 }).ParseFramework(text, "f.json").Problems.Select(p => p.Path + ": " + p.Message)
            .Should().Equal("$.areas[0].children[1]: the framework has more than 2 nodes (JsonLimits.MaxNodes)");
    }

    [Fact]
    public void Garbage_never_escapes_as_an_exception()
    {
        var inputs = new[] { "{", "}", "{\"areas\": [", "\"x\"", "1", "{\"areas\": [null, 1, \"a\", {\"children\": [{}]}]}", "{\"id\": {\"$ref\": 1}}", new string('[', 5000) };
        foreach (var input in inputs)
        {
            var result = ParIndexJson.Default.ParseFramework(input);
            result.Succeeded.Should().BeFalse();
            result.Problems.Should().NotBeEmpty();
        }
    }
}
