using System.Text.Json.Nodes;
using ParIndex.Engine.Rules;
using ParIndex.Engine.Serialization.Internal;
using static ParIndex.Engine.Serialization.Internal.SchemaBuilder;

namespace ParIndex.Engine.Serialization;

/// <summary>The JSON form of per item (<see cref="PerItemRule"/>): its name, properties, reading, writing and schema fragment.</summary>
internal sealed class PerItemKind : RuleKind<PerItemRule>
{
    public override string Name => PerItemRule.KindName;

    public override IReadOnlyList<string> Properties => ["pointsPerItem", "cap"];

    public override JsonObject DescribeSchema() =>
        RuleObject(Name, "Per item: points for each item, up to a cap (input: count)", "Theo số lượng: mỗi lần được điểm, không quá mức trần", new()
        {
            ["pointsPerItem"] = Num("Points per item", "Điểm mỗi lần").With("exclusiveMinimum", 0),
            ["cap"] = Num("Cap (default the max)", "Mức trần (mặc định điểm tối đa)").With("exclusiveMinimum", 0),
        }, "pointsPerItem");

    protected override PerItemRule? ReadRule(RuleReader reader)
    {
        var per = reader.ReadDecimal("pointsPerItem", required: true);
        var cap = reader.ReadDecimal("cap");
        return per is { } p ? new PerItemRule { PointsPerItem = p, Cap = cap } : null;
    }

    protected override void WriteRule(PerItemRule rule, RuleWriter writer)
    {
        writer.WriteDecimal("pointsPerItem", rule.PointsPerItem);
        if (rule.Cap is { } cap) writer.WriteDecimal("cap", cap);
    }
}
