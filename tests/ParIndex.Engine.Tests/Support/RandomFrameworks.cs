using ParIndex.Engine.Model;
using ParIndex.Engine.Rules;
using ParIndex.Engine.Serialization;

namespace ParIndex.Engine.Tests.Support;

/// <summary>
/// Generates valid frameworks of every rule kind and random inputs for them from a seed, for property tests.
/// FsCheck supplies the seeds, so a failing case is reproducible from the seed it prints.
/// </summary>
internal sealed class RandomFrameworks(int seed)
{
    private readonly Random _random = new(seed);

    private decimal Half(int maxHalves) => _random.Next(1, maxHalves + 1) * 0.5m;

    /// <param name="withAdjustments">Whether nodes and the total may have adjustments.</param>
    /// <param name="withCohortKinds">
    /// Whether leaves may be scored relative to the cohort (relativeToBest): only for tests that score whole cohorts,
    /// since such a leaf scored alone is an input error.
    /// </param>
    public Framework Framework(bool withAdjustments = true, bool withCohortKinds = false)
    {
        var areas = new List<Node>();
        var areaCount = _random.Next(1, 5);
        for (var a = 1; a <= areaCount; a++) areas.Add(Node(a.ToString(System.Globalization.CultureInfo.InvariantCulture), 1, withAdjustments, withCohortKinds));
        var policy = ScoringPolicy.Default with { NotApplicable = (NotApplicablePolicy)_random.Next(3) };
        Adjustment[] total = withAdjustments && _random.Next(3) == 0
            ? [new Adjustment { Code = "T", Name = "Thưởng", Kind = AdjustmentKind.Bonus, PointsPerOccurrence = 0.5m, Cap = 2 }]
            : [];
        return new Framework(Build.Info("random"), areas, policy, adjustments: total, hasher: RuleKindRegistry.BuiltInHasher);
    }

    private Node Node(string code, int level, bool withAdjustments, bool withCohortKinds)
    {
        if (level < 3 && _random.Next(3) > 0)
        {
            var children = Enumerable.Range(1, _random.Next(1, 4)).Select(i => Node($"{code}.{i}", level + 1, withAdjustments, withCohortKinds)).ToArray();
            var bestOf = _random.Next(6) == 0;
            var adjustments = withAdjustments && _random.Next(4) == 0
                ? new[] { new Adjustment { Code = "P" + code, Name = "Trừ " + code, Kind = _random.Next(2) == 0 ? AdjustmentKind.Penalty : AdjustmentKind.Bonus, PointsPerOccurrence = 0.5m, Cap = 1.5m } }
                : [];
            return new Node
            {
                Code = code, Name = "Nhóm " + code, Aggregation = bestOf ? Aggregation.BestOf : Aggregation.Sum,
                MaxPoints = bestOf ? children.Max(c => c.MaxPoints) : children.Sum(c => c.MaxPoints),
                Children = children, Adjustments = adjustments,
            };
        }
        var max = Half(8);
        var leaf = new Node { Code = code, Name = "Tiêu chí " + code, MaxPoints = max, Rule = RuleFor(max, withCohortKinds) };
        if (_random.Next(4) == 0) leaf = leaf with { Evidence = new EvidenceRequirement { ReferencesRequired = _random.Next(2) == 0 } };
        if (_random.Next(5) == 0) leaf = leaf with { NotApplicable = (NotApplicablePolicy)_random.Next(3) };
        return leaf;
    }

    private Rule RuleFor(decimal max, bool withCohortKinds)
    {
        switch (_random.Next(withCohortKinds ? 10 : 9))
        {
            case 9: return new RelativeToBestRule { Measure = (Measure)_random.Next(3) };
            case 8: return new RatioStepsRule { MinDenominator = _random.Next(1, 30), Steps = [new() { Threshold = 90, Points = max }, new() { Threshold = 50, Points = max / 2 }], Otherwise = 0 };
            case 0: return new AllOrNothingRule();
            case 1: return new ChoiceRule { Options = [new() { Label = "tốt", Points = max }, new() { Label = "khá", Points = max / 2 }, new() { Label = "kém", Points = 0 }] };
            case 2:
                return _random.Next(2) == 0
                    ? new StepsRule { Measure = Measure.Ratio, Steps = [new() { Threshold = 100, Points = max }, new() { Threshold = 80, Points = max / 2 }], Otherwise = 0 }
                    : new StepsRule { Measure = Measure.Count, Direction = StepDirection.AtMost, Steps = [new() { Threshold = 0, Points = max }, new() { Threshold = 2, Points = max / 2 }] };
            case 3: return new ProportionalRule { Measure = _random.Next(2) == 0 ? Measure.Ratio : Measure.Value, Target = 100 };
            case 4: return new PerItemRule { PointsPerItem = 0.5m };
            case 5: return new DeductionRule { PointsPerOccurrence = 0.5m, WipeOutFrom = _random.Next(2) == 0 ? 4 : null };
            case 6: return new ManualRule { Step = 0.5m };
            default: return new SurveyRule { Options = [new() { Label = "A", WeightPercent = 100 }, new() { Label = "B", WeightPercent = 50 }, new() { Label = "C", WeightPercent = 0 }] };
        }
    }

