using System.Text;
using FluentAssertions;
using ParIndex.Engine.Scenarios;
using Xunit;

namespace ParIndex.Engine.Rules.Tests.Scenarios;

/// <summary>
/// C# is the source of truth of the scenario schema (<see cref="ScenarioSchemaGenerator"/>). Both committed copies
/// (embedded in the package and in docs/schema) must equal the generated text byte for byte; after a change on purpose,
/// <c>PARINDEX_WRITE_SCHEMAS=1 dotnet test tests/ParIndex.Engine.Rules.Tests --filter SchemaGeneration</c> rewrites them.
/// </summary>
public class ScenarioSchemaGenerationTests
{
    [Fact]
    public void The_committed_scenario_schemas_are_the_generated_one()
    {
        var generated = ScenarioSchemaGenerator.Text();
        var root = RepositoryRoot();
        var copies = new[]
        {
            Path.Combine(root, "src", "ParIndex.Engine.Rules", "Scenarios", "Schemas", "scenarios.schema.json"),
            Path.Combine(root, "docs", "schema", "scenarios.schema.json"),
        };
        var write = Environment.GetEnvironmentVariable("PARINDEX_WRITE_SCHEMAS") == "1";
        if (write)
            foreach (var copy in copies) File.WriteAllText(copy, generated, new UTF8Encoding(false));

        foreach (var copy in copies)
            File.ReadAllText(copy, Encoding.UTF8).Should().Be(generated,
                "{0} is generated from C#; after a change on purpose run PARINDEX_WRITE_SCHEMAS=1 dotnet test tests/ParIndex.Engine.Rules.Tests --filter SchemaGeneration", copy);
        if (!write) ScenarioFile.Schema.Should().Be(generated, "the package embeds the committed copy");
    }

    [Fact]
    public void Scenario_units_are_the_assessment_schema_units()
    {
        var scenario = System.Text.Json.Nodes.JsonNode.Parse(ScenarioSchemaGenerator.Text())!;
        var assessment = System.Text.Json.Nodes.JsonNode.Parse(Engine.Serialization.JsonSchemas.Assessment)!;
        System.Text.Json.Nodes.JsonNode.DeepEquals(scenario["definitions"]!["unit"], assessment["properties"]!["units"]!["items"]).Should().BeTrue();
        System.Text.Json.Nodes.JsonNode.DeepEquals(scenario["definitions"]!["input"], assessment["definitions"]!["input"]).Should().BeTrue();
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ParIndex.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("ParIndex.sln not found above " + AppContext.BaseDirectory);
    }
}
