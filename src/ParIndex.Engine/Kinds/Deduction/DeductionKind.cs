using System.Text.Json.Nodes;
using ParIndex.Engine.Rules;
using ParIndex.Engine.Serialization.Internal;
using static ParIndex.Engine.Serialization.Internal.SchemaBuilder;

namespace ParIndex.Engine.Serialization;

/// <summary>The JSON form of a per-occurrence deduction (<see cref="DeductionRule"/>): its name, properties, reading, writing and schema fragment.</summary>
internal sealed class DeductionKind : RuleKind<DeductionRule>
{
    public override string Name => DeductionRule.KindName;

    public override IReadOnlyList<string> Properties => ["pointsPerOccurrence", "start", "floor", "wipeOutFrom"];

    public override JsonObject DescribeSchema() =>
        RuleObject(Name, "Deduction: start from max, subtract per occurrence (input: count)", "Trừ điểm: mỗi lần vi phạm trừ điểm", new()
        {
            ["pointsPerOccurrence"] = Num("Points deducted per occurrence", "Điểm trừ mỗi lần").With("exclusiveMinimum", 0),
            ["start"] = Num("Starting points (default the max)", "Điểm xuất phát (mặc định điểm tối đa)").With("minimum", 0),
            ["floor"] = Num("Never below this (default 0)", "Không thấp hơn (mặc định 0)").With("minimum", 0),
            ["wipeOutFrom"] = Int("From this occurrence on, the leaf gives its floor", "Từ lần vi phạm này trở đi, không được điểm").With("minimum", 1),
        }, "pointsPerOccurrence");

    protected override DeductionRule? ReadRule(RuleReader reader)
    {
        var per = reader.ReadDecimal("pointsPerOccurrence", required: true);
        var start = reader.ReadDecimal("start");
        var floor = reader.ReadDecimal("floor");
        var wipe = reader.ReadInt32("wipeOutFrom");
        return per is { } p ? new DeductionRule { PointsPerOccurrence = p, Start = start, Floor = floor ?? 0m, WipeOutFrom = wipe } : null;
    }

    protected override void WriteRule(DeductionRule rule, RuleWriter writer)
    {
        writer.WriteDecimal("pointsPerOccurrence", rule.PointsPerOccurrence);
        if (rule.Start is { } start) writer.WriteDecimal("start", start);
        if (rule.Floor != 0m) writer.WriteDecimal("floor", rule.Floor);
        if (rule.WipeOutFrom is { } wipe) writer.WriteInt32("wipeOutFrom", wipe);
    }
}
