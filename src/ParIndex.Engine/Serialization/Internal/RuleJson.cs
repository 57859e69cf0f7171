using System.Text.Json.Nodes;
using ParIndex.Engine.Rules;
using static ParIndex.Engine.Serialization.Internal.SchemaBuilder;

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

    /// <summary>The properties that follow a step rule's own first one (steps, ratioSteps), in the order they are written.</summary>
    internal static readonly string[] StepRuleProperties = ["direction", "steps", "otherwise"];

    /// <summary>A step rule's schema properties: its own first one, then direction, steps and otherwise.</summary>
    internal static JsonObject StepRuleSchema(string first, JsonObject firstSchema) => new()
    {
        [first] = firstSchema,
        ["direction"] = S("atLeast: higher is better (thresholds decrease); atMost: lower is better", "atLeast: càng cao càng tốt; atMost: càng thấp càng tốt").Enum(Directions),
        ["steps"] = StepsProperty(),
        ["otherwise"] = Num("Points when no step is reached (default 0)", "Điểm khi không đạt bậc nào (mặc định 0)").Points(),
    };

    /// <summary>Reads a step rule's direction, steps and otherwise, after the rule's own first property (so problems are reported in that order).</summary>
    internal static (StepDirection Direction, List<Step>? Steps, decimal Otherwise) ReadStepRule(RuleReader reader)
    {
        var direction = reader.ReadOneOf("direction", Directions);
        var steps = ReadSteps(reader, required: true);
        var otherwise = reader.ReadDecimal("otherwise");
        return (direction == "atMost" ? StepDirection.AtMost : StepDirection.AtLeast, steps, otherwise ?? 0m);
    }

    /// <summary>Writes a step rule's direction (only when at most), steps and otherwise (only when not 0).</summary>
    internal static void WriteStepRule(RuleWriter writer, StepDirection direction, IReadOnlyList<Step> steps, decimal otherwise)
    {
        if (direction == StepDirection.AtMost) writer.WriteString("direction", "atMost");
        WriteSteps(writer, steps);
        if (otherwise != 0m) writer.WriteDecimal("otherwise", otherwise);
    }
}
