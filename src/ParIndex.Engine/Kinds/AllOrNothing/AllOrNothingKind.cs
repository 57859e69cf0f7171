using System.Text.Json.Nodes;
using ParIndex.Engine.Rules;
using static ParIndex.Engine.Serialization.Internal.SchemaBuilder;

namespace ParIndex.Engine.Serialization;

/// <summary>The JSON form of all or nothing (<see cref="AllOrNothingRule"/>): its name, properties, reading, writing and schema fragment.</summary>
internal sealed class AllOrNothingKind : RuleKind<AllOrNothingRule>
{
    public override string Name => AllOrNothingRule.KindName;

    public override IReadOnlyList<string> Properties => [];

    public override JsonObject DescribeSchema() =>
        RuleObject(Name, "All or nothing: max points when met, else 0 (input: met)", "Đạt / không đạt: đạt được điểm tối đa, không đạt 0 điểm");

    protected override AllOrNothingRule ReadRule(RuleReader reader) => new();

    protected override void WriteRule(AllOrNothingRule rule, RuleWriter writer)
    {
    }
}
