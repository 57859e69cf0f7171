using System.Text.Json.Nodes;
using FluentAssertions;
using FsCheck.Xunit;
using ParIndex.Engine.Model;
using ParIndex.Engine.Serialization;
using Xunit;

namespace ParIndex.Engine.Tests.Serialization;

public class RoundTripAndHashTests
{
    internal static void ShouldEqual(Framework actual, Framework expected)
    {
        actual.Info.Should().Be(expected.Info);
        actual.Policy.Should().Be(expected.Policy);
        actual.Areas.Should().Equal(expected.Areas);
        actual.Bands.Should().Equal(expected.Bands);
        actual.Parts.Should().Equal(expected.Parts);
        actual.Adjustments.Should().Equal(expected.Adjustments);
        actual.Disqualifiers.Should().Equal(expected.Disqualifiers);
    }

    [Property(MaxTest = 300)]
    public void Written_frameworks_read_back_equal_and_rewrite_to_the_same_bytes(int seed)
    {
        var framework = new FrameworkGenerator(seed).Next();
        var json = ParIndexJson.Default.WriteFramework(framework);
        var read = ParIndexJson.Default.ParseFramework(json, "generated.json");
        read.Problems.Should().BeEmpty(json);
        ShouldEqual(read.Value!, framework);
        ParIndexJson.Default.WriteFramework(read.Value!).Should().Be(json);
        read.Value!.ContentHash.Should().Be(framework.ContentHash);
    }

    [Fact]
    public void Writing_is_indented_with_two_spaces_lf_and_unescaped_Vietnamese()
    {
        var framework = Load("sample-all-kinds.json");
        var json = ParIndexJson.Default.WriteFramework(framework);
        json.Should().StartWith("{\n  \"$schema\": \"https://parindex.dev/schema/framework.schema.json\",\n  \"id\": \"sample-all-kinds\",\n");
        json.Should().NotContain("\r").And.NotContain("\\u").And.Contain("Cải cách thủ tục hành chính").And.EndWith("}\n");
        json.Should().Contain("\"points\": 2.5").And.NotContain("2.50");
    }

    [Fact]
    public void Decimals_are_written_in_canonical_form_and_read_exactly()
    {
        var text = File.ReadAllText(Path.Combine(TestFiles.Samples("frameworks"), "muong-te-2022.json")).Replace("\"maxPoints\": 20.5", "\"maxPoints\": 20.50000", StringComparison.Ordinal);
        var framework = ParIndexJson.Default.ParseFramework(text).GetValueOrThrow();
        framework.Areas[0].MaxPoints.Should().Be(20.5m);
        ParIndexJson.Default.WriteFramework(framework).Should().Contain("\"maxPoints\": 20.5,").And.NotContain("20.50");
        var precise = text.Replace("\"maxPoints\": 20.50000", "\"maxPoints\": 20.1234567890123456789012345", StringComparison.Ordinal)
            .Replace("\"maxPoints\": 10.5", "\"maxPoints\": 10.8765432109876543210987655", StringComparison.Ordinal)
            .Replace("\"step\": 0.5", "\"step\": 0.0000000000000000000000000001", StringComparison.Ordinal)
            .Replace("\"manualStep\": 0.5", "\"manualStep\": 0.0000000000000000000000000001", StringComparison.Ordinal);
        var exact = ParIndexJson.Default.ParseFramework(precise);
        exact.Problems.Should().BeEmpty();
        exact.Value!.Areas[0].MaxPoints.Should().Be(20.1234567890123456789012345m);
        exact.Value.MaxPoints.Should().Be(100m - 20.5m - 10.5m + 20.1234567890123456789012345m + 10.8765432109876543210987655m);
    }

    public static TheoryData<string> Samples() => [.. TestFiles.SampleFrameworks.Select(f => Path.GetFileName(f))];

