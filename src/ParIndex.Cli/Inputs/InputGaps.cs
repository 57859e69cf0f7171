using ParIndex.Engine.Messages;
using ParIndex.Engine.Model;
using ParIndex.Engine.Serialization;

namespace ParIndex.Cli.Inputs;

/// <summary>
/// The leaves a unit left empty at the stage scored, the same for JSON, CSV and xlsx: listed after the results, never
/// silent. A unit whose every input is empty is not scored (so not ranked): a blank row is no evidence of 0 points.
/// With <c>--strict</c> any empty leaf is the unit's error.
/// </summary>
internal static class InputGaps
{
    /// <summary>The document with the empty units (and, when strict, every unit with an empty leaf) given a read error; and the gaps per unit.</summary>
    public static (AssessmentDocument Document, IReadOnlyList<(string UnitId, IReadOnlyList<string> Codes)> Gaps) Apply(AssessmentDocument document, Framework framework, Stage stage, bool strict)
    {
        var gaps = new List<(string, IReadOnlyList<string>)>();
        var units = new List<UnitAssessment>(document.Units.Count);
        foreach (var unit in document.Units)
        {
            if (unit.ReadErrors.Count > 0 || unit.Resolve(stage) is not { } resolved || !unit.Stages.TryGetValue(resolved, out var inputs))
            {
                units.Add(unit);
                continue;
            }
            var empty = framework.Leaves.Where(l => !inputs.Inputs.ContainsKey(l.Code)).Select(l => l.Code).ToList();
            if (empty.Count == 0)
            {
                units.Add(unit);
                continue;
            }
            if (empty.Count < framework.Leaves.Count() && !strict) gaps.Add((unit.UnitId, empty));
            var leaves = framework.Leaves.Count();
            units.Add(empty.Count == leaves || strict ? unit with { ReadErrors = [Error(unit.UnitId, resolved, empty, leaves)] } : unit);
        }
        return (document with { Units = units }, gaps);
    }

    /// <summary>The error of a unit whose every input is empty, or (with --strict) that has an empty leaf.</summary>
    public static InputError Error(string unitId, Stage stage, IReadOnlyList<string> empty, int leaves) => empty.Count == leaves
        ? new InputError(unitId, null, ErrorCodes.AllInputsEmpty.With(stage.ToString()))
        : new InputError(unitId, null, ErrorCodes.EmptyCells.With(empty.Count, string.Join(", ", empty)));

    /// <summary>The line after the rows left out.</summary>
    public static string LeftOutSummary(string path, int count) =>
        $"{path}: {count} dòng bị bỏ qua, không chấm, không xếp hạng (row(s) left out, not scored and not ranked); sửa rồi chấm lại (fix them and score again)";

    /// <summary>The closing lines: one per unit with some empty leaves (a unit with all of them empty is an error, said already).</summary>
    public static IEnumerable<string> Lines(string path, IReadOnlyList<(string UnitId, IReadOnlyList<string> Codes)> gaps, int leaves) =>
        gaps.Select(g => $"{path}: unit '{g.UnitId}': ô trống (empty, 0 points): {string.Join(", ", g.Codes)}");
}
