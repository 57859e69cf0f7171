using System.Runtime.CompilerServices;
using ParIndex.Engine.Model;
using ParIndex.Engine.Rules;

namespace ParIndex.Engine.Evaluation;

/// <summary>
/// Scores a row of cells into a workspace: the reference tree walk (<see cref="ScoreByTree"/>), the bulk path over op
/// records (<see cref="ScoreByOps"/>, in Evaluator.Bulk.cs), and what both share (leaf outcomes decided before the rule,
/// parts, index, adjustments, band). Owns the leaves' <see cref="RuleContext"/>s and the op tables compiled from them;
/// called by <see cref="CompiledFramework"/> once per unit, and by the cohort scorer and the analyses through it.
/// Immutable and thread-safe.
/// </summary>
/// <remarks>
/// The arrays the walks read are copied out of the <see cref="FrameworkLayout"/> into this type's own readonly fields,
/// so the hot loops read them at one indirection, as they did when all this was one class.
/// </remarks>
internal sealed partial class Evaluator
{
    private readonly FrameworkLayout _layout; // kept for WithCohortReferences; the walks read the copies below
    private readonly int[] _leafOf;
    private readonly decimal[] _max;
    private readonly bool[] _bestOf;
    private readonly int[] _childStart, _childEnd, _children;
    private readonly Rule[] _rules;
    private readonly RuleContext[] _contexts;     // by leaf ordinal
    private readonly byte[] _evidence;
    private readonly LeafResult[] _notApplicable;
    private readonly int[] _adjStart, _adjEnd;
    private readonly (Adjustment Adjustment, int Slot)[] _nodeAdjustments;
    private readonly (Adjustment Adjustment, int Slot)[] _totalAdjustments;
    private readonly int[] _partStart, _partEnd, _partAreas;
    private readonly decimal[] _partMax;
    private readonly decimal[] _bandMin;
    private readonly int[] _disqualifierCap;
    private readonly int _firstDisqualifierSlot;
    private readonly Rounding _rounding;
    private readonly decimal _scale;
    private readonly bool _uncapped;
    private readonly bool _bandsByRank;

    /// <summary>An evaluator whose leaves know no cohort reference yet.</summary>
    public Evaluator(FrameworkLayout layout, ScoringPolicy policy)
        : this(layout, [.. layout.NodeOfLeaf.Select(n => new RuleContext(layout.Max[n], policy))])
    {
    }

    private Evaluator(FrameworkLayout layout, RuleContext[] contexts)
    {
        _layout = layout;
        _leafOf = layout.LeafOf;
        _max = layout.Max;
        _bestOf = layout.BestOf;
        _childStart = layout.ChildStart;
        _childEnd = layout.ChildEnd;
        _children = layout.Children;
        _rules = layout.Rules;
        _contexts = contexts;
        _evidence = layout.Evidence;
        _notApplicable = layout.NotApplicable;
        _adjStart = layout.AdjStart;
        _adjEnd = layout.AdjEnd;
        _nodeAdjustments = layout.NodeAdjustments;
        _totalAdjustments = layout.TotalAdjustments;
        _partStart = layout.PartStart;
        _partEnd = layout.PartEnd;
        _partAreas = layout.PartAreas;
        _partMax = layout.PartMax;
        _bandMin = layout.BandMin;
        _disqualifierCap = layout.DisqualifierCap;
        _firstDisqualifierSlot = layout.FirstDisqualifierSlot;
        _rounding = layout.Rounding;
        _scale = layout.Scale;
        _uncapped = layout.Uncapped;
        _bandsByRank = layout.BandsByRank;
        // Compiled from these contexts, so a copy with cohort references gets ops that see them too.
        (_ops, _stepThresholds, _stepPoints, _stepStatus, _countResults) = BuildOps(layout, contexts);
    }

    /// <summary>
    /// A copy whose relative-to-best leaves know their cohort reference: new contexts and ops compiled from them,
    /// the layout shared.
    /// </summary>
    public Evaluator WithCohortReferences(IReadOnlyDictionary<int, (decimal Value, InputCell? Cell)> references)
    {
        var contexts = (RuleContext[])_contexts.Clone();
        foreach (var (leaf, reference) in references) contexts[leaf] = contexts[leaf] with { CohortBest = reference.Value, CohortBestCell = reference.Cell };
        return new Evaluator(_layout, contexts);
    }

    public RuleContext ContextOf(int leaf) => _contexts[leaf];

