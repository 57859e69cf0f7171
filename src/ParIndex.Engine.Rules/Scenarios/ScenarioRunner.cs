using System.Globalization;
using ParIndex.Engine.Cohorts;
using ParIndex.Engine.Evaluation;
using ParIndex.Engine.Messages;
using ParIndex.Engine.Model;
using ParIndex.Engine.Results;
using ParIndex.Engine.Rules;
using ParIndex.Engine.Catalogue;
using ParIndex.Engine.Serialization;

namespace ParIndex.Engine.Scenarios;

/// <summary>
/// Runs scenario files from any test framework (or none): each scenario's units are scored together as a cohort
/// against the framework, and every expectation is compared, exactly unless the scenario sets a tolerance. A
/// difference is reported as a line a clerk can read:
/// <c>3.4.1 expected 1.5, got 0.5: steps matched '≥ 80 %' with 6/7 = 85.71 %, expected '≥ 90 %'</c>.
/// </summary>
public static class ScenarioRunner
{
    /// <summary>The prefix of a framework reference into the catalogue ("catalogue:thanh-tri-commune-2018").</summary>
    public const string CataloguePrefix = "catalogue:";

    /// <summary>Loads and runs a scenario file; never throws for bad input (problems are in the report).</summary>
    public static ScenarioReport RunFile(string path)
    {
        var loaded = ScenarioFile.Load(path);
        return loaded.Succeeded ? Run(loaded.Value!) : new ScenarioReport(path, [], loaded.Problems);
    }

    /// <summary>Runs the scenarios shipped with a catalogue entry.</summary>
    public static ScenarioReport RunCatalogue(CatalogueEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var loaded = ScenarioFile.Parse(entry.ScenariosJson, entry.Id + ".scenarios.json");
        return loaded.Succeeded ? Run(loaded.Value!) : new ScenarioReport(entry.Id, [], loaded.Problems);
    }

    /// <summary>Runs a loaded file against the framework it names.</summary>
    public static ScenarioReport Run(ScenarioFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var framework = ResolveFramework(file, out var problems);
        return framework is null ? new ScenarioReport(file.Location, [], problems) : Run(file, framework);
    }

