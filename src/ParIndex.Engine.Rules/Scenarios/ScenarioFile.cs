using System.Text;
using ParIndex.Engine.Serialization;

namespace ParIndex.Engine.Scenarios;

/// <summary>
/// A scenario file: the framework it tests (a path relative to the file, or <c>catalogue:&lt;id&gt;</c>) and its cases.
/// Loading never throws for bad input: problems come with file, JSON path, line and column.
/// </summary>
public sealed record ScenarioFile
{
    /// <summary>Where the file is (its full path), or its name when read from text.</summary>
    public required string Location { get; init; }

    /// <summary>The framework reference as written.</summary>
    public required string Framework { get; init; }

    /// <summary>The cases.</summary>
    public required IReadOnlyList<Scenario> Scenarios { get; init; }

    /// <summary>Loads a scenario file.</summary>
    public static LoadResult<ScenarioFile> Load(string path)
    {
        return ScenarioReader.Load(path);
    }

    /// <summary>Reads a scenario file from text; <paramref name="fileName"/> names it in problems.</summary>
    public static LoadResult<ScenarioFile> Parse(string json, string fileName = "<input>")
    {
        ArgumentNullException.ThrowIfNull(json);
        return ScenarioReader.Read(Encoding.UTF8.GetBytes(json.TrimStart('\uFEFF')), fileName, fileName);
    }

    /// <summary>The JSON Schema (draft-07) of scenario files, as shipped in the package.</summary>
    public static string Schema
    {
        get
        {
            using var stream = typeof(ScenarioFile).Assembly.GetManifestResourceStream("ParIndex.Engine.Rules.Schemas.scenarios.schema.json")!;
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }
    }
}
