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

    public override IReadOnlyList<string> Properties => ["minDenominator", .. StepRuleProperties];

    public override JsonObject DescribeSchema() =>
        RuleObject(Name, "Steps on a ratio in % with a minimum denominator: below it the criterion is not applicable (input: numerator and denominator)", "Bậc thang theo tỷ lệ có số lượng tối thiểu: mẫu số dưới mức tối thiểu thì không áp dụng",
            StepRuleSchema("minDenominator", Num("The least denominator for which the ratio is scored; below it the criterion is not applicable", "Mẫu số tối thiểu; dưới mức này tiêu chí không áp dụng").With("exclusiveMinimum", 0)),
            "minDenominator", "steps");

    protected override RatioStepsRule? ReadRule(RuleReader reader)
    {
        var minimum = reader.ReadDecimal("minDenominator", required: true);
        var (direction, steps, otherwise) = ReadStepRule(reader);
        if (minimum is not { } min || steps is null) return null;
        return new RatioStepsRule { MinDenominator = min, Direction = direction, Steps = steps, Otherwise = otherwise };
    }

    protected override void WriteRule(RatioStepsRule rule, RuleWriter writer)
    {
        writer.WriteDecimal("minDenominator", rule.MinDenominator);
        WriteStepRule(writer, rule.Direction, rule.Steps, rule.Otherwise);
    }
}
