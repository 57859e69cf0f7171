namespace ParIndex.Cli.Output;

/// <summary>
/// The published JSON Schemas, read from the engine's embedded resources ("ParIndex.Engine.Schemas.*.schema.json").
/// A seam over the engine's JsonSchemas class.
/// </summary>
internal static class Schemas
{
    public static readonly string[] Names = ["framework", "assessment", "scorecard", "scenarios"];

    public static string? Get(string name)
    {
        var resource = name switch
        {
            "scorecard" => ["score-card", "scorecard"],
            _ => new[] { name },
        };
        var assemblies = new[] { typeof(Engine.Model.Framework).Assembly, typeof(Engine.Rules.Catalogue.FrameworkCatalogue).Assembly };
        foreach (var assembly in assemblies)
            foreach (var candidate in resource)
                foreach (var resourceName in assembly.GetManifestResourceNames())
                {
                    if (!resourceName.EndsWith("." + candidate + ".schema.json", StringComparison.OrdinalIgnoreCase)) continue;
                    using var stream = assembly.GetManifestResourceStream(resourceName)!;
                    using var reader = new StreamReader(stream);
                    return reader.ReadToEnd();
                }
        return null;
    }
}
