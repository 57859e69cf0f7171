using System.Text.Json.Nodes;
using ParIndex.Engine.Rules;
using ParIndex.Engine.Serialization.Internal;
using static ParIndex.Engine.Serialization.Internal.SchemaBuilder;

namespace ParIndex.Engine.Serialization;

/// <summary>The JSON form of a choice (<see cref="ChoiceRule"/>): its name, properties, reading, writing and schema fragment.</summary>
internal sealed class ChoiceKind : RuleKind<ChoiceRule>
{
    private static readonly string[] OptionProperties = ["label", "labelEn", "points"];

    public override string Name => ChoiceRule.KindName;

    public override IReadOnlyList<string> Properties => ["options"];

    public override JsonObject DescribeSchema() =>
        RuleObject(Name, "Choice: the option chosen gives its points (input: choice)", "Lựa chọn: mỗi phương án một mức điểm", new()
        {
            ["options"] = Arr("The options", "Các phương án", Obj("An option", "Một phương án", new()
            {
                ["label"] = S("Label in Vietnamese, as entered in the assessment", "Nhãn tiếng Việt").With("minLength", 1),
                ["labelEn"] = S("Label in English", "Nhãn tiếng Anh"),
                ["points"] = Num("Points", "Số điểm").Points(),
            }, "label", "points")).With("minItems", 1),
        }, "options");

    protected override ChoiceRule? ReadRule(RuleReader reader)
    {
        var items = reader.ReadObjects("options", OptionProperties, required: true);
        if (items is null) return null;
        var options = new List<ChoiceOption>();
        foreach (var item in items)
        {
            var label = item.ReadString("label", required: true);
            var labelEn = item.ReadString("labelEn");
            var points = item.ReadDecimal("points", required: true);
            if (label is not null && points is { } p) options.Add(new ChoiceOption { Label = label, LabelEn = labelEn, Points = p });
        }
        return new ChoiceRule { Options = options };
    }

    protected override void WriteRule(ChoiceRule rule, RuleWriter writer) =>
        writer.WriteObjects("options", rule.Options, (w, o) =>
        {
            w.WriteString("label", o.Label);
            if (o.LabelEn is not null) w.WriteString("labelEn", o.LabelEn);
            w.WriteDecimal("points", o.Points);
        });
}
