using ParIndex.Engine.Serialization;

namespace ParIndex.Cli.Output;

/// <summary>The published JSON Schemas: the engine's <see cref="JsonSchemas"/> and the scenario schema of ParIndex.Engine.Rules.</summary>
internal static class Schemas
{
    public static readonly string[] Names = ["framework", "assessment", "scorecard", "scenarios"];

    public static string? Get(string name) => name switch
    {
        "framework" => JsonSchemas.Framework,
        "assessment" => JsonSchemas.Assessment,
        "scorecard" => JsonSchemas.ScoreCard,
        "scenarios" => Engine.Scenarios.ScenarioFile.Schema,
        _ => null,
    };
}