    /// <summary>Runs a loaded file against <paramref name="framework"/> (whatever the file names).</summary>
    public static ScenarioReport Run(ScenarioFile file, Framework framework)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(framework);
        var compiled = FrameworkCompiler.Compile(framework);
        return new ScenarioReport(file.Location, [.. file.Scenarios.Select(s => Run(s, compiled))], []);
    }

    /// <summary>Runs one scenario.</summary>
    public static ScenarioResult Run(Scenario scenario, CompiledFramework compiled)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(compiled);
        var cohort = CohortScorer.Score(compiled, scenario.Units, new CohortScoringOptions { Stage = scenario.Stage, Parallel = false });
        var failures = new List<string>();
        foreach (var expected in scenario.Expectations)
        {
            var unit = cohort.Find(expected.UnitId);
            if (unit is null)
            {
                failures.Add($"{expected.UnitId}: no such unit in the scenario; expected one of {string.Join(", ", scenario.Units.Select(u => u.UnitId))}");
                continue;
            }
            Compare(expected, unit, compiled.Framework, scenario.Tolerance, failures);
        }
        return new ScenarioResult(scenario.Name, failures);
    }

    /// <summary>The framework a file names: a path relative to the file, or an entry of the catalogue.</summary>
    public static Framework? ResolveFramework(ScenarioFile file, out IReadOnlyList<JsonProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (file.Framework.StartsWith(CataloguePrefix, StringComparison.Ordinal))
        {
            var id = file.Framework[CataloguePrefix.Length..];
            var entry = FrameworkCatalogue.All.FirstOrDefault(e => e.Id == id);
            problems = entry is null ? [Problem(file, ErrorCodes.ScenarioFrameworkNotInCatalogue.With(id, string.Join(", ", FrameworkCatalogue.All.Select(e => e.Id))))] : [];
            return entry?.LoadFramework();
        }
        // The framework is a file beside the scenario file (or below or above it): never an absolute path, and never
        // anything that is not a framework. A file that is not one is refused without a word of its content (key
        // names, values): a scenario file from elsewhere must not be a way to read /etc/passwd.
        if (Path.IsPathRooted(file.Framework) || file.Framework.Contains('\0', StringComparison.Ordinal))
        {
            problems = [Problem(file, ErrorCodes.ScenarioFrameworkPathInvalid.With(file.Framework, CataloguePrefix))];
            return null;
        }
        var directory = Path.GetDirectoryName(file.Location);
        var path = string.IsNullOrEmpty(directory) ? file.Framework : Path.Combine(directory, file.Framework);
        var bytes = ParIndexJson.Default.ReadBytes(path, "a framework file (UTF-8 JSON)", out var unreadable);
        if (bytes is null)
        {
            problems = [Problem(file, ErrorCodes.ScenarioFrameworkUnreadable.With(file.Framework, unreadable!.Error))];
            return null;
        }
        if (!LooksLikeFramework(bytes))
        {
            problems = [Problem(file, ErrorCodes.ScenarioFrameworkNotAFramework.With(file.Framework))];
            return null;
        }
        var loaded = ParIndexJson.Default.ParseFramework(bytes, Path.GetFileName(path));
        problems = loaded.Problems;
        return loaded.Value;
    }

    /// <summary>A problem with the file's "framework" reference (the reader keeps no position for it).</summary>
    private static JsonProblem Problem(ScenarioFile file, ErrorMessage error) => new(file.Location, "$.framework", 0, 0, error);

    private static bool LooksLikeFramework(byte[] bytes)
    {
        try
        {
            var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
            using var document = System.Text.Json.JsonDocument.Parse(bytes.AsMemory(start), new System.Text.Json.JsonDocumentOptions { MaxDepth = JsonLimits.Default.MaxDepth + 1 });
            return document.RootElement.ValueKind == System.Text.Json.JsonValueKind.Object && document.RootElement.TryGetProperty("areas", out _);
        }
        catch (System.Text.Json.JsonException)
        {
            // Broken JSON that still has the shape of a framework is reported in full by the loader; anything else is not a framework.
            return System.Text.Encoding.UTF8.GetString(bytes, 0, Math.Min(bytes.Length, 1 << 16)).Contains("\"areas\"", StringComparison.Ordinal);
        }
    }

    private static void Compare(UnitExpectation expected, UnitStanding unit, Framework framework, decimal tolerance, List<string> failures)
    {
        var card = unit.Card;
        var who = unit.UnitId;
        if (expected.Errors is { } errors)
        {
            var actual = card.Errors.Select(e => e.ToString()).ToList();
            if (!actual.SequenceEqual(errors))
                failures.Add($"{who}: errors expected [{string.Join("; ", errors)}], got [{string.Join("; ", actual)}]");
            if (!card.IsScored) return;
        }
        else if (!card.IsScored)
        {
            failures.Add($"{who}: could not be scored: {string.Join("; ", card.Errors.Select(e => e.ToString()))}");
            return;
        }
        if (expected.Index is { } index && !Close(card.Index, index, tolerance))
            failures.Add($"{who}: index expected {N(index)}, got {N(card.Index)}");
        if (expected.Band is { } band && unit.Band != band)
            failures.Add($"{who}: band expected '{band}', got '{unit.Band}' (index {N(card.Index)})");
        if (expected.Rank is { } rank && unit.Rank != rank)
            failures.Add($"{who}: rank expected {rank}, got {(unit.Rank is { } r ? r.ToString(CultureInfo.InvariantCulture) : "none")}");
        foreach (var (code, node) in expected.Nodes)
        {
            var actual = card.Find(code);
            if (actual is null)
            {
                failures.Add($"{who}: {code}: no such node in framework '{framework.Info.Id}'");
                continue;
            }
            if (node.Points is { } points && !Close(actual.Awarded, points, tolerance))
                failures.Add($"{who}: {code} expected {N(points)}, got {N(actual.Awarded)}: {Explain(actual)}{ExpectedStep(framework, code, points)}");
            if (node.Status is { } status && actual.Status != status)
                failures.Add($"{who}: {code} status expected {status}, got {actual.Status}: {Explain(actual)}");
            if (node.Reason is { } reason && (actual.Reasons.Count == 0 || actual.Reasons[0].Code.Value != reason))
                failures.Add($"{who}: {code} reason expected '{reason}', got '{(actual.Reasons.Count == 0 ? "none" : actual.Reasons[0].Code.Value)}': {Explain(actual)}");
        }
    }

    /// <summary>
    /// Why a node got its points, as a difference line says it: its first reason in English, without the closing
    /// "n of m points" ("steps matched '≥ 80 %' with 6/7 = 85.71 %").
    /// </summary>
    public static string Explain(NodeScore node)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (node.Reasons.Count == 0) return "no reason given";
        var text = node.Reasons[0].English.TrimEnd('.');
        var cut = text.LastIndexOf(": ", StringComparison.Ordinal);
        return cut > 0 && text[(cut + 2)..].Contains("points", StringComparison.Ordinal) ? text[..cut] : text;
    }

    /// <summary>
    /// For a leaf with steps: which step <paramref name="points"/> belong to (its rule's <see cref="Rule.StepGiving"/>),
    /// as a suffix of a difference line (", expected '≥ 90 %'"); empty for a rule without steps or points no step gives.
    /// </summary>
    public static string ExpectedStep(Framework framework, string code, decimal points)
    {
        ArgumentNullException.ThrowIfNull(framework);
        return framework.FindNode(code)?.Rule?.StepGiving(points) is { } step ? $", expected '{step}'" : string.Empty;
    }

    private static bool Close(decimal actual, decimal expected, decimal tolerance) => Math.Abs(actual - expected) <= tolerance;

    internal static string N(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);
}