    [Theory]
    [MemberData(nameof(Samples))]
    public void Samples_round_trip(string file)
    {
        var framework = Load(file);
        var json = ParIndexJson.Default.WriteFramework(framework);
        var again = ParIndexJson.Default.ParseFramework(json).GetValueOrThrow();
        ShouldEqual(again, framework);
        ParIndexJson.Default.WriteFramework(again).Should().Be(json);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void The_hash_ignores_whitespace_and_property_order(string file)
    {
        var original = Load(file);
        var node = JsonNode.Parse(File.ReadAllText(Path.Combine(TestFiles.Samples("frameworks"), file)))!;
        var reordered = Reorder(node, top: true)!.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = false });
        reordered.Should().NotBe(ParIndexJson.Default.WriteFramework(original));
        var loaded = ParIndexJson.Default.ParseFramework(reordered).GetValueOrThrow();
        loaded.ContentHash.Should().Be(original.ContentHash).And.MatchRegex("^[0-9a-f]{64}$");
    }

    [Theory]
    [InlineData("max of a leaf", "thanh-tri-2018.json", "$.areas[0].maxPoints", "26")]
    [InlineData("a threshold", "sample-all-kinds.json", "$.areas[1].children[0].children[0].rule.steps[1].threshold", "96")]
    [InlineData("a code", "sample-all-kinds.json", "$.areas[3].children[2].code", "\"4.5\"")]
    [InlineData("a name", "phu-yen-2022.json", "$.areas[7].name", "\"Tác động\"")]
    [InlineData("a band", "phu-yen-2022.json", "$.bands[0].label", "\"A+\"")]
    [InlineData("the policy", "muong-te-2022.json", "$.scoring.manualStep", "0.25")]
    public void The_hash_changes_with_the_content(string what, string file, string path, string value)
    {
        var original = Load(file);
        var node = JsonNode.Parse(File.ReadAllText(Path.Combine(TestFiles.Samples("frameworks"), file)))!;
        Set(node, path, JsonNode.Parse(value)!);
        var changed = ParIndexJson.Default.ParseFramework(node.ToJsonString());
        changed.Problems.Should().BeEmpty(what);
        changed.Value!.ContentHash.Should().NotBe(original.ContentHash, what);
    }

    [Fact]
    public void Assessments_round_trip()
    {
        foreach (var file in TestFiles.SampleAssessments)
        {
            var doc = ParIndexJson.Default.LoadAssessment(file).GetValueOrThrow();
            var json = ParIndexJson.Default.WriteAssessment(doc);
            var again = ParIndexJson.Default.ParseAssessment(json).GetValueOrThrow();
            again.Should().Be(doc);
            ParIndexJson.Default.WriteAssessment(again).Should().Be(json);
        }
    }

    private static Framework Load(string file) => ParIndexJson.Default.LoadFramework(Path.Combine(TestFiles.Samples("frameworks"), file)).GetValueOrThrow();

    private static JsonNode? Reorder(JsonNode? node, bool top = false)
    {
        switch (node)
        {
            case JsonObject o:
            {
                var props = o.Select(kv => (kv.Key, Value: kv.Value?.DeepClone())).ToList();
                var result = new JsonObject();
                if (top) result["$schema"] = props.First(p => p.Key == "$schema").Value;
                foreach (var (key, value) in props.Where(p => !top || p.Key != "$schema").Reverse()) result[key] = Reorder(value);
                return result;
            }
            case JsonArray a:
                return new JsonArray([.. a.Select(i => Reorder(i?.DeepClone()))]);
            default:
                return node?.DeepClone();
        }
    }

    private static void Set(JsonNode root, string path, JsonNode value)
    {
        var parts = System.Text.RegularExpressions.Regex.Matches(path, "\\.([A-Za-z$]+)|\\[([0-9]+)\\]").ToList();
        var node = root;
        for (var i = 0; i < parts.Count - 1; i++)
            node = parts[i].Groups[1].Success ? node[parts[i].Groups[1].Value]! : node[int.Parse(parts[i].Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)]!;
        var last = parts[^1];
        if (last.Groups[1].Success) node[last.Groups[1].Value] = value;
        else node[int.Parse(last.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)] = value;
    }
}
