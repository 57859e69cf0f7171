using ParIndex.Engine.Messages;
using ParIndex.Engine.Model;
using ParIndex.Engine.Rules;
using ParIndex.Engine.Serialization;

namespace ParIndex.Engine.Scenarios;

/// <summary>
/// Reads scenario files through the engine's public document reader (<see cref="ParIndexJson.ReadDocument{T}"/>): the
/// same positions, limits and problems as the engine's documents, and units read exactly as in assessment files.
/// </summary>
internal static class ScenarioReader
{
    private const string What = "a scenario file";
    private static readonly string[] RootProps = ["$schema", "framework", "stage", "scenarios"];
    private static readonly string[] ScenarioProps = ["name", "description", "stage", "tolerance", "units", "expect"];
    private static readonly string[] ExpectProps = ["unit", "index", "band", "rank", "errors", "nodes"];
    private static readonly string[] NodeProps = ["points", "status", "reason"];
    private static readonly (string, Stage)[] Stages =
        [("selfAssessment", Stage.SelfAssessment), ("appraisal1", Stage.Appraisal1), ("appraisal2", Stage.Appraisal2), ("final", Stage.Final)];
    private static readonly (string, NodeStatus)[] Statuses =
    [
        ("full", NodeStatus.Full), ("partial", NodeStatus.Partial), ("zero", NodeStatus.Zero), ("notApplicable", NodeStatus.NotApplicable),
        ("missingInput", NodeStatus.MissingInput), ("evidenceRejected", NodeStatus.EvidenceRejected), ("inputError", NodeStatus.InputError),
    ];

    public static LoadResult<ScenarioFile> Read(byte[] bytes, string fileName, string location) =>
        ParIndexJson.Default.ReadDocument(bytes, fileName, What, RootProps, o => ReadFile(o, location));

    public static LoadResult<ScenarioFile> Load(string path) =>
        ParIndexJson.Default.LoadDocument(path, What, RootProps, o => ReadFile(o, Path.GetFullPath(path)));

    private static ScenarioFile? ReadFile(JsonObjectReader o, string location)
    {
        var framework = o.ReadString("framework", true);
        var stage = o.ReadOneOf("stage", Stages, "a stage") ?? Stage.Final;
        var scenarios = new List<Scenario>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in o.ReadObjects("scenarios", ScenarioProps, "a scenario", required: true, nonEmpty: true) ?? [])
        {
            if (ReadScenario(item, stage) is not { } scenario) continue;
            if (!names.Add(scenario.Name)) item.Report("name", ErrorCodes.DuplicateScenarioName.With(scenario.Name));
            scenarios.Add(scenario);
        }
        return framework is null ? null : new ScenarioFile { Location = location, Framework = framework, Scenarios = scenarios };
    }

    private static Scenario? ReadScenario(JsonObjectReader o, Stage fileStage)
    {
        var name = o.ReadString("name", true);
        var description = o.ReadString("description");
        var stage = o.ReadOneOf("stage", Stages, "a stage") ?? fileStage;
        var tolerance = o.ReadDecimal("tolerance") ?? 0m;
        if (tolerance < 0m) o.Report("tolerance", ErrorCodes.NegativeTolerance.With());
        var units = o.ReadUnits("units", required: true, nonEmpty: true, uniqueIdsWithin: "a scenario") ?? [];
        var expectations = new List<UnitExpectation>();
        foreach (var e in o.ReadObjects("expect", ExpectProps, "an expectation", required: true, nonEmpty: true) ?? [])
            if (ReadExpectation(e) is { } expectation) expectations.Add(expectation);
        return name is null ? null : new Scenario { Name = name, Description = description, Stage = stage, Tolerance = tolerance, Units = units, Expectations = expectations };
    }

    private static UnitExpectation? ReadExpectation(JsonObjectReader o)
    {
        var unit = o.ReadString("unit", true);
        var nodes = new Dictionary<string, NodeExpectation>(StringComparer.Ordinal);
        foreach (var (code, no) in o.ReadObjectMap("nodes", NodeProps, "a node expectation") ?? [])
        {
            nodes[code] = new NodeExpectation
            {
                Points = no.ReadDecimal("points"),
                Status = no.ReadOneOf("status", Statuses, "a status"),
                Reason = no.ReadString("reason"),
            };
        }
        return unit is null ? null : new UnitExpectation
        {
            UnitId = unit, Index = o.ReadDecimal("index"), Band = o.ReadString("band"), Rank = o.ReadInt32("rank", min: 1),
            Errors = o.Has("errors") ? o.ReadStrings("errors") : null, Nodes = nodes,
        };
    }
}
