using System.Text.Json.Nodes;
using ParIndex.Engine.Rules;
using ParIndex.Engine.Serialization.Internal;
using static ParIndex.Engine.Serialization.Internal.RuleJson;
using static ParIndex.Engine.Serialization.Internal.SchemaBuilder;

namespace ParIndex.Engine.Serialization;

/// <summary>The JSON form of steps (<see cref="StepsRule"/>): its name, properties, reading, writing and schema fragment.</summary>
internal sealed class StepsKind : RuleKind<StepsRule>
{
    public override string Name => StepsRule.KindName;

    public override IReadOnlyList<string> Properties => ["measure", "direction", "steps", "otherwise"];

    public override JsonObject DescribeSchema() =>
        RuleObject(Name, "Steps on a value, count or ratio (input: value, count, or numerator and denominator)", "Bậc thang theo giá trị, số lượng hoặc tỷ lệ", new()
        {
            ["measure"] = MeasureProperty(),
            ["direction"] = S("atLeast: higher is better (thresholds decrease); atMost: lower is better", "atLeast: càng cao càng tốt; atMost: càng thấp càng tốt").Enum(Directions),
            ["steps"] = StepsProperty(),
            ["otherwise"] = Num("Points when no step is reached (default 0)", "Điểm khi không đạt bậc nào (mặc định 0)").Points(),
        }, "measure", "steps");

    protected override StepsRule? ReadRule(RuleReader reader)
    {
        var measure = reader.ReadOneOf("measure", Measures, required: true);
        var direction = reader.ReadOneOf("direction", Directions);
        var steps = ReadSteps(reader, required: true);
        var otherwise = reader.ReadDecimal("otherwise");
        if (measure is null || steps is null) return null;
        return new StepsRule
        {
            Measure = ToMeasure(measure),
            Direction = direction == "atMost" ? StepDirection.AtMost : StepDirection.AtLeast,
            Steps = steps,
            Otherwise = otherwise ?? 0m,
        };
    }

    protected override void WriteRule(StepsRule rule, RuleWriter writer)
    {
        writer.WriteString("measure", FromMeasure(rule.Measure));
        if (rule.Direction == StepDirection.AtMost) writer.WriteString("direction", "atMost");
        WriteSteps(writer, rule.Steps);
        if (rule.Otherwise != 0m) writer.WriteDecimal("otherwise", rule.Otherwise);
    }
}
