using System.Text.Json.Nodes;
using ParIndex.Engine.Rules;
using ParIndex.Engine.Serialization.Internal;
using static ParIndex.Engine.Serialization.Internal.RuleJson;
using static ParIndex.Engine.Serialization.Internal.SchemaBuilder;

namespace ParIndex.Engine.Serialization;

/// <summary>The JSON form of relative to the cohort's best (<see cref="RelativeToBestRule"/>): its name, properties, reading, writing and schema fragment.</summary>
internal sealed class RelativeToBestKind : RuleKind<RelativeToBestRule>
{
    private static readonly string[] Targets = ["best", "leader"];

    public override string Name => RelativeToBestRule.KindName;

    public override IReadOnlyList<string> Properties => ["measure", "relativeTo", "leaderIndicator"];

    public override JsonObject DescribeSchema() =>
        RuleObject(Name, "Relative to the cohort's best: max × value / best value in the cohort (or the leader's value on an indicator); scored with the cohort", "So với đơn vị cao nhất: điểm tối đa × giá trị / giá trị cao nhất trong cụm", new()
        {
            ["measure"] = MeasureProperty(),
            ["relativeTo"] = S("best: the best value of this leaf; leader: the value of the unit leading on leaderIndicator", "best: giá trị cao nhất; leader: giá trị của đơn vị dẫn đầu").Enum(Targets),
            ["leaderIndicator"] = S("With relativeTo leader: the code of the leaf that makes a unit the leader", "Mã tiêu chí xác định đơn vị dẫn đầu").With("pattern", CodePattern),
        });

    protected override RelativeToBestRule ReadRule(RuleReader reader)
    {
        var measure = reader.ReadOneOf("measure", Measures);
        var relativeTo = reader.ReadOneOf("relativeTo", Targets);
        return new RelativeToBestRule
        {
            Measure = measure is null ? Measure.Value : ToMeasure(measure),
            RelativeTo = relativeTo == "leader" ? RelativeTo.Leader : RelativeTo.Best,
            LeaderIndicator = reader.ReadString("leaderIndicator"),
        };
    }

    protected override void WriteRule(RelativeToBestRule rule, RuleWriter writer)
    {
        if (rule.Measure != Measure.Value) writer.WriteString("measure", FromMeasure(rule.Measure));
        if (rule.RelativeTo == RelativeTo.Leader) writer.WriteString("relativeTo", "leader");
        if (rule.LeaderIndicator is not null) writer.WriteString("leaderIndicator", rule.LeaderIndicator);
    }
}
