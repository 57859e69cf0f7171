using ParIndex.Engine.Model;
using ParIndex.Engine.Rules;

namespace ParIndex.Benchmarks.Workload;

/// <summary>The rule kinds of the benchmark framework, with the measure where a kind has several.</summary>
public enum LeafKind
{
    StepsRatio,
    StepsCountAtMost,
    AllOrNothing,
    Deduction,
    Choice,
    Proportional,
    PerItem,
    Manual,
    Survey,
}

/// <summary>
/// One leaf of the benchmark framework as plain data: what the framework is built from, what the cohort generator
/// draws inputs for, and what the RulesEngine peer turns into an expression. The hand-written baseline repeats the
/// same constants by hand (it does not read specs).
/// </summary>
/// <param name="Kind">The rule kind.</param>
/// <param name="Max">The leaf's max points.</param>
/// <param name="Thresholds">Steps: thresholds, best first; survey: option weights in % (A, B, C, D).</param>
/// <param name="Points">Steps: points per step; choice: points per option.</param>
/// <param name="PerUnit">Deduction: points per occurrence; per item: points per item.</param>
/// <param name="WipeOutFrom">Deduction: the occurrence from which the floor is given.</param>
/// <param name="Evidence">Whether evidence is required; <see cref="EvidenceLevel.WithReferences"/> also needs a reference.</param>
/// <param name="NotApplicable">The leaf's not-applicable policy; null takes the framework's (exclude).</param>
public sealed record LeafSpec(
    LeafKind Kind,
    decimal Max,
    decimal[] Thresholds,
    decimal[] Points,
    decimal PerUnit = 0m,
    int? WipeOutFrom = null,
    EvidenceLevel Evidence = EvidenceLevel.None,
    NotApplicablePolicy? NotApplicable = null)
{
    public static LeafSpec StepsRatio(decimal max, decimal[] thresholds, decimal[] points, EvidenceLevel evidence = EvidenceLevel.None, NotApplicablePolicy? na = null) =>
        new(LeafKind.StepsRatio, max, thresholds, points, Evidence: evidence, NotApplicable: na);

    public static LeafSpec StepsCountAtMost(decimal max, decimal[] thresholds, decimal[] points) =>
        new(LeafKind.StepsCountAtMost, max, thresholds, points);

    public static LeafSpec AllOrNothing(decimal max, EvidenceLevel evidence = EvidenceLevel.None, NotApplicablePolicy? na = null) =>
        new(LeafKind.AllOrNothing, max, [], [], Evidence: evidence, NotApplicable: na);

    public static LeafSpec Deduction(decimal max, decimal perOccurrence, int? wipeOutFrom = null) =>
        new(LeafKind.Deduction, max, [], [], perOccurrence, wipeOutFrom);

    public static LeafSpec Choice(decimal max, decimal[] points, EvidenceLevel evidence = EvidenceLevel.None) =>
        new(LeafKind.Choice, max, [], points, Evidence: evidence);

    public static LeafSpec Proportional(decimal max) => new(LeafKind.Proportional, max, [], []);

    public static LeafSpec PerItem(decimal max, decimal perItem) => new(LeafKind.PerItem, max, [], [], perItem);

    public static LeafSpec Manual(decimal max) => new(LeafKind.Manual, max, [], []);

    /// <summary>A survey with answers A 100 %, B 60 %, C 20 %, D 0 %; with steps when <paramref name="thresholds"/> is not empty.</summary>
    public static LeafSpec Survey(decimal max, decimal[] thresholds, decimal[] points) => new(LeafKind.Survey, max, thresholds, points);

    /// <summary>The survey answers' labels and weights.</summary>
    public static readonly (string Label, decimal Weight)[] SurveyAnswers = [("A", 100m), ("B", 60m), ("C", 20m), ("D", 0m)];

    /// <summary>The engine rule for this leaf.</summary>
    public Rule ToRule() => Kind switch
    {
        LeafKind.StepsRatio => new StepsRule { Measure = Measure.Ratio, Steps = Steps() },
        LeafKind.StepsCountAtMost => new StepsRule { Measure = Measure.Count, Direction = StepDirection.AtMost, Steps = Steps() },
        LeafKind.AllOrNothing => new AllOrNothingRule(),
        LeafKind.Deduction => new DeductionRule { PointsPerOccurrence = PerUnit, WipeOutFrom = WipeOutFrom },
        LeafKind.Choice => new ChoiceRule { Options = [.. Points.Select((p, i) => new ChoiceOption { Label = "Mức " + (i + 1), Points = p })] },
        LeafKind.Proportional => new ProportionalRule(),
        LeafKind.PerItem => new PerItemRule { PointsPerItem = PerUnit },
        LeafKind.Manual => new ManualRule(),
        LeafKind.Survey => new SurveyRule
        {
            Options = [.. SurveyAnswers.Select(a => new SurveyOption { Label = a.Label, WeightPercent = a.Weight })],
            Steps = Steps(),
        },
        _ => throw new InvalidOperationException(Kind.ToString()),
    };

    /// <summary>The node for this leaf.</summary>
    public Node ToNode(string code, string name) => new()
    {
        Code = code,
        Name = name,
        MaxPoints = Max,
        Rule = ToRule(),
        Evidence = Evidence switch
        {
            EvidenceLevel.Required => new EvidenceRequirement { Description = "Văn bản, báo cáo kiểm chứng" },
            EvidenceLevel.WithReferences => new EvidenceRequirement { ReferencesRequired = true, Description = "Số, ký hiệu văn bản" },
            _ => null,
        },
        NotApplicable = NotApplicable,
    };

    private Step[] Steps() => [.. Thresholds.Zip(Points, (t, p) => new Step { Threshold = t, Points = p })];
}

/// <summary>What evidence a leaf requires.</summary>
public enum EvidenceLevel
{
    None,
    Required,
    WithReferences,
}
