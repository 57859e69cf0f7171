using ParIndex.Engine.Model;
using ParIndex.Engine.Rules;

namespace ParIndex.Engine.Tests.Exactness;

/// <summary>
/// What a framework must give, computed in exact rationals from the definitions in docs/concepts.md ("Rounding"):
/// every figure from its exact value, rounded once at its place and mode, never past its bound. Independent of the
/// engine's code: it reads only the framework and the inputs.
/// </summary>
internal sealed class ExactReference
{
    private readonly Framework _framework;
    private readonly Rounding _rounding;
    private readonly Dictionary<string, Rational> _best = new(StringComparer.Ordinal);

    public ExactReference(Framework framework, IReadOnlyList<UnitAssessment> cohort, Stage stage = Stage.Appraisal1)
    {
        _framework = framework;
        _rounding = framework.Policy.Rounding;
        foreach (var leaf in framework.Leaves.Where(l => l.Rule is RelativeToBestRule))
        {
            var best = Rational.Zero;
            foreach (var unit in cohort)
            {
                if (!unit.Stages.TryGetValue(stage, out var inputs) || !inputs.Inputs.TryGetValue(leaf.Code, out var input)) continue;
                if (input.NotApplicable || Rejected(leaf, input)) continue;
                if (Measured(((RelativeToBestRule)leaf.Rule!).Measure, input) is { } value && value > best) best = value;
            }
            _best[leaf.Code] = best;
        }
    }

    /// <summary>One unit's figures: every node (awarded, applicable, excluded), every part's converted points, the total and the index.</summary>
    public sealed record Figures(
        Dictionary<string, (Rational Awarded, Rational Applicable, bool Excluded)> Nodes,
        List<Rational> Parts,
        Rational Total,
        Rational Index);

    public Figures Score(StageInputs inputs)
    {
        var nodes = new Dictionary<string, (Rational, Rational, bool)>(StringComparer.Ordinal);
        foreach (var area in _framework.Areas) Node(area, inputs, nodes);

        IReadOnlyList<Part> parts = _framework.Parts.Count > 0
            ? _framework.Parts
            : [new Part { Code = "all", Name = "all", MaxPoints = _framework.MaxPoints, AreaCodes = [.. _framework.Areas.Select(a => a.Code)] }];
        var converted = new List<Rational>();
        Rational total = Rational.Zero, denominator = Rational.Zero;
        foreach (var part in parts)
        {
            var live = part.AreaCodes.Where(c => !nodes[c].Item3).ToList();
            var awarded = live.Aggregate(Rational.Zero, (s, c) => s + nodes[c].Item1);
            var applicable = live.Aggregate(Rational.Zero, (s, c) => s + nodes[c].Item2);
            if (live.Count == 0 || applicable.Numerator.IsZero)
            {
                converted.Add(Rational.Zero);
                continue;
            }
            // Re-based: awarded × part max / applicable, rounded at the index decimals, within [0, part max]; full
            // attainment is the part's max itself.
            Rational partMax = part.MaxPoints;
            var value = applicable == partMax ? awarded
                : awarded == applicable ? partMax
                : Rational.Min(Round(awarded * partMax / applicable, _rounding.IndexDecimals), partMax);
            converted.Add(value);
            total += value;
            denominator += partMax;
        }

        Rational scale = _framework.Policy.Scale;
        // total × scale / max of the live parts, rounded at the index decimals, within [0, scale]; full points are the scale itself.
        var index = denominator.Numerator.IsZero ? Rational.Zero
            : total == denominator ? scale
            : Rational.Min(Round(total * scale / denominator, _rounding.IndexDecimals), scale);
        if (_framework.Adjustments.Count > 0)
        {
            foreach (var a in _framework.Adjustments)
            {
                Rational delta = a.PointsFor(inputs.Adjustments.GetValueOrDefault(a.Code));
                index = a.Kind == AdjustmentKind.Bonus ? index + delta : index - delta;
            }
            if (index < Rational.Zero) index = Rational.Zero;
            if (!_framework.Policy.IndexUncapped && index > scale) index = scale;
        }
        return new Figures(nodes, converted, total, index);
    }

