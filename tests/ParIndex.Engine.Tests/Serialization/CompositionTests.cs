using FluentAssertions;
using NJsonSchema;
using ParIndex.Engine.Rules;
using ParIndex.Engine.Serialization;
using Xunit;

namespace ParIndex.Engine.Tests.Serialization;

/// <summary>A district's framework that extends the bundled sample framework: composed, validated as one, errors at the district's line.</summary>
public class CompositionTests
{
    private static string District => Path.Combine(TestFiles.Samples("districts"), "sample-district-2024.json");

    private static string Base => Path.Combine(TestFiles.Samples("frameworks"), "sample-all-kinds.json");

    [Fact]
    public void The_bundled_district_composes_with_its_base_and_has_its_own_identity_and_hash()
    {
        var composition = ParIndexJson.Default.LoadComposition(District).GetValueOrThrow();
        var baseFramework = ParIndexJson.Default.LoadFramework(Base).GetValueOrThrow();

        composition.Base.ContentHash.Should().Be(baseFramework.ContentHash);
        var composed = composition.Composed;
        composed.Info.Id.Should().Be("sample-district-2024");
        composed.Info.Year.Should().Be(2024, "inherited from the base");
        composed.ContentHash.Should().NotBe(baseFramework.ContentHash);
        composed.MaxPoints.Should().Be(100m);

        var split = composed.FindNode("2.3")!;
        split.IsLeaf.Should().BeFalse("2.3 was split in two");
        split.Children.Select(c => (c.Code, c.MaxPoints)).Should().Equal(("2.3.1", 2.5m), ("2.3.2", 2.5m));
        composed.FindNode("2.2")!.Rule.Should().BeOfType<StepsRule>().Which.Steps[1].Points.Should().Be(2.5m);
        composed.FindNode("1.1")!.MaxPoints.Should().Be(5m);
        composed.FindNode("1.2")!.MaxPoints.Should().Be(5m);
        composed.Bands.Should().Equal(baseFramework.Bands);
        composition.Changes.Select(c => (c.Op, c.NodeCode)).Should().Equal(("addChildren", "2.3"), ("replaceRule", "2.2"), ("setMaxPoints", "1.1"), ("setMaxPoints", "1.2"));
        composition.Changes[0].Line.Should().Be(12);

        ParIndexJson.Default.LoadFramework(District).GetValueOrThrow().ContentHash.Should().Be(composed.ContentHash);
    }

    [Fact]
    public async Task The_district_file_is_valid_against_the_schema_and_a_framework_without_areas_or_extends_is_not()
    {
        var schema = await JsonSchema.FromJsonAsync(JsonSchemas.Framework);
        schema.Validate(File.ReadAllText(District)).Should().BeEmpty();
        schema.Validate("""{"id": "x", "name": "X", "issuer": "Y", "version": "1"}""").Should().NotBeEmpty();
    }

    private static IReadOnlyList<JsonProblem> LoadEdited(Func<string, string> edit)
    {
        using var folder = new TempDistrict(edit(File.ReadAllText(District)));
        return ParIndexJson.Default.LoadFramework(folder.Path).Problems;
    }

    [Fact]
    public void A_split_whose_maxima_do_not_sum_is_reported_at_the_change_with_the_base_node()
    {
        var problems = LoadEdited(text => text.Replace("\"code\": \"2.3.2\",\n          \"name\": \"Công khai TTHC trên trang thông tin điện tử của xã\",\n          \"maxPoints\": 2.5",
            "\"code\": \"2.3.2\",\n          \"name\": \"Công khai TTHC trên trang thông tin điện tử của xã\",\n          \"maxPoints\": 3", StringComparison.Ordinal));

        problems.Should().ContainSingle();
        problems[0].Path.Should().Be("$.changes[0]");
        problems[0].Line.Should().Be(12);
        problems[0].Message.Should().Contain("base node '2.3'").And.Contain("must equal the sum of its children's maxima, 5.5");
    }

    [Fact]
    public void An_unknown_base_node_and_a_rule_for_a_parent_are_named_at_their_lines()
    {
        var problems = LoadEdited(text => text.Replace("\"node\": \"1.1\"", "\"node\": \"9.9\"", StringComparison.Ordinal)
            .Replace("\"node\": \"2.2\"", "\"node\": \"2.1\"", StringComparison.Ordinal));

        problems.Select(p => p.Message).Should().Contain("no node '9.9' in the base framework 'sample-all-kinds' 1.0.0")
            .And.Contain("'2.1' has children in the base framework; only a leaf has a rule");
        problems.Should().OnlyContain(p => p.Path.StartsWith("$.changes[", StringComparison.Ordinal) && p.Line > 1);
    }

    [Fact]
    public void A_missing_base_or_a_cycle_is_a_problem_at_extends_not_a_crash()
    {
        LoadEdited(text => text.Replace("../frameworks/sample-all-kinds.json", "nowhere.json", StringComparison.Ordinal))
            .Should().ContainSingle().Which.Message.Should().Contain("the file does not exist");
        LoadEdited(text => text.Replace("\"file\": \"../frameworks/sample-all-kinds.json\"", "\"file\": \"district.json\"", StringComparison.Ordinal))
            .Should().ContainSingle().Which.Message.Should().Contain("'extends' makes a cycle: district.json → district.json");
    }

    [Fact]
    public void A_base_found_by_id_and_version_in_the_same_folder()
    {
        using var folder = new TempDistrict(File.ReadAllText(District).Replace("\"file\": \"../frameworks/sample-all-kinds.json\"",
            "\"id\": \"sample-all-kinds\", \"version\": \"1.0.0\"", StringComparison.Ordinal));
        File.Copy(Base, System.IO.Path.Combine(System.IO.Path.GetDirectoryName(folder.Path)!, "tinh.json"));

        var composition = ParIndexJson.Default.LoadComposition(folder.Path).GetValueOrThrow();

        composition.BaseSource.Should().Be("sample-all-kinds 1.0.0");
        composition.Composed.FindNode("2.3.1").Should().NotBeNull();
    }

    private sealed class TempDistrict : IDisposable
    {
        public TempDistrict(string text)
        {
            Folder = Directory.CreateTempSubdirectory("parindex-district-").FullName;
            Directory.CreateDirectory(System.IO.Path.Combine(Folder, "sub"));
            Path = System.IO.Path.Combine(Folder, "sub", "district.json");
            var frameworks = System.IO.Path.Combine(Folder, "frameworks");
            Directory.CreateDirectory(frameworks);
            File.Copy(Base, System.IO.Path.Combine(frameworks, "sample-all-kinds.json"));
            File.WriteAllText(Path, text);
        }

        public string Folder { get; }

        public string Path { get; }

        public void Dispose() => Directory.Delete(Folder, recursive: true);
    }
}
