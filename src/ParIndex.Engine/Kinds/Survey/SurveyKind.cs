using System.Text.Json.Nodes;
using ParIndex.Engine.Rules;
using ParIndex.Engine.Serialization.Internal;
using static ParIndex.Engine.Serialization.Internal.RuleJson;
using static ParIndex.Engine.Serialization.Internal.SchemaBuilder;

namespace ParIndex.Engine.Serialization;

/// <summary>The JSON form of a survey (<see cref="SurveyRule"/>): its name, properties, reading, writing and schema fragment.</summary>
internal sealed class SurveyKind : RuleKind<SurveyRule>
{
    private static readonly string[] OptionProperties = ["label", "weightPercent"];

    public override string Name => SurveyRule.KindName;

    public override IReadOnlyList<string> Properties => ["options", "steps"];

    public override JsonObject DescribeSchema() =>
        RuleObject(Name, "Survey: a satisfaction share mapped to points, proportionally or by steps (input: surveyCounts or value)", "Điều tra xã hội học: tỷ lệ hài lòng quy ra điểm", new()
        {
            ["options"] = Arr("The answers and their weights", "Các phương án trả lời và trọng số", Obj("An answer", "Một phương án trả lời", new()
            {
                ["label"] = S("Answer", "Phương án trả lời").With("minLength", 1),
                ["weightPercent"] = Num("Weight in %", "Trọng số (%)").With("minimum", 0).With("maximum", 100),
            }, "label", "weightPercent")),
            ["steps"] = StepsProperty(),
        });

    protected override SurveyRule ReadRule(RuleReader reader)
    {
        var options = new List<SurveyOption>();
        foreach (var item in reader.ReadObjects("options", OptionProperties) ?? [])
        {
            var label = item.ReadString("label", required: true);
            var weight = item.ReadDecimal("weightPercent", required: true);
            if (label is not null && weight is { } w) options.Add(new SurveyOption { Label = label, WeightPercent = w });
        }
        return new SurveyRule { Options = options, Steps = ReadSteps(reader, required: false) ?? [] };
    }

    protected override void WriteRule(SurveyRule rule, RuleWriter writer)
    {
        if (rule.Options.Count > 0)
            writer.WriteObjects("options", rule.Options, (w, o) =>
            {
                w.WriteString("label", o.Label);
                w.WriteDecimal("weightPercent", o.WeightPercent);
            });
        if (rule.Steps.Count > 0) WriteSteps(writer, rule.Steps);
    }
}
