using System.Globalization;
using System.Text;
using ParIndex.Benchmarks.Workload;
using ParIndex.Engine.Model;
using ParIndex.Engine.Rules;
using RulesEngine.Models;
using RE = RulesEngine.RulesEngine;

namespace ParIndex.Benchmarks.Peer;

/// <summary>
/// (d) The peer: the same framework encoded for Microsoft RulesEngine 6.0.1. One workflow, one rule per leaf; each
/// rule's <c>OutputExpression</c> action computes the leaf's points from the unit's cells (missing input, not
/// applicable, evidence and the rule's thresholds are all in the expression; -1 means "excluded as not
/// applicable"). The glue sums the outputs per area, re-bases the parts, rounds, adjusts and bands, as a user of
/// RulesEngine would have to write it.
/// </summary>
public sealed class RulesEngineScorer
{
    public const string WorkflowName = "par-index";

    private readonly RE _engine;
    private readonly Framework _framework;
    private readonly int[] _areaOfLeaf;
    private readonly decimal[] _maxOfLeaf;
    private readonly (Adjustment Adjustment, int Area, int Slot)[] _areaAdjustments;
    private readonly (Adjustment Adjustment, int Slot)[] _totalAdjustments;
    private readonly int[] _partOfArea;
    private readonly decimal[] _partMax;
    private readonly int _firstDisqualifierSlot;
    private readonly int[] _disqualifierCap;

    public RulesEngineScorer(Framework framework, LeafSpec[] leaves)
    {
        _framework = framework;
        var leafNodes = framework.Leaves.ToArray();
        if (leafNodes.Length != leaves.Length) throw new ArgumentException("The specs do not match the framework's leaves.", nameof(leaves));
        if (framework.AllNodes.Any(n => n.Aggregation != Aggregation.Sum || (n.Adjustments.Count > 0 && n.Code.Contains('.', StringComparison.Ordinal))))
            throw new NotSupportedException("The peer's glue sums leaves straight into areas: criteria must sum and carry no adjustments.");

        var areaCodes = framework.Areas.Select(a => a.Code).ToList();
        _areaOfLeaf = [.. leafNodes.Select(l => areaCodes.IndexOf(l.Code.Split('.')[0]))];
        _maxOfLeaf = [.. leafNodes.Select(l => l.MaxPoints)];

        var slot = leafNodes.Length;
        var areaAdjustments = new List<(Adjustment, int, int)>();
        for (var a = 0; a < framework.Areas.Count; a++)
            foreach (var adjustment in framework.Areas[a].Adjustments) areaAdjustments.Add((adjustment, a, slot++));
        _areaAdjustments = [.. areaAdjustments];
        _totalAdjustments = [.. framework.Adjustments.Select(a => (a, slot++))];
        _firstDisqualifierSlot = slot;
        _disqualifierCap = [.. framework.Disqualifiers.Select(d => framework.Bands.ToList().FindIndex(b => b.Label == d.HighestBand))];

        var parts = framework.Parts.Count > 0
            ? framework.Parts
            : [new Part { Code = "all", Name = "all", MaxPoints = framework.MaxPoints, AreaCodes = areaCodes }];
        _partMax = [.. parts.Select(p => p.MaxPoints)];
        _partOfArea = [.. areaCodes.Select(c => parts.ToList().FindIndex(p => p.AreaCodes.Contains(c)))];

        var workflow = new Workflow
        {
            WorkflowName = WorkflowName,
            Rules = [.. leafNodes.Select((node, i) => new RulesEngine.Models.Rule
            {
                RuleName = node.Code,
                Expression = "true",
                Actions = new RuleActions
                {
                    OnSuccess = new ActionInfo
                    {
                        Name = "OutputExpression",
                        Context = new Dictionary<string, object> { ["Expression"] = ExpressionFor(i, leaves[i], framework.NotApplicablePolicyOf(node)) },
                    },
                },
            })],
        };
        _engine = new RE([workflow], new ReSettings { CustomTypes = [typeof(UnitCells)] });
    }

