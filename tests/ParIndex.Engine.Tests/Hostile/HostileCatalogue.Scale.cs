using System.Globalization;

namespace ParIndex.Engine.Tests.Hostile;

/// <summary>
/// Issue 14's entries: inputs whose size or shape made the loaders slow (quadratic positions, a problem per unit
/// without end, node limits counted only after the whole tree was built). Each is answered at its limit, at once.
/// </summary>
public static partial class HostileCatalogue
{
    private const int EmptyUnits = 100_000;

    private static HostileCase[] ScaleEntries() =>
    [
        new("one-line-100k-empty-units", "a 300 KB assessment on one line with 100,000 empty units: the first 100 problems, then a count", HostileTarget.Assessment,
            () => Text(OneLinePrefix + string.Join(',', Enumerable.Repeat("{}", EmptyUnits)) + "]}"),
            [.. Enumerable.Range(0, 100).Select(k => string.Create(CultureInfo.InvariantCulture,
                    $"one-line-100k-empty-units.json(1,{OneLinePrefix.Length + 1 + 3 * (k / 3)}): $.units[{k / 3}]: missing required property '{(k % 3 == 0 ? "id" : k % 3 == 1 ? "name" : "stages")}'")),
                $"one-line-100k-empty-units.json(0,0): $: {3 * EmptyUnits - 100} more problem(s) not shown: only the first 100 are reported (JsonLimits.MaxProblems); fix these and load again"]),
        new("nodes-1e6-empty", "a framework of 10⁶ empty nodes within the size limit: stopped at the node limit while parsing", HostileTarget.Framework,
            () => Text("{\"id\":\"x\",\"areas\":[" + string.Join(',', Enumerable.Repeat("{}", 1_000_000)) + "]}"),
            [$"nodes-1e6-empty.json(1,{20 + 3 * 100_000}): $.areas[100000]: the framework has more than 100000 nodes (JsonLimits.MaxNodes)"]),
        new("assessment-units-over-limit", "more units than JsonLimits.MaxUnits (here 1): stopped at the first unit past it", HostileTarget.Assessment,
            () => Text(Assessment("\"1.1\": { \"numerator\": 9, \"denominator\": 10 }")),
            ["assessment-units-over-limit.json(6,5): $.units[1]: the assessment has more than 1 units (JsonLimits.MaxUnits)"], new JsonLimitsOverride(MaxUnits: 1)),
        new("assessment-cells-over-limit", "more input cells than JsonLimits.MaxCells (here 2)", HostileTarget.Assessment,
            () => Text(Assessment("\"1.1\": { \"numerator\": 9, \"denominator\": 10 }")),
            ["assessment-cells-over-limit.json(6,125): $.units[1].stages.appraisal1.inputs['2']: the assessment has more than 2 input cells (JsonLimits.MaxCells)"], new JsonLimitsOverride(MaxCells: 2)),
    ];

    private const string OneLinePrefix = "{\"frameworkId\":\"hostile-base\",\"units\":[";
}
