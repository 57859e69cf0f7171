using System.Text.Json.Nodes;
using ParIndex.Engine.Rules;
using ParIndex.Engine.Serialization.Internal;
using static ParIndex.Engine.Serialization.Internal.SchemaBuilder;

namespace ParIndex.Engine.Serialization;

/// <summary>The JSON form of manual points (<see cref="ManualRule"/>): its name, properties, reading, writing and schema fragment.</summary>
internal sealed class ManualKind : RuleKind<ManualRule>
{
    public override string Name => ManualRule.KindName;

    public override IReadOnlyList<string> Properties => ["step"];

    public override JsonObject DescribeSchema() =>
        RuleObject(Name, "Manual: the appraiser sets points within [0, max] on the step (input: points)", "Chấm trực tiếp: hội đồng cho điểm theo bước", new()
        {
            ["step"] = Num("Step (default scoring.manualStep)", "Bước điểm (mặc định scoring.manualStep)").With("exclusiveMinimum", 0),
        });

    protected override ManualRule ReadRule(RuleReader reader) => new() { Step = reader.ReadDecimal("step") };

    protected override void WriteRule(ManualRule rule, RuleWriter writer)
    {
        if (rule.Step is { } step) writer.WriteDecimal("step", step);
    }
}
