using ParIndex.Engine.Serialization;
using System.Globalization;
using System.Numerics;
using ParIndex.Engine.Model;
using ParIndex.Engine.Rules;
using ParIndex.Engine.Tests.Support;

namespace ParIndex.Engine.Tests.Exactness;

/// <summary>
/// Random frameworks and cohorts for the exactness property, from a seed: every built-in rule kind, parts, bonuses and
/// penalties, not-applicable policies, leaf and index decimals 0 to 3, the three rounding modes, scales other than 100,
/// maxima that are not multiples of the rounding step, and inputs drawn so that a leaf's exact points sit on a half at
/// the leaf decimals whenever the draw can find such an input.
/// </summary>
internal sealed class HalfwayFrameworks(int seed)
{
    private static readonly decimal[] Maxima = [0.25m, 0.5m, 0.75m, 1m, 1.5m, 2m, 2.5m, 3m, 4m, 5m, 8m, 10.5m];
    private static readonly decimal[] Scales = [100m, 100m, 10m, 7.5m, 30m, 12.5m, 1m];
    private static readonly decimal[] Weights = [100m, 88m, 75m, 60m, 50m, 20m, 0m];
    private static readonly decimal[] Targets = [100m, 80m, 50m, 12.5m, 40m];

    private readonly Random _random = new(seed);

    public Framework Framework()
    {
        var rounding = new Rounding
        {
            Mode = (RoundingMode)_random.Next(3),
            LeafDecimals = _random.Next(4),
            IndexDecimals = _random.Next(4),
        };
        var policy = ScoringPolicy.Default with
        {
            Rounding = rounding,
            Scale = Scales[_random.Next(Scales.Length)],
            NotApplicable = (NotApplicablePolicy)_random.Next(3),
            IndexUncapped = _random.Next(4) == 0,
        };
        var areas = new List<Node>();
        var areaCount = _random.Next(1, 5);
        for (var a = 1; a <= areaCount; a++) areas.Add(Node(a.ToString(CultureInfo.InvariantCulture), 1));
        List<Part>? parts = null;
        if (areaCount >= 2 && _random.Next(2) == 0)
        {
            var split = _random.Next(1, areaCount);
            parts =
            [
                new Part { Code = "TD", Name = "Thẩm định", MaxPoints = areas.Take(split).Sum(x => x.MaxPoints), AreaCodes = [.. areas.Take(split).Select(x => x.Code)] },
                new Part { Code = "DT", Name = "Điều tra", MaxPoints = areas.Skip(split).Sum(x => x.MaxPoints), AreaCodes = [.. areas.Skip(split).Select(x => x.Code)] },
            ];
        }
        List<Adjustment> total = [];
        if (_random.Next(3) == 0) total.Add(new Adjustment { Code = "T+", Name = "Thưởng", Kind = AdjustmentKind.Bonus, PointsPerOccurrence = 0.75m, Cap = 2m });
        if (_random.Next(3) == 0) total.Add(new Adjustment { Code = "T-", Name = "Trừ", Kind = AdjustmentKind.Penalty, FixedPoints = 1.25m, Cap = 1.25m });
        return new Framework(Build.Info("exact"), areas, policy, parts: parts, adjustments: total, hasher: RuleKindRegistry.BuiltInHasher);
    }

    private Node Node(string code, int level)
    {
        if (level < 3 && _random.Next(3) == 0)
        {
            var children = Enumerable.Range(1, _random.Next(1, 4)).Select(i => Node($"{code}.{i}", level + 1)).ToArray();
            var bestOf = _random.Next(8) == 0;
            Adjustment[] adjustments = _random.Next(4) == 0
                ? [new Adjustment { Code = "P" + code, Name = "Điều chỉnh " + code, Kind = _random.Next(2) == 0 ? AdjustmentKind.Penalty : AdjustmentKind.Bonus, PointsPerOccurrence = 0.25m, Cap = 0.75m }]
                : [];
            return new Node
            {
                Code = code, Name = "Nhóm " + code, Aggregation = bestOf ? Aggregation.BestOf : Aggregation.Sum,
                MaxPoints = bestOf ? children.Max(c => c.MaxPoints) : children.Sum(c => c.MaxPoints),
                Children = children, Adjustments = adjustments,
            };
        }
        var max = Maxima[_random.Next(Maxima.Length)];
        var leaf = new Node { Code = code, Name = "Tiêu chí " + code, MaxPoints = max, Rule = RuleFor(max) };
        if (_random.Next(6) == 0) leaf = leaf with { Evidence = new EvidenceRequirement { ReferencesRequired = _random.Next(2) == 0 } };
        if (_random.Next(5) == 0) leaf = leaf with { NotApplicable = (NotApplicablePolicy)_random.Next(3) };
        if (_random.Next(8) == 0)
            leaf = leaf with { Adjustments = [new Adjustment { Code = "L" + code, Name = "Trừ " + code, Kind = AdjustmentKind.Penalty, PointsPerOccurrence = 0.25m, Cap = 0.5m }] };
        return leaf;
    }