    /// <summary>Scores one unit; returns the index and the band's index.</summary>
    public decimal Score(InputCell[] cells, int unit, int slotCount, out int band)
    {
        var input = new UnitCells(cells, unit * slotCount);
        var results = _engine.ExecuteAllRulesAsync(WorkflowName, new RuleParameter("u", input)).GetAwaiter().GetResult();

        var areaCount = _framework.Areas.Count;
        Span<decimal> awarded = stackalloc decimal[areaCount];
        Span<decimal> applicable = stackalloc decimal[areaCount];
        Span<bool> live = stackalloc bool[areaCount];
        for (var l = 0; l < results.Count; l++)
        {
            var result = results[l];
            if (!result.IsSuccess || result.ActionResult.Exception is not null)
                throw new InvalidOperationException($"RulesEngine failed on {result.Rule.RuleName}: {result.ActionResult.Exception?.Message ?? result.ExceptionMessage}");
            var points = Convert.ToDecimal(result.ActionResult.Output, CultureInfo.InvariantCulture);
            if (points < 0m) continue;  // excluded as not applicable
            var a = _areaOfLeaf[l];
            awarded[a] += points;
            applicable[a] += _maxOfLeaf[l];
            live[a] = true;
        }
        foreach (var (adjustment, area, slot) in _areaAdjustments)
        {
            if (!live[area]) continue;
            var delta = adjustment.PointsFor(input.Occurrences(slot));
            var points = awarded[area] + (adjustment.Kind == AdjustmentKind.Bonus ? delta : -delta);
            awarded[area] = points < 0m ? 0m : points > applicable[area] ? applicable[area] : points;
        }

        var rounding = _framework.Policy.Rounding;
        decimal total = 0m, denominator = 0m;
        for (var p = 0; p < _partMax.Length; p++)
        {
            decimal partAwarded = 0m, partApplicable = 0m;
            var partLive = false;
            for (var a = 0; a < areaCount; a++)
            {
                if (_partOfArea[a] != p || !live[a]) continue;
                partLive = true;
                partAwarded += awarded[a];
                partApplicable += applicable[a];
            }
            if (!partLive || partApplicable == 0m) continue;
            total += partApplicable == _partMax[p] ? partAwarded : rounding.Round(partAwarded / partApplicable * _partMax[p], rounding.IndexDecimals);
            denominator += _partMax[p];
        }
        var scale = _framework.Policy.Scale;
        var index = rounding.Round(denominator == 0m ? 0m : denominator == scale ? total : total / denominator * scale, rounding.IndexDecimals);
        foreach (var (adjustment, slot) in _totalAdjustments)
        {
            var delta = adjustment.PointsFor(input.Occurrences(slot));
            index += adjustment.Kind == AdjustmentKind.Bonus ? delta : -delta;
        }
        index = index < 0m ? 0m : !_framework.Policy.IndexUncapped && index > scale ? scale : index;

        var bands = _framework.Bands;
        band = bands.Count - 1;
        for (var b = 0; b < bands.Count; b++)
            if (index >= bands[b].MinIndex) { band = b; break; }
        for (var d = 0; d < _disqualifierCap.Length; d++)
            if (input.Occurrences(_firstDisqualifierSlot + d) > 0 && _disqualifierCap[d] > band) band = _disqualifierCap[d];
        return index;
    }

