using FluentAssertions;
using NJsonSchema;
using ParIndex.Engine.Evaluation;
using ParIndex.Engine.Messages;
using ParIndex.Engine.Model;
using ParIndex.Engine.Rules;
using ParIndex.Engine.Serialization;
using ParIndex.Engine.Tests.Support;
using Xunit;

namespace ParIndex.Engine.Tests.Serialization;

public class SchemaTests
{
    public static TheoryData<string> SchemaNames() => [.. JsonSchemas.Names];

    [Theory]
    [MemberData(nameof(SchemaNames))]
    public void Docs_schema_files_equal_the_embedded_ones_byte_for_byte(string name) =>
        File.ReadAllBytes(TestFiles.DocsSchema(name)).Should().Equal(JsonSchemas.GetBytes(name));

    [Fact]
    public void Schemas_are_reachable_by_short_name_and_unknown_names_are_refused()
    {
        JsonSchemas.Get("framework").Should().Be(JsonSchemas.Framework);
        JsonSchemas.Get("score-card.schema.json").Should().Be(JsonSchemas.ScoreCard);
        FluentActions.Invoking(() => JsonSchemas.Get("nope")).Should().Throw<ArgumentException>().WithMessage("No schema 'nope'*");
    }

    [Theory]
    [MemberData(nameof(SampleTests.Frameworks), MemberType = typeof(SampleTests))]
    public async Task Sample_frameworks_are_valid_against_the_schema(string file)
    {
        var schema = await JsonSchema.FromJsonAsync(JsonSchemas.Framework);
        schema.Validate(File.ReadAllText(Path.Combine(TestFiles.Samples("frameworks"), file))).Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(SampleTests.Assessments), MemberType = typeof(SampleTests))]
    public async Task Sample_assessments_are_valid_against_the_schema(string file)
    {
        var schema = await JsonSchema.FromJsonAsync(JsonSchemas.Assessment);
        schema.Validate(File.ReadAllText(Path.Combine(TestFiles.Samples("assessments"), file))).Should().BeEmpty();
    }

    [Fact]
    public async Task Written_frameworks_and_assessments_are_valid_against_the_schema()
    {
        var framework = await JsonSchema.FromJsonAsync(JsonSchemas.Framework);
        var assessment = await JsonSchema.FromJsonAsync(JsonSchemas.Assessment);
        for (var seed = 0; seed < 50; seed++)
            framework.Validate(ParIndexJson.Default.WriteFramework(new FrameworkGenerator(seed).Next())).Should().BeEmpty($"seed {seed}");
        foreach (var file in TestFiles.SampleAssessments)
            assessment.Validate(ParIndexJson.Default.WriteAssessment(ParIndexJson.Default.LoadAssessment(file).GetValueOrThrow())).Should().BeEmpty();
    }

    [Fact]
    public async Task Score_cards_of_every_sample_are_valid_against_the_schema_and_carry_the_framework_identity()
    {
        var schema = await JsonSchema.FromJsonAsync(JsonSchemas.ScoreCard);
        foreach (var file in TestFiles.SampleAssessments)
        {
            var framework = ParIndexJson.Default.LoadFramework(Path.Combine(TestFiles.Samples("frameworks"), Path.GetFileName(file))).GetValueOrThrow();
            var compiled = FrameworkCompiler.Compile(framework);
            var units = ParIndexJson.Default.LoadAssessment(file).GetValueOrThrow().Units;
            var cards = units.SelectMany(u => u.Stages.Keys.Select(s => compiled.Score(u, s))).ToList();
            var json = ParIndexJson.Default.WriteScoreCards(cards);
            schema.Validate(json).Should().BeEmpty(Path.GetFileName(file));
            json.Should().StartWith("{\n  \"$schema\": \"https://parindex.dev/schema/score-card.schema.json\",\n  \"scoreCards\": [");
            json.Should().Contain($"\"contentHash\": \"{framework.ContentHash}\"").And.NotContain("\\u");
            ParIndexJson.Default.WriteScoreCards(cards).Should().Be(json);
        }
    }

    [Fact]
    public async Task An_input_error_in_a_card_carries_its_stable_code_and_both_languages_and_is_valid()
    {
        var framework = new Framework(Build.Info(), [Build.Leaf("1", 10, new AllOrNothingRule())], hasher: RuleKindRegistry.BuiltInHasher);
        var card = FrameworkCompiler.Compile(framework).Score(Build.Unit("xa-1", ("9.9", Build.Met(true))));
        card.IsScored.Should().BeFalse();
        var error = card.Errors.Should().ContainSingle().Subject;

        var json = ParIndexJson.Default.WriteScoreCards([card]);

        (await JsonSchema.FromJsonAsync(JsonSchemas.ScoreCard)).Validate(json).Should().BeEmpty();
        var written = System.Text.Json.Nodes.JsonNode.Parse(json)!["scoreCards"]![0]!["errors"]![0]!;
        written["errorCode"]!.GetValue<string>().Should().Be(ErrorCodes.UnknownNode.Code).And.Be(error.ErrorCode.Code);
        written["vi"]!.GetValue<string>().Should().Be(error.Text(System.Globalization.CultureInfo.GetCultureInfo("vi-VN")))
            .And.StartWith("không có tiêu chí '9.9'");
        written["en"]!.GetValue<string>().Should().Be(error.Text(System.Globalization.CultureInfo.InvariantCulture))
            .And.StartWith("no node '9.9'");
        written["message"]!.GetValue<string>().Should().Be(error.Message);
        json.Should().NotContain("\\u", "Vietnamese stays readable");
    }

    [Fact]
    public async Task The_rule_kind_enum_of_the_schema_lists_exactly_the_built_in_kinds()
    {
        var schema = await JsonSchema.FromJsonAsync(JsonSchemas.Framework);
        var kinds = schema.Definitions.Where(d => d.Key.StartsWith("rule_", StringComparison.Ordinal)).Select(d => d.Key["rule_".Length..]);
        kinds.Should().BeEquivalentTo(RuleKindRegistry.BuiltInNames);
    }
}
