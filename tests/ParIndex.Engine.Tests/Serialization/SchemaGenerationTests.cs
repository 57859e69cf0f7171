using System.Text;
using System.Text.Json.Nodes;
using FluentAssertions;
using NJsonSchema;
using ParIndex.Engine.Serialization;
using ParIndex.Engine.Serialization.Internal;
using ParIndex.Engine.Tests.PublicApi;
using Xunit;

namespace ParIndex.Engine.Tests.Serialization;

/// <summary>
/// C# is the source of truth of the shipped schemas: <see cref="SchemaGenerator"/> and each kind's
/// <see cref="IRuleKind.DescribeSchema"/>. The committed copies (embedded in the package and in docs/schema) must equal
/// the generated text byte for byte. After changing a schema on purpose, rewrite both copies with
/// <c>PARINDEX_WRITE_SCHEMAS=1 dotnet test tests/ParIndex.Engine.Tests --filter SchemaGeneration</c> and commit them.
/// </summary>
public class SchemaGenerationTests
{
    public static TheoryData<string> SchemaNames() => [.. JsonSchemas.Names];

    [Theory]
    [MemberData(nameof(SchemaNames))]
    public void The_committed_schemas_are_the_generated_ones(string name)
    {
        var generated = SchemaGenerator.Text(name);
        var root = PublicApiTests.RepositoryRoot();
        var copies = new[]
        {
            Path.Combine(root, "src", "ParIndex.Engine", "Serialization", "Schemas", name),
            Path.Combine(root, "docs", "schema", name),
        };
        if (Environment.GetEnvironmentVariable("PARINDEX_WRITE_SCHEMAS") == "1")
            foreach (var copy in copies) File.WriteAllText(copy, generated, new UTF8Encoding(false));

        foreach (var copy in copies)
            File.ReadAllText(copy, Encoding.UTF8).Should().Be(generated,
                "{0} is generated from C#; after a change on purpose run PARINDEX_WRITE_SCHEMAS=1 dotnet test tests/ParIndex.Engine.Tests --filter SchemaGeneration", copy);
        // The embedded copy is what the package ships (built from the committed file before this test could rewrite it).
        if (Environment.GetEnvironmentVariable("PARINDEX_WRITE_SCHEMAS") != "1")
            JsonSchemas.Get(name).Should().Be(generated);
    }

    [Fact]
    public void The_generated_text_is_readable_utf8_with_a_final_newline()
    {
        var text = SchemaGenerator.Text(JsonSchemas.FrameworkFileName);
        text.Should().Contain("Bộ chỉ số cải cách hành chính").And.NotContain("\\u").And.NotContain("\r").And.EndWith("}\n");
        text.Should().StartWith("{\n  \"$schema\": \"http://json-schema.org/draft-07/schema#\",\n");
    }

    [Fact]
    public void Every_registered_kind_describes_a_closed_rule_object_naming_itself()
    {
        var registry = new RuleKindRegistry().Add(new QuotaKind());
        foreach (var name in registry.Names)
        {
            registry.TryGet(name, out var kind).Should().BeTrue();
            var schema = kind!.DescribeSchema();
            schema["type"]!.GetValue<string>().Should().Be("object", name);
            schema["additionalProperties"]!.GetValue<bool>().Should().BeFalse(name);
            schema["required"]!.AsArray().Select(n => n!.GetValue<string>()).Should().Contain("kind", name);
            schema["properties"]!["kind"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>()).Should().Equal([name], name);
            schema["properties"]!.AsObject().Select(p => p.Key).Should().BeEquivalentTo(["kind", .. kind.Properties],
                "the schema of {0} must allow exactly the properties its reader accepts", name);
        }
    }

    [Fact]
    public void A_registry_with_the_built_ins_only_gives_the_shipped_framework_schema() =>
        new RuleKindRegistry().FrameworkSchema().Should().Be(SchemaGenerator.Text(JsonSchemas.FrameworkFileName));

    [Fact]
    public async Task A_custom_kind_is_in_the_framework_schema_of_its_registry()
    {
        var text = new RuleKindRegistry().Add(new QuotaKind()).FrameworkSchema();

        var json = JsonNode.Parse(text)!;
        json["definitions"]!["rule_quota"]!["properties"]!["quota"].Should().NotBeNull();
        json["definitions"]!["node"]!["properties"]!["rule"]!["oneOf"]!.AsArray()
            .Select(r => r!["$ref"]!.GetValue<string>()).Should().Contain("#/definitions/rule_quota");

        var schema = await JsonSchema.FromJsonAsync(text);
        schema.Validate(Framework("""{ "kind": "quota", "quota": 12 }""")).Should().BeEmpty();
        schema.Validate(Framework("""{ "kind": "quota", "quotum": 12 }""")).Should().NotBeEmpty("a property the kind does not declare is refused");
        var shipped = await JsonSchema.FromJsonAsync(JsonSchemas.Framework);
        shipped.Validate(Framework("""{ "kind": "quota", "quota": 12 }""")).Should().NotBeEmpty("the shipped schema knows the built-ins only");
    }

    private static string Framework(string rule) => $$"""
        {
          "id": "custom-2024", "name": "Bộ chỉ số có quy tắc riêng", "issuer": "UBND tỉnh", "unitLevel": "commune", "year": 2024, "version": "1",
          "areas": [ { "code": "7", "name": "Chính quyền số", "maxPoints": 2, "rule": {{rule}} } ]
        }
        """;
}
