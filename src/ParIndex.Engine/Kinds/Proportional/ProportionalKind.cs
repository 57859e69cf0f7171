using System.Text.Json.Nodes;
using ParIndex.Engine.Rules;
using ParIndex.Engine.Serialization.Internal;
using static ParIndex.Engine.Serialization.Internal.RuleJson;
using static ParIndex.Engine.Serialization.Internal.SchemaBuilder;

namespace ParIndex.Engine.Serialization;

/// <summary>The JSON form of proportional (<see cref="ProportionalRule"/>): its name, properties, reading, writing and schema fragment.</summary>
internal sealed class ProportionalKind : RuleKind<ProportionalRule>
{
    public override string Name => ProportionalRule.KindName;

    public override IReadOnlyList<string> Properties => ["measure", "target"];

    public override JsonObject DescribeSchema() =>
        RuleObject(Name, "Proportional: max × measured / target, rounded", "Tỷ lệ thuận: điểm tối đa × kết quả / chỉ tiêu", new()
        {
            ["measure"] = MeasureProperty(),
            ["target"] = Num("Target giving full points (default 100)", "Chỉ tiêu đạt điểm tối đa (mặc định 100)").With("exclusiveMinimum", 0),
        });

    protected override ProportionalRule ReadRule(RuleReader reader)
    {
        var measure = reader.ReadOneOf("measure", Measures);
        var target = reader.ReadDecimal("target");
        return new ProportionalRule { Measure = measure is null ? Measure.Ratio : ToMeasure(measure), Target = target ?? 100m };
    }

    protected override void WriteRule(ProportionalRule rule, RuleWriter writer)
    {
        if (rule.Measure != Measure.Ratio) writer.WriteString("measure", FromMeasure(rule.Measure));
        if (rule.Target != 100m) writer.WriteDecimal("target", rule.Target);
    }
}
