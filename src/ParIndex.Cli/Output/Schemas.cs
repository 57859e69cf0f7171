using ParIndex.Engine.Serialization;

namespace ParIndex.Cli.Output;

/// <summary>The published JSON Schemas: the engine's <see cref="JsonSchemas"/>, and the scenario schema of the rules package when it has one.</summary>
internal static class Schemas
{
    public static readonly string[] Names = ["framework", "assessment", "scorecard", "scenarios"];

    public static string? Get(string name) => name switch
    {
        "framework" => JsonSchemas.Framework,
        "assessment" => JsonSchemas.Assessment,
        "scorecard" => JsonSchemas.ScoreCard,
        _ => FromRulesPackage(name),
    };

    /// <summary>The rules package (ParIndex.Engine.Rules) ships the scenario schema as an embedded resource once it has one.</summary>
    private static string? FromRulesPackage(string name)
    {
        var assembly = typeof(Engine.Rules.Catalogue.FrameworkCatalogue).Assembly;
        var resource = assembly.GetManifestResourceNames().FirstOrDefault(r => r.EndsWith("." + name + ".schema.json", StringComparison.OrdinalIgnoreCase));
        if (resource is null) return null;
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