    public StageInputs Inputs(Framework framework)
    {
        var inputs = new Dictionary<string, LeafInput>();
        foreach (var leaf in framework.Leaves)
        {
            var roll = _random.Next(20);
            if (roll == 0) continue; // missing
            if (roll == 1) { inputs[leaf.Code] = new LeafInput { NotApplicable = true }; continue; }
            var input = InputFor(leaf);
            if (leaf.Evidence is not null)
            {
                var status = (EvidenceStatus)_random.Next(3);
                input = input with { Evidence = status, References = status == EvidenceStatus.Provided ? ["QĐ 01/QĐ-UBND"] : [] };
            }
            inputs[leaf.Code] = input;
        }
        var adjustments = framework.AllNodes.SelectMany(n => n.Adjustments).Concat(framework.Adjustments)
            .ToDictionary(a => a.Code, _ => _random.Next(0, 5));
        return new StageInputs { Inputs = inputs, Adjustments = adjustments };
    }

    private LeafInput InputFor(Node leaf)
    {
        switch (leaf.Rule)
        {
            case AllOrNothingRule: return new LeafInput { Met = _random.Next(2) == 0 };
            case ChoiceRule c: return new LeafInput { Choice = c.Options[_random.Next(c.Options.Count)].Label };
            case StepsRule { Measure: Measure.Ratio }:
            case ProportionalRule { Measure: Measure.Ratio }:
            case RatioStepsRule:
                var den = _random.Next(0, 60);
                return new LeafInput { Numerator = den == 0 ? 0 : _random.Next(0, den + 1), Denominator = den };
            case ProportionalRule: return new LeafInput { Value = _random.Next(0, 12000) / 100m };
            case RelativeToBestRule { Measure: Measure.Ratio }:
                var d = _random.Next(0, 60);
                return new LeafInput { Numerator = d == 0 ? 0 : _random.Next(0, d + 1), Denominator = d };
            case RelativeToBestRule { Measure: Measure.Count }: return new LeafInput { Count = _random.Next(0, 12) };
            case RelativeToBestRule: return new LeafInput { Value = _random.Next(0, 12000) / 100m };
            case StepsRule or PerItemRule or DeductionRule: return new LeafInput { Count = _random.Next(0, 12) };
            case ManualRule: return new LeafInput { Points = _random.Next(0, (int)(leaf.MaxPoints * 2) + 1) * 0.5m };
            default:
                return _random.Next(2) == 0
                    ? new LeafInput { Value = _random.Next(0, 10001) / 100m }
                    : new LeafInput { SurveyCounts = new Dictionary<string, int> { ["A"] = _random.Next(0, 50), ["B"] = _random.Next(0, 50), ["C"] = _random.Next(0, 50) } };
        }
    }

    /// <summary>A copy of <paramref name="inputs"/> where one leaf's input is better (or equal) by any honest reading.</summary>
    public StageInputs Improve(Framework framework, StageInputs inputs, out string code)
    {
        var leaves = framework.Leaves.ToArray();
        var leaf = leaves[_random.Next(leaves.Length)];
        code = leaf.Code;
        if (!inputs.Inputs.TryGetValue(leaf.Code, out var input) || input.NotApplicable) return inputs;
        var better = input;
        if (leaf.Evidence is not null && input.Evidence != EvidenceStatus.Provided && _random.Next(2) == 0)
        {
            better = input with { Evidence = EvidenceStatus.Provided, References = ["QĐ 02/QĐ-UBND"] };
        }
        else
        {
            switch (leaf.Rule)
            {
                case AllOrNothingRule: better = input with { Met = true }; break;
                case ChoiceRule c: better = input with { Choice = c.Options[0].Label }; break;
                case StepsRule { Direction: StepDirection.AtMost } or DeductionRule: better = input with { Count = Math.Max(0, input.Count!.Value - _random.Next(1, 4)) }; break;
                case StepsRule { Measure: Measure.Ratio } or ProportionalRule { Measure: Measure.Ratio }:
                    if (input.Denominator > 0) better = input with { Numerator = Math.Min(input.Denominator!.Value, input.Numerator!.Value + _random.Next(1, 10)) };
                    break;
                case RatioStepsRule:
                    // A higher numerator over the same denominator: whether the minimum is reached does not change.
                    if (input.Denominator > 0) better = input with { Numerator = Math.Min(input.Denominator!.Value, input.Numerator!.Value + _random.Next(1, 10)) };
                    break;
                case ProportionalRule: better = input with { Value = input.Value + _random.Next(0, 3000) / 100m }; break;
                case RelativeToBestRule { Measure: Measure.Ratio }:
                    if (input.Denominator > 0) better = input with { Numerator = Math.Min(input.Denominator!.Value, input.Numerator!.Value + _random.Next(1, 10)) };
                    break;
                case RelativeToBestRule { Measure: Measure.Count }: better = input with { Count = input.Count + _random.Next(1, 4) }; break;
                case RelativeToBestRule: better = input with { Value = input.Value + _random.Next(0, 3000) / 100m }; break;
                case PerItemRule: better = input with { Count = input.Count + _random.Next(1, 4) }; break;
                case ManualRule: better = input with { Points = Math.Min(leaf.MaxPoints, input.Points!.Value + 0.5m) }; break;
                case SurveyRule when input.Value is { } v: better = input with { Value = Math.Min(100m, v + _random.Next(0, 3000) / 100m) }; break;
                case SurveyRule: better = input with { SurveyCounts = new Dictionary<string, int>(input.SurveyCounts!) { ["A"] = input.SurveyCounts!["A"] + _random.Next(1, 10) } }; break;
            }
        }
        var copy = new Dictionary<string, LeafInput>(inputs.Inputs) { [leaf.Code] = better };
        return inputs with { Inputs = copy };
    }
}
