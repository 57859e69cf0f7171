using System.Reflection;
using ParIndex.Engine.Catalogue;
using ParIndex.Engine.Scenarios;
using Xunit.Sdk;

namespace ParIndex.Engine.Testing;

/// <summary>
/// Theory data from a scenario file: one <see cref="ScenarioCase"/> per scenario, named after it. A province's test is
/// then a few lines:
/// <code>
/// [Theory, ScenarioData("frameworks/my-district-2025.scenarios.json")]
/// public void Scores_as_the_decision_says(ScenarioCase scenario) => scenario.Verify();
/// </code>
/// The path is relative to the test's output folder (copy the file there), or absolute, or <c>catalogue:&lt;id&gt;</c>
/// for the scenarios shipped with a catalogue framework.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class ScenarioDataAttribute : DataAttribute
{
    /// <summary>Creates the attribute for a scenario file.</summary>
    public ScenarioDataAttribute(string file) => File = file;

    /// <summary>The scenario file as given.</summary>
    public string File { get; }

    /// <inheritdoc />
    public override IEnumerable<object[]> GetData(MethodInfo testMethod)
    {
        var location = File.StartsWith(ScenarioRunner.CataloguePrefix, StringComparison.Ordinal) ? File : Path.GetFullPath(File, AppContext.BaseDirectory);
        var (file, problems) = Load(location);
        if (file is null)
        {
            // Still one case, so the problem shows as a failing test rather than a silently empty theory.
            yield return [new ScenarioCase(location, "(the scenario file cannot be loaded: " + string.Join("; ", problems) + ")")];
            yield break;
        }
        foreach (var scenario in file.Scenarios) yield return [new ScenarioCase(location, scenario.Name)];
    }

    internal static (ScenarioFile? File, IReadOnlyList<string> Problems) Load(string location)
    {
        if (location.StartsWith(ScenarioRunner.CataloguePrefix, StringComparison.Ordinal))
        {
            var id = location[ScenarioRunner.CataloguePrefix.Length..];
            var entry = FrameworkCatalogue.All.FirstOrDefault(e => e.Id == id);
            if (entry is null) return (null, [$"no framework '{id}' in the catalogue"]);
            var parsed = ScenarioFile.Parse(entry.ScenariosJson, entry.Id + ".scenarios.json");
            return (parsed.Value, [.. parsed.Problems.Select(p => p.ToString())]);
        }
        var loaded = ScenarioFile.Load(location);
        return (loaded.Value, [.. loaded.Problems.Select(p => p.ToString())]);
    }
}
