using System.Reflection;
using ParIndex.Engine.Model;
using ParIndex.Engine.Serialization;

namespace ParIndex.Engine.Catalogue;

/// <summary>
/// One framework of the catalogue: its stable id, who issued it for which level and year, where it comes from, how
/// complete it is, and the framework itself as shipped JSON (with the scenarios that encode its published figures).
/// </summary>
public sealed record CatalogueEntry
{
    /// <summary>The framework's id ("thanh-tri-commune-2018").</summary>
    public required string Id { get; init; }

    /// <summary>The issuing body ("UBND huyện Thạnh Trị").</summary>
    public required string Issuer { get; init; }

    /// <summary>The level of the units assessed.</summary>
    public required UnitLevel UnitLevel { get; init; }

    /// <summary>The year assessed.</summary>
    public required int Year { get; init; }

    /// <summary>Where it comes from.</summary>
    public required Provenance Provenance { get; init; }

    /// <summary>How complete it is.</summary>
    public required Completeness Completeness { get; init; }

    /// <summary>What is missing, in words; empty when complete.</summary>
    public required string MissingParts { get; init; }

    // One name for both embedded files: an entry's framework and its scenarios are always shipped as a pair.
    internal string Resource { get; init; } = string.Empty;

    private string FrameworkResource => $"ParIndex.Engine.Catalogue.{Resource}.json";

    private string ScenariosResource => $"ParIndex.Engine.Scenarios.{Resource}.scenarios.json";

    /// <summary>The framework file's text, as shipped.</summary>
    public string FrameworkJson => Read(FrameworkResource);

    /// <summary>The scenario file that encodes the entry's published figures.</summary>
    public string ScenariosJson => Read(ScenariosResource);

    /// <summary>Loads the framework.</summary>
    public Framework LoadFramework() =>
        ParIndexJson.Default.ParseFramework(FrameworkJson, Id + ".json").GetValueOrThrow();

    private static string Read(string resource)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The catalogue resource '{resource}' is missing from this build of ParIndex.Engine.Rules.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
