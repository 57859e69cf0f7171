namespace ParIndex.Engine.Serialization;

/// <summary>
/// The JSON Schemas (draft-07) of the three documents, embedded in the package; identical copies are in docs/schema.
/// Point an editor at them through "$schema" or a json.schemas setting.
/// </summary>
public static class JsonSchemas
{
    /// <summary>The file name of the framework schema.</summary>
    public const string FrameworkFileName = "framework.schema.json";

    /// <summary>The file name of the assessment schema.</summary>
    public const string AssessmentFileName = "assessment.schema.json";

    /// <summary>The file name of the score card schema.</summary>
    public const string ScoreCardFileName = "score-card.schema.json";

    /// <summary>The framework schema.</summary>
    public static string Framework => Get(FrameworkFileName);

    /// <summary>The assessment schema.</summary>
    public static string Assessment => Get(AssessmentFileName);

    /// <summary>The score card schema.</summary>
    public static string ScoreCard => Get(ScoreCardFileName);

    /// <summary>The names of the embedded schema files.</summary>
    public static IReadOnlyList<string> Names { get; } = [FrameworkFileName, AssessmentFileName, ScoreCardFileName];

    /// <summary>The text of a schema by file name ("framework.schema.json") or short name ("framework", "assessment", "score-card").</summary>
    /// <exception cref="ArgumentException">No schema has that name.</exception>
    public static string Get(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        var file = name.EndsWith(".schema.json", StringComparison.Ordinal) ? name : name + ".schema.json";
        using var stream = typeof(JsonSchemas).Assembly.GetManifestResourceStream("ParIndex.Engine.Schemas." + file)
            ?? throw new ArgumentException($"No schema '{name}'; expected one of {string.Join(", ", Names)}.", nameof(name));
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The raw bytes of a schema (exactly as shipped).</summary>
    public static byte[] GetBytes(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        var file = name.EndsWith(".schema.json", StringComparison.Ordinal) ? name : name + ".schema.json";
        using var stream = typeof(JsonSchemas).Assembly.GetManifestResourceStream("ParIndex.Engine.Schemas." + file)
            ?? throw new ArgumentException($"No schema '{name}'; expected one of {string.Join(", ", Names)}.", nameof(name));
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