    /// <summary>The points expression of leaf <paramref name="i"/>: a chain of conditionals over the unit's cells.</summary>
    public static string ExpressionFor(int i, LeafSpec leaf, NotApplicablePolicy na)
    {
        var max = D(leaf.Max);
        var notApplicable = na switch { NotApplicablePolicy.FullPoints => max, NotApplicablePolicy.Zero => "0.0m", _ => "-1.0m" };
        var e = new StringBuilder();
        e.Append($"!u.P({i}) ? 0.0m : u.NA({i}) ? {notApplicable} : ");
        if (leaf.Evidence != EvidenceLevel.None) e.Append($"!u.Ev({i}) ? 0.0m : ");
        if (leaf.Evidence == EvidenceLevel.WithReferences) e.Append($"!u.Refs({i}) ? 0.0m : ");
        var first = $"u.F({i})";
        var percent = $"(u.S({i}) == 100.0m ? u.F({i}) : u.F({i}) * 100.0m / u.S({i}))";
        var share = $"(u.S({i}) == 1.0m ? u.F({i}) : u.F({i}) / u.S({i}))";
        switch (leaf.Kind)
        {
            case LeafKind.StepsRatio:
                e.Append($"u.S({i}) == 0.0m ? {notApplicable} : ").Append(Chain(percent, ">=", leaf));
                break;
            case LeafKind.StepsCountAtMost:
                e.Append(Chain(first, "<=", leaf));
                break;
            case LeafKind.AllOrNothing:
                e.Append($"{first} == 1.0m ? {max} : 0.0m");
                break;
            case LeafKind.Deduction:
                e.Append($"{first} == 0.0m ? {max} : ");
                if (leaf.WipeOutFrom is { } n) e.Append($"{first} >= {D(n)} ? 0.0m : ");
                e.Append($"{max} - {D(leaf.PerUnit)} * {first} < 0.0m ? 0.0m : {max} - {D(leaf.PerUnit)} * {first}");
                break;
            case LeafKind.Choice:
                for (var o = 0; o < leaf.Points.Length - 1; o++) e.Append($"u.C({i}) == {o} ? {D(leaf.Points[o])} : ");
                e.Append(D(leaf.Points[^1]));
                break;
            case LeafKind.Proportional:
                e.Append($"u.S({i}) == 0.0m ? {notApplicable} : {percent} >= 100.0m ? {max} : Math.Round({max} * {percent} / 100.0m, 2, MidpointRounding.AwayFromZero)");
                break;
            case LeafKind.PerItem:
                e.Append($"{first} * {D(leaf.PerUnit)} > {max} ? {max} : {first} * {D(leaf.PerUnit)}");
                break;
            case LeafKind.Manual:
                e.Append(first);
                break;
            case LeafKind.Survey:
                e.Append($"u.S({i}) == 0.0m ? {notApplicable} : ");
                e.Append(leaf.Thresholds.Length > 0 ? Chain(share, ">=", leaf) : $"Math.Round({max} * {share} / 100.0m, 2, MidpointRounding.AwayFromZero)");
                break;
            default:
                throw new InvalidOperationException(leaf.Kind.ToString());
        }
        return e.ToString();
    }

    private static string Chain(string measure, string op, LeafSpec leaf)
    {
        var e = new StringBuilder();
        for (var s = 0; s < leaf.Thresholds.Length; s++) e.Append($"{measure} {op} {D(leaf.Thresholds[s])} ? {D(leaf.Points[s])} : ");
        return e.Append("0.0m").ToString();
    }

    private static string D(decimal value) => value.ToString("0.0###", CultureInfo.InvariantCulture) + "m";
}

/// <summary>The unit's row as RulesEngine expressions see it (registered as a custom type so they may call it).</summary>
public sealed class UnitCells(InputCell[] cells, int offset)
{
    public bool P(int i) => (cells[offset + i].Flags & InputFlags.Present) != 0;
    public bool NA(int i) => (cells[offset + i].Flags & InputFlags.NotApplicable) != 0;
    public bool Ev(int i) => (cells[offset + i].Flags & InputFlags.EvidenceProvided) != 0;
    public bool Refs(int i) => (cells[offset + i].Flags & InputFlags.HasReferences) != 0;
    public decimal F(int i) => cells[offset + i].First;
    public decimal S(int i) => cells[offset + i].Second;
    public int C(int i) => cells[offset + i].Choice;

    public int Occurrences(int i)
    {
        var c = cells[offset + i];
        return (c.Flags & InputFlags.Present) == 0 || c.First <= 0m ? 0 : (int)c.First;
    }
}
