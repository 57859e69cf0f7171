using ParIndex.Engine.Rules;
using ParIndex.Engine.Serialization;

namespace ParIndex.Engine.Tests.Support;

/// <summary>What the tests know of one rule kind: example rules, valid inputs for them and a better input.</summary>
/// <param name="Varied">
/// A rule for a leaf worth <c>max</c> (a multiple of 0.25), with every option the kind's JSON has (directions,
/// measures, optional properties, labels with quotes and emoji): for the serialization generator.
/// </param>
/// <param name="Scored">A rule for a leaf worth <c>max</c> (a multiple of 0.5) whose inputs the property tests score.</param>
/// <param name="Input">A valid input for a <see cref="Scored"/> rule (0/0 ratios and the like included).</param>
/// <param name="Better">An input at least as good as the given one by any honest reading (the monotonicity property).</param>
/// <param name="NeedsCohort">Whether a leaf of the kind is scored only within a cohort (relative to best).</param>
internal sealed record KindExample(
    Func<decimal, Random, Rule> Varied,
    Func<decimal, Random, Rule> Scored,
    Func<Rule, RuleContext, Random, LeafInput> Input,
    Func<Rule, RuleContext, LeafInput, Random, LeafInput> Better,
    bool NeedsCohort = false);

/// <summary>
/// The one table the test generators draw rules from (<see cref="RandomFrameworks"/>, the serialization
/// <c>FrameworkGenerator</c>, <c>BulkPathEquivalenceTests.EveryKind</c>): they iterate the registered kinds and look each
/// up here, so a new kind is one entry, and a missing entry fails every generator with the kind's name.
/// </summary>
internal static class KindExamples
{
    private static T Pick<T>(Random r, params T[] items) => items[r.Next(items.Length)];

    private static bool Coin(Random r) => r.Next(2) == 0;

    private static LeafInput RandomRatio(Random r, int maxDenominator = 60)
    {
        var den = r.Next(0, maxDenominator);
        return new LeafInput { Numerator = den == 0 ? 0 : r.Next(0, den + 1), Denominator = den };
    }

    private static LeafInput MoreOfTheSame(LeafInput input, Random r) =>
        input.Denominator > 0 ? input with { Numerator = Math.Min(input.Denominator!.Value, input.Numerator!.Value + r.Next(1, 10)) } : input;

    private static LeafInput LessOfTheSame(LeafInput input, Random r) =>
        input.Numerator is { } n ? input with { Numerator = Math.Max(0, n - r.Next(1, 10)) } : input;

    private static LeafInput MeasureInput(Measure measure, Random r) => measure switch
    {
        Measure.Ratio => RandomRatio(r),
        Measure.Count => new LeafInput { Count = r.Next(0, 12) },
        _ => new LeafInput { Value = r.Next(0, 12000) / 100m },
    };

    private static LeafInput Higher(Measure measure, LeafInput input, Random r) => measure switch
    {
        Measure.Ratio => MoreOfTheSame(input, r),
        Measure.Count => input with { Count = input.Count + r.Next(1, 4) },
        _ => input with { Value = input.Value + r.Next(0, 3000) / 100m },
    };

    private static LeafInput Lower(Measure measure, LeafInput input, Random r) => measure switch
    {
        Measure.Ratio => LessOfTheSame(input, r),
        Measure.Count => input with { Count = Math.Max(0, input.Count!.Value - r.Next(1, 4)) },
        _ => input with { Value = Math.Max(0m, input.Value!.Value - r.Next(0, 3000) / 100m) },
    };