    private (Rational Awarded, Rational Applicable, bool Excluded) Node(Node node, StageInputs inputs, Dictionary<string, (Rational, Rational, bool)> nodes)
    {
        Rational awarded, applicable;
        bool excluded;
        if (node.IsLeaf)
        {
            var points = Leaf(node, inputs.Inputs.GetValueOrDefault(node.Code));
            excluded = points is null;
            awarded = points ?? Rational.Zero;
            applicable = excluded ? Rational.Zero : node.MaxPoints;
        }
        else
        {
            var children = node.Children.Select(c => Node(c, inputs, nodes)).Where(c => !c.Excluded).ToList();
            excluded = children.Count == 0;
            var bestOf = node.Aggregation == Aggregation.BestOf;
            awarded = children.Aggregate(Rational.Zero, (s, c) => bestOf ? Rational.Max(s, c.Awarded) : s + c.Awarded);
            applicable = children.Aggregate(Rational.Zero, (s, c) => bestOf ? Rational.Max(s, c.Applicable) : s + c.Applicable);
        }
        if (!excluded && node.Adjustments.Count > 0)
        {
            foreach (var a in node.Adjustments)
            {
                Rational delta = a.PointsFor(inputs.Adjustments.GetValueOrDefault(a.Code));
                awarded = a.Kind == AdjustmentKind.Bonus ? awarded + delta : awarded - delta;
            }
            awarded = Rational.Max(Rational.Zero, Rational.Min(awarded, applicable));
        }
        nodes[node.Code] = (awarded, applicable, excluded);
        return (awarded, applicable, excluded);
    }

    /// <summary>A leaf's points; <see langword="null"/> when it is excluded.</summary>
    private Rational? Leaf(Node leaf, LeafInput? input)
    {
        Rational max = leaf.MaxPoints;
        if (input is null) return Rational.Zero;
        if (input.NotApplicable) return NotApplicable(leaf);
        if (Rejected(leaf, input)) return Rational.Zero;
        switch (leaf.Rule)
        {
            case AllOrNothingRule:
                return input.Met == true ? max : Rational.Zero;
            case ChoiceRule c:
                return c.Options.Single(o => o.Label == input.Choice).Points;
            case ManualRule:
                return input.Points!.Value;
            case PerItemRule p:
                return Rational.Min(Rational.Of(p.PointsPerItem) * input.Count!.Value, p.Cap ?? leaf.MaxPoints);
            case DeductionRule d:
            {
                var count = input.Count!.Value;
                Rational start = d.Start ?? leaf.MaxPoints;
                if (count == 0) return start;
                if (d.WipeOutFrom is { } n && count >= n) return d.Floor;
                return Rational.Max(d.Floor, start - Rational.Of(d.PointsPerOccurrence) * count);
            }
            case StepsRule s:
            {
                if (Measured(s.Measure, input) is not { } m) return NotApplicable(leaf);
                foreach (var step in s.Steps)
                    if (s.Direction == StepDirection.AtLeast ? m >= step.Threshold : m <= step.Threshold) return step.Points;
                return s.Otherwise;
            }
            case ProportionalRule p:
            {
                if (Measured(p.Measure, input) is not { } m) return NotApplicable(leaf);
                return Share(max, m, p.Target);
            }
            case RelativeToBestRule r:
            {
                if (Measured(r.Measure, input) is not { } m) return NotApplicable(leaf);
                var best = _best[leaf.Code];
                if (m >= best) return m.Numerator.IsZero ? Rational.Zero : max;
                return Share(max, m, best);
            }
            case SurveyRule s:
            {
                Rational share;
                if (input.SurveyCounts is { } counts)
                {
                    var respondents = counts.Values.Sum();
                    if (respondents == 0) return NotApplicable(leaf);
                    var weighted = s.Options.Aggregate(Rational.Zero, (sum, o) => sum + Rational.Of(o.WeightPercent) * counts.GetValueOrDefault(o.Label));
                    share = weighted / respondents;
                }
                else share = input.Value!.Value;
                if (s.Steps.Count == 0) return Share(max, share, 100m);
                foreach (var step in s.Steps) if (share >= step.Threshold) return step.Points;
                return Rational.Zero;
            }
            default:
                throw new InvalidOperationException(leaf.Rule?.Kind);
        }
    }

    /// <summary>max × measure / reference: the max itself at or above the reference, else rounded at the leaf decimals and at most the max.</summary>
    private Rational Share(Rational max, Rational measure, Rational reference) =>
        measure >= reference ? max : Rational.Min(Round(max * measure / reference, _rounding.LeafDecimals), max);

    private Rational? NotApplicable(Node leaf) => _framework.NotApplicablePolicyOf(leaf) switch
    {
        NotApplicablePolicy.FullPoints => leaf.MaxPoints,
        NotApplicablePolicy.Zero => Rational.Zero,
        _ => null,
    };

    private static bool Rejected(Node leaf, LeafInput input) =>
        leaf.Evidence is { } evidence && (input.Evidence != EvidenceStatus.Provided || (evidence.ReferencesRequired && input.References.Count == 0));

    /// <summary>The measure as an exact rational; <see langword="null"/> for a ratio with denominator 0 (not applicable).</summary>
    private static Rational? Measured(Measure measure, LeafInput input) => measure switch
    {
        Measure.Count => (Rational)input.Count!.Value,
        Measure.Value => (Rational)input.Value!.Value,
        _ when input.Denominator is { } den => den == 0m ? null : Rational.Of(input.Numerator!.Value) * 100 / Rational.Of(den),
        _ => (Rational)input.Value!.Value,
    };

    public Rational Round(Rational value, int places) => value.Round(places, _rounding.Mode);
}
