using System.Text.Json.Nodes;
using ParIndex.Engine.Rules;
using static ParIndex.Engine.Serialization.Internal.RuleJson;
using static ParIndex.Engine.Serialization.Internal.SchemaBuilder;

namespace ParIndex.Engine.Serialization;

/// <summary>The JSON form of steps (<see cref="StepsRule"/>): its name, properties, reading, writing and schema fragment.</summary>
internal sealed class StepsKind : RuleKind<StepsRule>
{
    public override string Name => StepsRule.KindName;

    public override IReadOnlyList<string> Properties => ["measure", .. StepRuleProperties];

    public override JsonObject DescribeSchema() =>
        RuleObject(Name, "Steps on a value, count or ratio (input: value, count, or numerator and denominator)", "Bậc thang theo giá trị, số lượng hoặc tỷ lệ",
            StepRuleSchema("measure", MeasureProperty()), "measure", "steps");

    protected override StepsRule? ReadRule(RuleReader reader)
    {
        var measure = reader.ReadOneOf("measure", Measures, required: true);
        var (direction, steps, otherwise) = ReadStepRule(reader);
        if (measure is null || steps is null) return null;
        return new StepsRule { Measure = ToMeasure(measure), Direction = direction, Steps = steps, Otherwise = otherwise };
    }

    protected override void WriteRule(StepsRule rule, RuleWriter writer)
    {
        writer.WriteString("measure", FromMeasure(rule.Measure));
        WriteStepRule(writer, rule.Direction, rule.Steps, rule.Otherwise);
    }
}