    /// <summary>
    /// The reference evaluation: the tree walked backwards from the pre-order, each leaf's rule called virtually,
    /// each parent summing its children. The bulk path (<see cref="ScoreByOps"/>) gives the same results faster;
    /// it hands over to this one for a row with an input error, so the error reported is still the last leaf in row
    /// order that cannot be scored, with its leaf result. (For such a row the rest of the workspace is not a score:
    /// nodes neither walk reached keep the previous row's values, nodes only the bulk path reached this row's.)
    /// </summary>
    public UnitScore ScoreByTree(ReadOnlySpan<InputCell> row, ScoringWorkspace workspace)
    {
        var awarded = workspace.Awarded;
        var applicable = workspace.Applicable;
        var excluded = workspace.Excluded;
        var leaves = workspace.Leaves;

        for (var n = _leafOf.Length - 1; n >= 0; n--)
        {
            var leaf = _leafOf[n];
            if (leaf >= 0)
            {
                var result = EvaluateLeaf(leaf, in row[leaf]);
                if (result.Status == NodeStatus.InputError)
                {
                    leaves[leaf] = result;
                    return new UnitScore(UnitScoreStatus.InputError, 0m, 0m, -1, leaf);
                }
                leaves[leaf] = result;
                var isExcluded = result.Status == NodeStatus.NotApplicable;
                excluded[n] = isExcluded;
                awarded[n] = result.Points;
                applicable[n] = isExcluded ? 0m : _max[n];
            }
            else
            {
                Aggregate(n, awarded, applicable, excluded);
            }
            if (_adjStart[n] != _adjEnd[n] && !excluded[n]) ApplyNodeAdjustments(n, row, awarded, applicable);
        }

        return ScoreParts(row, workspace);
    }

    /// <summary>Re-bases the parts from the areas' points in <paramref name="workspace"/>, then index, adjustments and band.</summary>
    private UnitScore ScoreParts(ReadOnlySpan<InputCell> row, ScoringWorkspace workspace)
    {
        var awarded = workspace.Awarded;
        var applicable = workspace.Applicable;
        var excluded = workspace.Excluded;
        var total = 0m;
        var denominator = 0m;
        for (var p = 0; p < _partMax.Length; p++)
        {
            decimal partAwarded = 0m, partApplicable = 0m;
            var live = false;
            for (var k = _partStart[p]; k < _partEnd[p]; k++)
            {
                var area = _partAreas[k];
                if (excluded[area]) continue;
                live = true;
                partAwarded += awarded[area];
                partApplicable += applicable[area];
            }
            workspace.PartAwarded[p] = partAwarded;
            workspace.PartApplicable[p] = partApplicable;
            if (!live || partApplicable == 0m)
            {
                workspace.PartConverted[p] = 0m;
                continue;
            }
            var partMax = _partMax[p];
            var converted = ConvertPart(partAwarded, partApplicable, partMax);
            workspace.PartConverted[p] = converted;
            total += converted;
            denominator += partMax;
        }

        var index = IndexOf(total, denominator);
        if (_totalAdjustments.Length > 0) index = ApplyTotalAdjustments(index, row);
        return new UnitScore(UnitScoreStatus.Scored, total, index, BandOf(index, row), -1);
    }

    /// <summary>
    /// A part's points re-based to its max: awarded × part max / applicable, one division, rounded once, never above the
    /// part's max; full attainment is the part's max itself (4 of 4 in a 10.5-point part is 10.5, not 11 at 0 decimals).
    /// Also called by the analysis's re-weighting path (Analysis/ReweightedCohort), so both re-base alike.
    /// </summary>
    public decimal ConvertPart(decimal partAwarded, decimal partApplicable, decimal partMax) =>
        partApplicable == partMax ? partAwarded
        : partAwarded >= partApplicable ? partMax
        : Math.Min(ExactDivision.Round(partAwarded, partMax, partApplicable, _rounding.IndexDecimals, _rounding.Mode), partMax);

    /// <summary>
    /// The index before its adjustments: total × scale / max of the live parts, one division, rounded once, never
    /// above the scale (a scale of 7.5 at 0 decimals would otherwise give 8 for full points).
    /// </summary>
    public decimal IndexOf(decimal total, decimal denominator) =>
        denominator == 0m ? 0m
        : total >= denominator ? _scale
        : denominator == _scale ? Math.Min(_rounding.Round(total, _rounding.IndexDecimals), _scale)
        : Math.Min(ExactDivision.Round(total, _scale, denominator, _rounding.IndexDecimals, _rounding.Mode), _scale);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private LeafResult EvaluateLeaf(int leaf, in InputCell cell)
    {
        var flags = cell.Flags;
        if ((flags & InputFlags.Present) == 0) return new LeafResult(0m, NodeStatus.MissingInput, ReasonCode.MissingInput);
        if ((flags & InputFlags.NotApplicable) != 0) return _notApplicable[leaf];
        if (EvidenceRejection(leaf, flags) is { } rejected) return new LeafResult(0m, NodeStatus.EvidenceRejected, rejected);
        var result = _rules[leaf].Evaluate(in cell, in _contexts[leaf]);
        return result.Status == NodeStatus.NotApplicable ? NotApplicableResult(leaf, in result) : result;
    }

    /// <summary>For tests: one leaf through the reference evaluation (the rule called virtually).</summary>
    public LeafResult EvaluateLeafByTree(int leaf, in InputCell cell) => EvaluateLeaf(leaf, in cell);

    /// <summary>
    /// A rule said "not applicable": the points and status the leaf's policy gives, with the rule's reason when it gave
    /// its own (below a minimum) rather than the plain "not applicable".
    /// </summary>
    private LeafResult NotApplicableResult(int leaf, in LeafResult result)
    {
        var policy = _notApplicable[leaf];
        return result.Reason == ReasonCode.NotApplicableExcluded ? policy : new LeafResult(policy.Points, policy.Status, result.Reason, result.Measured);
    }

