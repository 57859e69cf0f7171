using ParIndex.Engine.Rules;

namespace ParIndex.Engine.Serialization.Internal;

/// <summary>What the JSON forms of several built-in kinds share: measures, directions, steps.</summary>
internal static class RuleJson
{
    internal static readonly string[] Measures = ["value", "count", "ratio"];
    internal static readonly string[] Directions = ["atLeast", "atMost"];
    internal static readonly string[] StepProperties = ["threshold", "points"];

    internal static Measure ToMeasure(string s) => s switch { "value" => Measure.Value, "count" => Measure.Count, _ => Measure.Ratio };

    internal static string FromMeasure(Measure m) => m switch { Measure.Value => "value", Measure.Count => "count", _ => "ratio" };

    internal static List<Step>? ReadSteps(RuleReader reader, bool required)
    {
        var items = reader.ReadObjects("steps", StepProperties, required);
        if (items is null) return null;
        var steps = new List<Step>();
        foreach (var item in items)
        {
            var threshold = item.ReadDecimal("threshold", required: true);
            var points = item.ReadDecimal("points", required: true);
            if (threshold is { } t && points is { } p) steps.Add(new Step { Threshold = t, Points = p });
        }
        return steps;
    }

    internal static void WriteSteps(RuleWriter writer, IReadOnlyList<Step> steps) =>
        writer.WriteObjects("steps", steps, (w, s) =>
        {
            w.WriteDecimal("threshold", s.Threshold);
            w.WriteDecimal("points", s.Points);
        });
}
