using ParIndex.Engine.Model;
using ParIndex.Engine.Rules;
using ParIndex.Engine.Serialization;
using ParIndex.Engine.Serialization.Internal;

namespace ParIndex.Engine.Rules.Scenarios;

/// <summary>Reads scenario files with the engine's position-aware reader: units are read exactly as in assessment files.</summary>
internal static class ScenarioReader
{
    private static readonly string[] RootProps = ["$schema", "framework", "stage", "scenarios"];
    private static readonly string[] ScenarioProps = ["name", "description", "stage", "tolerance", "units", "expect"];
    private static readonly string[] ExpectProps = ["unit", "index", "band", "rank", "errors", "nodes"];
    private static readonly string[] NodeProps = ["points", "status", "reason"];
    private static readonly (string, Stage)[] Stages =
        [("selfAssessment", Stage.SelfAssessment), ("appraisal1", Stage.Appraisal1), ("appraisal2", Stage.Appraisal2), ("final", Stage.Final)];

    public static LoadResult<ScenarioFile> Read(byte[] bytes, string fileName, string location)
    {
        var ctx = new LoadContext(fileName, bytes);
        ScenarioFile? file = null;
        try
        {
            if (JsonDomParser.Parse(ctx, JsonLimits.Default) is { } root) file = ReadFile(ctx, root, location);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            ctx.Report("$", 0, $"the scenario file could not be read ({e.GetType().Name}: {e.Message})");
        }
        if (ctx.ProblemCount == 0 && file is null) ctx.Report("$", 0, "the scenario file could not be read");
        return new LoadResult<ScenarioFile>(ctx.ProblemCount == 0 ? file : null, ctx.Sorted());
    }

    private static ScenarioFile? ReadFile(LoadContext ctx, JNode root, string location)
    {
        var o = JObject.Open(ctx, root, "$", RootProps, "a scenario file");
        if (o is null) return null;
        var framework = o.String("framework", true);
        var stage = o.Enum("stage", Stages, "a stage") ?? Stage.Final;
        var scenarios = new List<Scenario>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (node, path) in o.Array("scenarios", true, nonEmpty: true) ?? [])
        {
            if (ReadScenario(ctx, node, path, stage) is not { } scenario) continue;
            if (!names.Add(scenario.Name)) ctx.Report(path + ".name", node["name"] ?? node, $"duplicate scenario name '{scenario.Name}'; each test needs its own name");
            scenarios.Add(scenario);
        }
        return framework is null ? null : new ScenarioFile { Location = location, Framework = framework, Scenarios = scenarios };
    }

    private static Scenario? ReadScenario(LoadContext ctx, JNode node, string path, Stage fileStage)
    {
        var o = JObject.Open(ctx, node, path, ScenarioProps, "a scenario");
        if (o is null) return null;
        var name = o.String("name", true);
        var description = o.String("description");
        var stage = o.Enum("stage", Stages, "a stage") ?? fileStage;
        var tolerance = o.Decimal("tolerance") ?? 0m;
        if (tolerance < 0m) o.Report("tolerance", "tolerance must not be negative");
        var units = new List<UnitAssessment>();
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (u, p) in o.Array("units", true, nonEmpty: true) ?? [])
        {
            if (AssessmentIo.ReadUnit(ctx, u, p) is not { } unit) continue;
            // Two units with one id would leave the expectation for that id checking whichever came first.
            if (ids.TryGetValue(unit.UnitId, out var first)) ctx.Report(p + ".id", u["id"] ?? u, $"duplicate unit id '{unit.UnitId}' (first at {first}); each unit of a scenario needs its own id");
            else ids[unit.UnitId] = p;
            units.Add(unit);
        }
        var expectations = new List<UnitExpectation>();
        foreach (var (e, p) in o.Array("expect", true, nonEmpty: true) ?? [])
            if (ReadExpectation(ctx, e, p) is { } expectation) expectations.Add(expectation);
        return name is null ? null : new Scenario { Name = name, Description = description, Stage = stage, Tolerance = tolerance, Units = units, Expectations = expectations };
    }

    private static UnitExpectation? ReadExpectation(LoadContext ctx, JNode node, string path)
    {
        var o = JObject.Open(ctx, node, path, ExpectProps, "an expectation");
        if (o is null) return null;
        var unit = o.String("unit", true);
        var nodes = new Dictionary<string, NodeExpectation>(StringComparer.Ordinal);
        if (o.Get("nodes", false) is { } n)
        {
            if (n.Kind != JKind.Object) ctx.Report(o.PathOf("nodes"), n, $"expected an object mapping node codes to expectations (\"3.4.1\": {{\"points\": 1.5}}), got {n.Describe()}");
            else
                foreach (var p in n.Properties!)
                {
                    var np = Paths.Child(o.PathOf("nodes"), p.Name);
                    var no = JObject.Open(ctx, p.Value, np, NodeProps, "a node expectation");
                    if (no is null) continue;
                    nodes[p.Name] = new NodeExpectation
                    {
                        Points = no.Decimal("points"),
                        Status = no.Enum("status", Names.Statuses, "a status"),
                        Reason = no.String("reason"),
                    };
                }
        }
        return unit is null ? null : new UnitExpectation
        {
            UnitId = unit, Index = o.Decimal("index"), Band = o.String("band"), Rank = o.Int("rank", min: 1),
            Errors = o.Get("errors", false) is null ? null : o.Strings("errors"), Nodes = nodes,
        };
    }
}