    /// <summary>Whether a cell counts as a measured value: present, applicable, with the evidence its leaf requires.</summary>
    public bool IsMeasured(int leaf, in InputCell cell) =>
        (cell.Flags & InputFlags.Present) != 0 && (cell.Flags & InputFlags.NotApplicable) == 0 && EvidenceRejection(leaf, cell.Flags) is null;

    /// <summary>Why a leaf's evidence is not adequate (missing, insufficient, or no reference where one is required); null when it is.</summary>
    private ReasonCode? EvidenceRejection(int leaf, InputFlags flags)
    {
        var evidence = _evidence[leaf];
        if (evidence == 0) return null;
        if ((flags & InputFlags.EvidenceProvided) == 0)
            return (flags & InputFlags.EvidenceInsufficient) != 0 ? ReasonCode.EvidenceInsufficient : ReasonCode.EvidenceMissing;
        return (evidence & FrameworkLayout.ReferencesRequired) != 0 && (flags & InputFlags.HasReferences) == 0 ? ReasonCode.EvidenceInsufficient : null;
    }

    /// <summary>The value a leaf measures (value, count or ratio in %: its rule's <see cref="Rule.MeasuredBy"/>), for leaders of relative-to-best leaves.</summary>
    public bool TryMeasureLeaf(int leaf, in InputCell cell, out decimal value)
    {
        value = 0m;
        return _rules[leaf].MeasuredBy is { } m && MeasureReader.Read(m, cell, _contexts[leaf], out value) > 0;
    }

    private void Aggregate(int n, decimal[] awarded, decimal[] applicable, bool[] excluded)
    {
        var start = _childStart[n];
        excluded[n] = !AggregateChildren(_children.AsSpan(start, _childEnd[n] - start), _bestOf[n], awarded, applicable, excluded, out var sum, out var max);
        awarded[n] = sum;
        applicable[n] = max;
    }

    /// <summary>
    /// A parent's points and max from its children that are not left out: summed, or for best-of the best points and
    /// the largest max (not necessarily one child's). False when every child is left out. The re-weighting analysis
    /// aggregates its upper nodes through this too, so that it cannot drift from a full re-score.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool AggregateChildren(ReadOnlySpan<int> children, bool bestOf, ReadOnlySpan<decimal> awarded, ReadOnlySpan<decimal> applicable, ReadOnlySpan<bool> excluded, out decimal sum, out decimal max)
    {
        sum = 0m;
        max = 0m;
        var live = false;
        foreach (var c in children)
        {
            if (excluded[c]) continue;
            live = true;
            if (bestOf)
            {
                if (awarded[c] > sum) sum = awarded[c];
                if (applicable[c] > max) max = applicable[c];
            }
            else
            {
                sum += awarded[c];
                max += applicable[c];
            }
        }
        return live;
    }

    private void ApplyNodeAdjustments(int n, ReadOnlySpan<InputCell> row, decimal[] awarded, decimal[] applicable)
    {
        var points = awarded[n];
        for (var k = _adjStart[n]; k < _adjEnd[n]; k++)
        {
            var (adjustment, slot) = _nodeAdjustments[k];
            var delta = adjustment.PointsFor(Occurrences(row[slot]));
            points += adjustment.Kind == AdjustmentKind.Bonus ? delta : -delta;
        }
        awarded[n] = points < 0m ? 0m : points > applicable[n] ? applicable[n] : points;
    }

    private decimal ApplyTotalAdjustments(decimal index, ReadOnlySpan<InputCell> row)
    {
        foreach (var (adjustment, slot) in _totalAdjustments)
        {
            var delta = adjustment.PointsFor(Occurrences(row[slot]));
            index += adjustment.Kind == AdjustmentKind.Bonus ? delta : -delta;
        }
        if (index < 0m) return 0m;
        return !_uncapped && index > _scale ? _scale : index;
    }

    /// <summary>The occurrences an adjustment's cell holds: 0 when absent or not positive, capped at <see cref="int.MaxValue"/>.</summary>
    public static int Occurrences(in InputCell cell) =>
        (cell.Flags & InputFlags.Present) == 0 || cell.First <= 0m ? 0 : cell.First >= int.MaxValue ? int.MaxValue : (int)cell.First;

    private int BandOf(decimal index, ReadOnlySpan<InputCell> row)
    {
        var bands = _bandMin;
        if (bands.Length == 0 || _bandsByRank) return -1;
        var band = bands.Length - 1;
        for (var b = 0; b < bands.Length; b++)
        {
            if (index >= bands[b]) { band = b; break; }
        }
        for (var d = 0; d < _disqualifierCap.Length; d++)
        {
            var cell = row[_firstDisqualifierSlot + d];
            if ((cell.Flags & InputFlags.Present) != 0 && cell.First != 0m && _disqualifierCap[d] > band) band = _disqualifierCap[d];
        }
        return band;
    }
}