    private Rule RuleFor(decimal max)
    {
        switch (_random.Next(11))
        {
            case 0: return new AllOrNothingRule();
            case 1: return new ChoiceRule { Options = [new() { Label = "tốt", Points = max }, new() { Label = "khá", Points = max / 2 }, new() { Label = "kém", Points = 0 }] };
            case 2:
                return _random.Next(2) == 0
                    ? new StepsRule { Measure = Measure.Ratio, Steps = [new() { Threshold = 100, Points = max }, new() { Threshold = 62.5m, Points = max / 2 }], Otherwise = 0 }
                    : new StepsRule { Measure = Measure.Count, Direction = StepDirection.AtMost, Steps = [new() { Threshold = 0, Points = max }, new() { Threshold = 2, Points = max / 2 }] };
            case 3:
            case 4:
                var measure = _random.Next(2) == 0 ? Measure.Ratio : Measure.Value;
                return new ProportionalRule { Measure = measure, Target = measure == Measure.Ratio ? Targets[_random.Next(Targets.Length)] : Targets[_random.Next(Targets.Length)] * 1.5m };
            case 5: return new PerItemRule { PointsPerItem = 0.25m };
            case 6: return new DeductionRule { PointsPerOccurrence = 0.25m, WipeOutFrom = _random.Next(2) == 0 ? 4 : null };
            case 7: return new ManualRule { Step = 0.25m };
            case 8: return new RelativeToBestRule { Measure = (Measure)_random.Next(3) };
            default:
                var options = Weights.OrderBy(_ => _random.Next()).Take(_random.Next(2, 5)).Select((w, i) => new SurveyOption { Label = ((char)('A' + i)).ToString(), WeightPercent = w }).ToArray();
                return _random.Next(5) == 0
                    ? new SurveyRule { Options = options, Steps = [new() { Threshold = 87.5m, Points = max }, new() { Threshold = 60, Points = max / 2 }] }
                    : new SurveyRule { Options = options };
        }
    }

    /// <summary>A cohort of units for <paramref name="framework"/>.</summary>
    public List<UnitAssessment> Units(Framework framework, int count)
    {
        // Relative-to-best leaves: every unit's value is drawn against one cohort best, so that max × value / best can sit on a half.
        var bests = framework.Leaves.Where(l => l.Rule is RelativeToBestRule).ToDictionary(l => l.Code, _ => (decimal)_random.Next(1, 400) / 4m);
        return [.. Enumerable.Range(0, count).Select(i => new UnitAssessment
        {
            UnitId = "u" + i, UnitName = "Đơn vị " + i,
            Stages = new Dictionary<Stage, StageInputs> { [Stage.Appraisal1] = Inputs(framework, bests, first: i == 0) },
        })];
    }

    private StageInputs Inputs(Framework framework, Dictionary<string, decimal> bests, bool first)
    {
        var places = framework.Policy.Rounding.LeafDecimals;
        var inputs = new Dictionary<string, LeafInput>();
        foreach (var leaf in framework.Leaves)
        {
            var roll = _random.Next(25);
            if (roll == 0) continue; // missing
            if (roll == 1) { inputs[leaf.Code] = new LeafInput { NotApplicable = true }; continue; }
            var input = InputFor(leaf, places, bests, first);
            if (leaf.Evidence is not null)
            {
                var status = _random.Next(4) == 0 ? (EvidenceStatus)_random.Next(3) : EvidenceStatus.Provided;
                input = input with { Evidence = status, References = status == EvidenceStatus.Provided ? ["QĐ 01/QĐ-UBND"] : [] };
            }
            inputs[leaf.Code] = input;
        }
        var adjustments = framework.AllNodes.SelectMany(n => n.Adjustments).Concat(framework.Adjustments)
            .ToDictionary(a => a.Code, _ => _random.Next(0, 4));
        return new StageInputs { Inputs = inputs, Adjustments = adjustments };
    }