    /// <summary>The examples by kind name.</summary>
    public static IReadOnlyDictionary<string, KindExample> ByKind { get; } = new Dictionary<string, KindExample>(StringComparer.Ordinal)
    {
        [AllOrNothingRule.KindName] = new(
            (_, _) => new AllOrNothingRule(),
            (_, _) => new AllOrNothingRule(),
            (_, _, r) => new LeafInput { Met = Coin(r) },
            (_, _, input, _) => input with { Met = true }),

        [ChoiceRule.KindName] = new(
            (max, r) => new ChoiceRule { Options = [new ChoiceOption { Label = "A \"trích dẫn\" <x> & 😀", LabelEn = Coin(r) ? "A" : null, Points = max }, new ChoiceOption { Label = "B", Points = max / 2 }, new ChoiceOption { Label = "C", Points = 0m }] },
            (max, _) => new ChoiceRule { Options = [new() { Label = "tốt", Points = max }, new() { Label = "khá", Points = max / 2 }, new() { Label = "kém", Points = 0 }] },
            (rule, _, r) => new LeafInput { Choice = ((ChoiceRule)rule).Options[r.Next(((ChoiceRule)rule).Options.Count)].Label },
            (rule, _, input, _) => input with { Choice = ((ChoiceRule)rule).Options[0].Label }),  // options are listed best first

        [StepsRule.KindName] = new(
            (max, r) => r.Next(3) switch
            {
                0 => new StepsRule { Measure = Measure.Ratio, Steps = [new Step { Threshold = 100m, Points = max }, new Step { Threshold = 90.5m, Points = max / 2 }], Otherwise = Coin(r) ? max / 4 : 0m },
                1 => new StepsRule { Measure = Measure.Count, Steps = [new Step { Threshold = 12m, Points = max }, new Step { Threshold = 6m, Points = max / 2 }] },
                _ => new StepsRule { Measure = Pick(r, Measure.Count, Measure.Value), Direction = StepDirection.AtMost, Steps = [new Step { Threshold = 0m, Points = max }, new Step { Threshold = 3m, Points = max / 2 }] },
            },
            (max, r) => Coin(r)
                ? new StepsRule { Measure = Measure.Ratio, Steps = [new() { Threshold = 100, Points = max }, new() { Threshold = 80, Points = max / 2 }], Otherwise = 0 }
                : new StepsRule { Measure = Measure.Count, Direction = StepDirection.AtMost, Steps = [new() { Threshold = 0, Points = max }, new() { Threshold = 2, Points = max / 2 }] },
            (rule, _, r) => MeasureInput(((StepsRule)rule).Measure, r),
            (rule, _, input, r) => rule is StepsRule { Direction: StepDirection.AtMost } s ? Lower(s.Measure, input, r) : Higher(((StepsRule)rule).Measure, input, r)),

        [ProportionalRule.KindName] = new(
            (_, r) => Coin(r) ? new ProportionalRule { Measure = Measure.Ratio, Target = Pick(r, 100m, 80m, 99.5m) } : new ProportionalRule { Measure = Measure.Value, Target = Pick(r, 200m, 12m, 0.5m) },
            (_, r) => new ProportionalRule { Measure = Coin(r) ? Measure.Ratio : Measure.Value, Target = 100 },
            (rule, _, r) => MeasureInput(((ProportionalRule)rule).Measure, r),
            (rule, _, input, r) => Higher(((ProportionalRule)rule).Measure, input, r)),

        [PerItemRule.KindName] = new(
            (max, r) => new PerItemRule { PointsPerItem = max / Pick(r, 1m, 2m, 4m), Cap = Coin(r) ? max : null },
            (_, _) => new PerItemRule { PointsPerItem = 0.5m },
            (_, _, r) => new LeafInput { Count = r.Next(0, 12) },
            (_, _, input, r) => Higher(Measure.Count, input, r)),

        [DeductionRule.KindName] = new(
            (max, r) => new DeductionRule { PointsPerOccurrence = Pick(r, 0.25m, 1m, 0.5m), Start = Coin(r) ? max : null, Floor = Coin(r) ? 0m : max / 4, WipeOutFrom = Coin(r) ? r.Next(1, 6) : null },
            (_, r) => new DeductionRule { PointsPerOccurrence = 0.5m, WipeOutFrom = Coin(r) ? 4 : null },
            (_, _, r) => new LeafInput { Count = r.Next(0, 12) },
            (_, _, input, r) => Lower(Measure.Count, input, r)),

        [ManualRule.KindName] = new(
            (_, r) => new ManualRule { Step = Coin(r) ? 0.25m : null },
            (_, _) => new ManualRule { Step = 0.5m },
            (_, context, r) => new LeafInput { Points = r.Next(0, (int)(context.MaxPoints * 2) + 1) * 0.5m },
            (_, context, input, _) => input with { Points = Math.Min(context.MaxPoints, input.Points!.Value + 0.5m) }),

        [SurveyRule.KindName] = new(
            (max, r) => new SurveyRule
            {
                Options = Coin(r) ? [new SurveyOption { Label = "Rất hài lòng", WeightPercent = 100m }, new SurveyOption { Label = "Hài lòng", WeightPercent = 75.5m }] : [],
                Steps = Coin(r) ? [new Step { Threshold = 90m, Points = max }, new Step { Threshold = 70m, Points = max / 2 }] : [],
            },
            (_, _) => new SurveyRule { Options = [new() { Label = "A", WeightPercent = 100 }, new() { Label = "B", WeightPercent = 50 }, new() { Label = "C", WeightPercent = 0 }] },
            (rule, _, r) => Coin(r)
                ? new LeafInput { Value = r.Next(0, 10001) / 100m }
                : new LeafInput { SurveyCounts = ((SurveyRule)rule).Options.ToDictionary(o => o.Label, _ => r.Next(0, 50), StringComparer.Ordinal) },
            (rule, _, input, r) => input.Value is { } v
                ? input with { Value = Math.Min(100m, v + r.Next(0, 3000) / 100m) }
                : input with { SurveyCounts = new Dictionary<string, int>(input.SurveyCounts!) { [((SurveyRule)rule).Options[0].Label] = input.SurveyCounts![((SurveyRule)rule).Options[0].Label] + r.Next(1, 10) } }),

        [RelativeToBestRule.KindName] = new(
            // Relative to the leaf's own best only: a leader would need an indicator leaf measured by a value, which random codes do not give.
            (_, r) => new RelativeToBestRule { Measure = Pick(r, Measure.Value, Measure.Count, Measure.Ratio) },
            (_, r) => new RelativeToBestRule { Measure = (Measure)r.Next(3) },
            (rule, _, r) => MeasureInput(((RelativeToBestRule)rule).Measure, r),
            (rule, _, input, r) => Higher(((RelativeToBestRule)rule).Measure, input, r),
            NeedsCohort: true),

        [RatioStepsRule.KindName] = new(
            (max, r) => Coin(r)
                ? new RatioStepsRule { MinDenominator = Pick(r, 1m, 20m, 12.5m), Steps = [new Step { Threshold = 100m, Points = max }, new Step { Threshold = 90.5m, Points = max / 2 }], Otherwise = Coin(r) ? max / 4 : 0m }
                : new RatioStepsRule { MinDenominator = Pick(r, 1m, 20m), Direction = StepDirection.AtMost, Steps = [new Step { Threshold = 5m, Points = max }, new Step { Threshold = 20m, Points = max / 2 }] },
            (max, r) => new RatioStepsRule { MinDenominator = r.Next(1, 30), Steps = [new() { Threshold = 90, Points = max }, new() { Threshold = 50, Points = max / 2 }], Otherwise = 0 },
            (_, _, r) => RandomRatio(r),
            // A higher numerator over the same denominator: whether the minimum is reached does not change.
            (_, _, input, r) => MoreOfTheSame(input, r)),
    };

    /// <summary>The examples of a kind; fails, naming this file, for a kind without an entry.</summary>
    public static KindExample Of(string kind) =>
        ByKind.TryGetValue(kind, out var example) ? example
        : throw new InvalidOperationException($"tests/ParIndex.Engine.Tests/Support/KindExamples.cs has no entry for the rule kind '{kind}'; add one (rules, an input, a better input)");

    /// <summary>The registered built-in kinds, in registration order (the generators draw from these).</summary>
    public static IReadOnlyList<string> Kinds => RuleKindRegistry.BuiltInNames;
}
