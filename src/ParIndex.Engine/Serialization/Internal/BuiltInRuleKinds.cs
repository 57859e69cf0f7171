using System.Text.Json.Nodes;
using ParIndex.Engine.Rules;
using static ParIndex.Engine.Serialization.Internal.SchemaBuilder;

namespace ParIndex.Engine.Serialization.Internal;

/// <summary>The JSON forms and schemas of the built-in rule kinds.</summary>
internal static class BuiltInRuleKinds
{
    public static readonly IReadOnlyList<IRuleKind> All =
    [
        new AllOrNothingKind(), new ChoiceKind(), new StepsKind(), new ProportionalKind(),
        new PerItemKind(), new DeductionKind(), new ManualKind(), new SurveyKind(), new RelativeToBestKind(),
    ];

    private static readonly string[] Measures = ["value", "count", "ratio"];
    private static readonly string[] Directions = ["atLeast", "atMost"];
    private static readonly string[] StepProperties = ["threshold", "points"];

    private static Measure ToMeasure(string s) => s switch { "value" => Measure.Value, "count" => Measure.Count, _ => Measure.Ratio };

    private static string FromMeasure(Measure m) => m switch { Measure.Value => "value", Measure.Count => "count", _ => "ratio" };

    private static List<Step>? ReadSteps(RuleReader reader, bool required)
    {
        var items = reader.ReadObjects("steps", StepProperties, required);
        if (items is null) return null;
        var steps = new List<Step>();
        foreach (var item in items)
        {
            var threshold = item.ReadDecimal("threshold", required: true);
            var points = item.ReadDecimal("points", required: true);
            if (threshold is { } t && points is { } p) steps.Add(new Step { Threshold = t, Points = p });
        }
        return steps;
    }

    private static void WriteSteps(RuleWriter writer, IReadOnlyList<Step> steps) =>
        writer.WriteObjects("steps", steps, (w, s) =>
        {
            w.WriteDecimal("threshold", s.Threshold);
            w.WriteDecimal("points", s.Points);
        });

    private sealed class AllOrNothingKind : RuleKind<AllOrNothingRule>
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

    private sealed class ChoiceKind : RuleKind<ChoiceRule>
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

    private sealed class StepsKind : RuleKind<StepsRule>
    {
        public override string Name => StepsRule.KindName;

        public override IReadOnlyList<string> Properties => ["measure", "direction", "steps", "otherwise"];

        public override JsonObject DescribeSchema() =>
            RuleObject(Name, "Steps on a value, count or ratio (input: value, count, or numerator and denominator)", "Bậc thang theo giá trị, số lượng hoặc tỷ lệ", new()
            {
                ["measure"] = MeasureProperty(),
                ["direction"] = S("atLeast: higher is better (thresholds decrease); atMost: lower is better", "atLeast: càng cao càng tốt; atMost: càng thấp càng tốt").Enum(Directions),
                ["steps"] = StepsProperty(),
                ["otherwise"] = Num("Points when no step is reached (default 0)", "Điểm khi không đạt bậc nào (mặc định 0)").Points(),
            }, "measure", "steps");

        protected override StepsRule? ReadRule(RuleReader reader)
        {
            var measure = reader.ReadOneOf("measure", Measures, required: true);
            var direction = reader.ReadOneOf("direction", Directions);
            var steps = ReadSteps(reader, required: true);
            var otherwise = reader.ReadDecimal("otherwise");
            if (measure is null || steps is null) return null;
            return new StepsRule
            {
                Measure = ToMeasure(measure),
                Direction = direction == "atMost" ? StepDirection.AtMost : StepDirection.AtLeast,
                Steps = steps,
                Otherwise = otherwise ?? 0m,
            };
        }

        protected override void WriteRule(StepsRule rule, RuleWriter writer)
        {
            writer.WriteString("measure", FromMeasure(rule.Measure));
            if (rule.Direction == StepDirection.AtMost) writer.WriteString("direction", "atMost");
            WriteSteps(writer, rule.Steps);
            if (rule.Otherwise != 0m) writer.WriteDecimal("otherwise", rule.Otherwise);
        }
    }

    private sealed class ProportionalKind : RuleKind<ProportionalRule>
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

    private sealed class RelativeToBestKind : RuleKind<RelativeToBestRule>
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

    private sealed class PerItemKind : RuleKind<PerItemRule>
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

    private sealed class DeductionKind : RuleKind<DeductionRule>
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

    private sealed class ManualKind : RuleKind<ManualRule>
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

    private sealed class SurveyKind : RuleKind<SurveyRule>
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
}