    private LeafInput InputFor(Node leaf, int places, Dictionary<string, decimal> bests, bool first)
    {
        var max = leaf.MaxPoints;
        switch (leaf.Rule)
        {
            case AllOrNothingRule: return new LeafInput { Met = _random.Next(3) > 0 };
            case ChoiceRule c: return new LeafInput { Choice = c.Options[_random.Next(c.Options.Count)].Label };
            case StepsRule { Measure: Measure.Ratio }:
            {
                var den = _random.Next(0, 40);
                return new LeafInput { Numerator = den == 0 ? 0 : _random.Next(0, den + 1), Denominator = den };
            }
            case ProportionalRule { Measure: Measure.Ratio } p:
            {
                // numerator / denominator with max × numerator × 100 / (denominator × target) on a half, when a draw finds one.
                (int Num, int Den) pick = (0, 1);
                for (var attempt = 0; attempt < 200; attempt++)
                {
                    var den = _random.Next(1, 120);
                    pick = (_random.Next(0, den + 1), den);
                    if ((Rational.Of(max) * pick.Num * 100 / (Rational.Of(pick.Den) * p.Target)).IsHalfAt(places)) break;
                }
                if (_random.Next(10) == 0) pick = (pick.Den, pick.Den);
                return new LeafInput { Numerator = pick.Num, Denominator = pick.Den };
            }
            case ProportionalRule p:
                return new LeafInput { Value = OnHalf(max, p.Target, places) ?? _random.Next(0, 20000) / 100m };
            case RelativeToBestRule r:
            {
                var best = bests[leaf.Code];
                if (r.Measure == Measure.Ratio)
                {
                    // Thirds: 1/3 of a best of 2/3 is exactly a half of the max, while 33.33…% / 66.66…7% is not.
                    var k = _random.Next(1, 5);
                    var den = 3 * _random.Next(1, 9);
                    return first ? new LeafInput { Numerator = 2 * k, Denominator = 3 * k } : new LeafInput { Numerator = _random.Next(0, den * 2 / 3 + 1), Denominator = den };
                }
                if (first) return r.Measure == Measure.Count ? new LeafInput { Count = (int)Math.Ceiling(best) } : new LeafInput { Value = best };
                if (r.Measure == Measure.Count) return new LeafInput { Count = _random.Next(0, (int)Math.Ceiling(best) + 1) };
                return new LeafInput { Value = OnHalf(max, best, places) ?? _random.Next(0, (int)(best * 100) + 1) / 100m };
            }
            case StepsRule or PerItemRule or DeductionRule: return new LeafInput { Count = _random.Next(0, 8) };
            case ManualRule: return new LeafInput { Points = _random.Next(0, (int)(max * 4) + 1) * 0.25m };
            case SurveyRule s:
            {
                Dictionary<string, int> counts = [];
                for (var attempt = 0; attempt < 400; attempt++)
                {
                    counts = s.Options.ToDictionary(o => o.Label, _ => _random.Next(0, _random.Next(2) == 0 ? 6 : 40));
                    var respondents = counts.Values.Sum();
                    if (respondents == 0) continue;
                    var weighted = s.Options.Aggregate(Rational.Zero, (sum, o) => sum + Rational.Of(o.WeightPercent) * counts[o.Label]);
                    if ((Rational.Of(max) * weighted / (new Rational(respondents, 1) * 100)).IsHalfAt(places)) break;
                }
                if (_random.Next(8) == 0) counts = s.Options.ToDictionary(o => o.Label, o => o.WeightPercent == 100m ? 1 + _random.Next(30) : 0);
                if (counts.Values.Sum() == 0 || _random.Next(10) == 0)
                {
                    var value = OnHalf(max, 100m, places) ?? _random.Next(0, 10001) / 100m;
                    return new LeafInput { Value = Math.Min(100m, value) };
                }
                return new LeafInput { SurveyCounts = counts };
            }
            default: throw new InvalidOperationException(leaf.Rule?.Kind);
        }
    }

    /// <summary>A value whose points max × value / reference sit on a half at <paramref name="places"/>, when it has a short decimal form.</summary>
    private decimal? OnHalf(decimal max, decimal reference, int places)
    {
        var steps = (int)(max * Pow10(places));
        if (steps < 1) return null;
        var k = _random.Next(0, steps);
        var points = new Rational(2 * k + 1, 2 * (BigInteger)Pow10(places));
        var value = points * reference / max;
        var den = value.Denominator;
        while ((den % 2).IsZero) den /= 2;
        while ((den % 5).IsZero) den /= 5;
        return den.IsOne && value.Denominator < BigInteger.Pow(10, 12) ? value.ToDecimal() : null;
    }

    private static long Pow10(int places) => (long)Math.Pow(10, places);
}
