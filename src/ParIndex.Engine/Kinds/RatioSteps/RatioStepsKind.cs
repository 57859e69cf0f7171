using System.Text.Json.Nodes;
using ParIndex.Engine.Rules;
using ParIndex.Engine.Serialization.Internal;
using static ParIndex.Engine.Serialization.Internal.RuleJson;
using static ParIndex.Engine.Serialization.Internal.SchemaBuilder;

namespace ParIndex.Engine.Serialization;

/// <summary>The JSON form of ratio steps with a minimum denominator (<see cref="RatioStepsRule"/>): its name, properties, reading, writing and schema fragment.</summary>
internal sealed class RatioStepsKind : RuleKind<RatioStepsRule>
{
    public override string Name => RatioStepsRule.KindName;

    public override IReadOnlyList<string> Properties => ["minDenominator", "direction", "steps", "otherwise"];

    public override JsonObject DescribeSchema() =>
        RuleObject(Name, "Steps on a ratio in % with a minimum denominator: below it the criterion is not applicable (input: numerator and denominator)", "Bậc thang theo tỷ lệ có số lượng tối thiểu: mẫu số dưới mức tối thiểu thì không áp dụng", new()
        {
            ["minDenominator"] = Num("The least denominator for which the ratio is scored; below it the criterion is not applicable", "Mẫu số tối thiểu; dưới mức này tiêu chí không áp dụng").With("exclusiveMinimum", 0),
            ["direction"] = S("atLeast: higher is better (thresholds decrease); atMost: lower is better", "atLeast: càng cao càng tốt; atMost: càng thấp càng tốt").Enum(Directions),
            ["steps"] = StepsProperty(),
            ["otherwise"] = Num("Points when no step is reached (default 0)", "Điểm khi không đạt bậc nào (mặc định 0)").Points(),
        }, "minDenominator", "steps");

    protected override RatioStepsRule? ReadRule(RuleReader reader)
    {
        var minimum = reader.ReadDecimal("minDenominator", required: true);
        var direction = reader.ReadOneOf("direction", Directions);
        var steps = ReadSteps(reader, required: true);
        var otherwise = reader.ReadDecimal("otherwise");
        if (minimum is not { } min || steps is null) return null;
        return new RatioStepsRule
        {
            MinDenominator = min,
            Direction = direction == "atMost" ? StepDirection.AtMost : StepDirection.AtLeast,
            Steps = steps,
            Otherwise = otherwise ?? 0m,
        };
    }

    protected override void WriteRule(RatioStepsRule rule, RuleWriter writer)
    {
        writer.WriteDecimal("minDenominator", rule.MinDenominator);
        if (rule.Direction == StepDirection.AtMost) writer.WriteString("direction", "atMost");
        WriteSteps(writer, rule.Steps);
        if (rule.Otherwise != 0m) writer.WriteDecimal("otherwise", rule.Otherwise);
    }
}
