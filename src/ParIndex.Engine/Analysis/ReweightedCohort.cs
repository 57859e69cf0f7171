using ParIndex.Engine.Cohorts;
using ParIndex.Engine.Evaluation;
using ParIndex.Engine.Model;
using ParIndex.Engine.Rules;

namespace ParIndex.Engine.Analysis;

/// <summary>
/// The re-weighting fast path of an uncertainty analysis: every unit's leaves are scored once (per not-applicable
/// alternative), then each draw of weights only multiplies and re-bases. A draw gives exactly the indices the engine
/// gives for the perturbed framework of <see cref="FrameworkPerturbation.Scale"/>, at a fraction of the cost, and
/// allocates nothing.
/// </summary>
/// <remarks>
/// <para>Why it is exact. Scaling a weighted node by <c>s</c> scales every point figure in its subtree (see
/// <see cref="FrameworkPerturbation"/>). For all-or-nothing, steps, choice, deduction, per-item, manual and survey
/// steps, and for outcomes decided before the rule (missing input, not applicable, evidence rejected), a leaf's
/// points then become exactly <c>s</c> × its nominal points, and so do sums, "best of" and clamps of adjustments
/// scaled alike: the weighted node's nominal points are multiplied by <c>s</c>. Proportional, survey share and
/// relative-to-best leaves are linear in their max before rounding, not after: their points are
/// round(max × a / b) at the framework's leaf decimals, and round(s × max × a / b) is not s × round(max × a / b).
/// For those the fast path keeps, per unit, the exact fraction a / b the rule measured (ratio / target, share / 100,
/// value / cohort reference, as exact numerators and denominators) and re-applies the rule's own rounding
/// (<c>RuleContext.LeafShare</c>: one exact division, rounded once, at most the max) to the perturbed max: no rule is
/// re-run, no input re-read. Above the weighted nodes, sums, "best of", node adjustments, parts, the index, total adjustments and the
/// disqualifiers are re-computed as the engine computes them.</para>
/// <para>When it does not apply (<see cref="Limitation"/>): a custom rule kind inside a weighted subtree (its point
/// figures are unknown), or a node with adjustments or "best of" inside a weighted subtree above a proportional,
/// survey-share or relative-to-best leaf (a clamp or a maximum of rounded points is not a sum). The analysis then
/// re-scores every draw through the engine.</para>
/// </remarks>
public sealed class ReweightedCohort
{
    private readonly CompiledFramework _framework;
    private readonly ScoringPolicy _policy;
    private readonly decimal _scale;
    private readonly bool _uncapped;
    private readonly int _unitCount, _weightCount, _alternatives;

    // Slots: 0 .. W-1 the weighted nodes, W .. W+U-1 the nodes above them ("upper"), children before parents.
    private readonly decimal[] _weightMax;
    private readonly int[] _upperChildStart, _upperChildEnd, _upperChildren;
    private readonly bool[] _upperBestOf;
    private readonly int[] _upperAdjustment;     // upper node -> its column in _upperDelta, or -1
    private readonly int _adjustedUpperCount;
    private readonly int[] _partStart, _partEnd, _partAreaSlots;

    // Per (alternative, unit, weighted node): the points that scale exactly, the applicable max, whether it is left out.
    private readonly decimal[] _points, _applicable;
    private readonly bool[] _excluded;
    // Per (alternative, unit): its leaves rounded from a fraction of their max, in _lin* from _linStart to _linStart + 1.
    private readonly int[] _linStart;
    private readonly int[] _linWeight;
    private readonly decimal[] _linMax;
    private readonly Share[] _shares;
    private readonly decimal[] _upperDelta;       // per (unit, adjusted upper node): the adjustment's signed points
    private readonly decimal[] _totalDelta;       // per unit: total-level adjustments, in index points
    private readonly bool[] _scored;

    /// <summary>
    /// Scores every row once per not-applicable alternative and keeps what a draw needs.
    /// </summary>
    /// <param name="framework">The nominal compiled framework.</param>
    /// <param name="rows">One encoded row per unit (<see cref="CompiledFramework.Encode"/>); <see langword="null"/> for a unit that could not be encoded.</param>
    /// <param name="weightedCodes">The weighted nodes, as <see cref="WeightedNode.Select"/> gives them (disjoint subtrees).</param>
    /// <param name="notApplicableAlternatives">The alternatives a draw may pick besides the framework's own (index -1).</param>
    /// <exception cref="NotSupportedException">The fast path does not apply; <see cref="Limitation"/> says why.</exception>
    public ReweightedCohort(CompiledFramework framework, IReadOnlyList<InputCell[]?> rows, IReadOnlyList<string> weightedCodes, IReadOnlyList<NotApplicablePolicy>? notApplicableAlternatives = null)
    {
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(weightedCodes);
        if (Limitation(framework.Framework, weightedCodes) is { } why) throw new NotSupportedException(why);
        _framework = framework;
        var f = framework.Framework;
        _policy = f.Policy;
        _scale = f.Policy.Scale;
        _uncapped = f.Policy.IndexUncapped;
        _unitCount = rows.Count;
        _weightCount = weightedCodes.Count;
        notApplicableAlternatives ??= [];
        _alternatives = notApplicableAlternatives.Count + 1;

        // The slots and the small tree above the weighted nodes.
        var weightNode = weightedCodes.Select(c => framework.NodeIndexOf(c)).ToArray();
        _weightMax = [.. weightNode.Select(n => framework.NodeAt(n).MaxPoints)];
        var slotOfNode = new Dictionary<int, int>();
        for (var w = 0; w < weightNode.Length; w++) slotOfNode[weightNode[w]] = w;
        var upper = new List<int>();
        var childStart = new List<int>();
        var childEnd = new List<int>();
        var children = new List<int>();
        int SlotOf(int n)
        {
            if (slotOfNode.TryGetValue(n, out var slot)) return slot;
            var mine = new List<int>();
            foreach (var c in framework.ChildrenOf(n)) mine.Add(SlotOf(c));
            childStart.Add(children.Count);
            children.AddRange(mine);
            childEnd.Add(children.Count);
            upper.Add(n);
            slot = _weightCount + upper.Count - 1;
            slotOfNode[n] = slot;
            return slot;
        }
        var areaSlots = f.Areas.Select(a => SlotOf(framework.NodeIndexOf(a.Code))).ToArray();
        _upperChildStart = [.. childStart];
        _upperChildEnd = [.. childEnd];
        _upperChildren = [.. children];
        _upperBestOf = [.. upper.Select(n => framework.NodeAt(n).Aggregation == Aggregation.BestOf)];
        _upperAdjustment = new int[upper.Count];
        var adjusted = 0;
        for (var j = 0; j < upper.Count; j++) _upperAdjustment[j] = framework.NodeAt(upper[j]).Adjustments.Count > 0 ? adjusted++ : -1;
        _adjustedUpperCount = adjusted;

        var parts = framework.Parts;
        _partStart = new int[parts.Count];
        _partEnd = new int[parts.Count];
        var partAreas = new List<int>();
        var areaIndex = f.Areas.Select((a, i) => (a.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.Ordinal);
        for (var p = 0; p < parts.Count; p++)
        {
            _partStart[p] = partAreas.Count;
            partAreas.AddRange(parts[p].AreaCodes.Select(c => areaSlots[areaIndex[c]]));
            _partEnd[p] = partAreas.Count;
        }
        _partAreaSlots = [.. partAreas];

        // Which leaves lie under which weighted node.
        var weightOfLeaf = new int[framework.LeafCount];
        Array.Fill(weightOfLeaf, -1);
        void Mark(int n, int w)
        {
            if (framework.LeafOf(n) is var l and >= 0) weightOfLeaf[l] = w;
            foreach (var c in framework.ChildrenOf(n)) Mark(c, w);
        }
        for (var w = 0; w < weightNode.Length; w++) Mark(weightNode[w], w);

        // Score every unit once per alternative.
        _scored = new bool[_unitCount];
        for (var u = 0; u < _unitCount; u++) _scored[u] = rows[u] is not null;
        var cells = _alternatives * _unitCount * _weightCount;
        _points = new decimal[cells];
        _applicable = new decimal[cells];
        _excluded = new bool[cells];
        _linStart = new int[_alternatives * _unitCount + 1];
        var linWeight = new List<int>();
        var linMax = new List<decimal>();
        var shares = new List<Share>();
        _upperDelta = new decimal[_unitCount * Math.Max(1, _adjustedUpperCount)];
        _totalDelta = new decimal[_unitCount];
        var present = rows.Where(r => r is not null).Select(r => r!).ToList();
        for (var k = 0; k < _alternatives; k++)
        {
            var compiled = k == 0 ? framework : FrameworkCompiler.Compile(FrameworkPerturbation.WithNotApplicable(f, notApplicableAlternatives[k - 1]));
            var scorer = compiled.NeedsCohort ? compiled.WithCohortReferences(CohortScorer.References(compiled, present)) : compiled;
            var workspace = scorer.CreateWorkspace();
            for (var u = 0; u < _unitCount; u++)
            {
                _linStart[k * _unitCount + u] = linWeight.Count;
                var row = rows[u];
                if (row is null || !_scored[u]) continue;
                var score = scorer.Score(row, workspace);
                if (!score.IsScored) { _scored[u] = false; continue; }
                var baseCell = (k * _unitCount + u) * _weightCount;
                for (var w = 0; w < _weightCount; w++)
                {
                    var n = weightNode[w];
                    _excluded[baseCell + w] = workspace.Excluded[n];
                    _applicable[baseCell + w] = workspace.Applicable[n];
                    _points[baseCell + w] = workspace.Awarded[n];
                }
                for (var l = 0; l < framework.LeafCount; l++)
                {
                    var w = weightOfLeaf[l];
                    if (w < 0 || !TryShare(scorer, l, row[l], workspace.Leaves[l], out var share)) continue;
                    _points[baseCell + w] -= workspace.Leaves[l].Points;
                    linWeight.Add(w);
                    linMax.Add(framework.NodeAt(framework.NodeOfLeaf(l)).MaxPoints);
                    shares.Add(share);
                }
                if (k > 0) continue;
                for (var j = 0; j < upper.Count; j++)
                {
                    if (_upperAdjustment[j] < 0) continue;
                    var delta = 0m;
                    foreach (var (adjustment, slot) in framework.NodeAdjustmentsOf(upper[j]))
                    {
                        var points = adjustment.PointsFor(CompiledFramework.OccurrencesIn(row[slot]));
                        delta += adjustment.Kind == AdjustmentKind.Bonus ? points : -points;
                    }
                    _upperDelta[u * _adjustedUpperCount + _upperAdjustment[j]] = delta;
                }
                var total = 0m;
                foreach (var (adjustment, slot) in framework.TotalAdjustments)
                {
                    var points = adjustment.PointsFor(CompiledFramework.OccurrencesIn(row[slot]));
                    total += adjustment.Kind == AdjustmentKind.Bonus ? points : -points;
                }
                _totalDelta[u] = total;
            }
        }
        _linStart[^1] = linWeight.Count;
        _linWeight = [.. linWeight];
        _linMax = [.. linMax];
        _shares = [.. shares];
        WeightedCodes = [.. weightedCodes];
    }

    /// <summary>The nominal compiled framework.</summary>
    public CompiledFramework Framework => _framework;

    /// <summary>The number of units (rows).</summary>
    public int UnitCount => _unitCount;

    /// <summary>The weighted nodes, in the order of a draw's multipliers.</summary>
    public IReadOnlyList<string> WeightedCodes { get; }

    /// <summary>Whether unit <paramref name="unit"/> was scored (its row encoded and every leaf scorable).</summary>
    public bool IsScored(int unit) => _scored[unit];

    /// <summary>
    /// Why the fast path cannot re-weight <paramref name="framework"/> at <paramref name="weightedCodes"/>; <see langword="null"/> when it can.
    /// </summary>
    public static string? Limitation(Framework framework, IReadOnlyList<string> weightedCodes)
    {
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(weightedCodes);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var code in weightedCodes)
        {
            if (framework.FindNode(code) is not { } node) return $"no node '{code}' in framework '{framework.Info.Id}'";
            if (!seen.Add(code)) return $"'{code}' is weighted twice";
            if (Problem(node) is { } problem) return problem;
        }
        foreach (var code in weightedCodes)
            foreach (var other in weightedCodes)
                if (other != code && other.StartsWith(code + ".", StringComparison.Ordinal)) return $"'{other}' lies inside '{code}'; weighted nodes must be disjoint";
        return null;

        static string? Problem(Node node)
        {
            if (node.IsLeaf)
                // A kind that says how its point figures scale with its max (Rule.WithPointsScaled) can be re-weighted.
                return node.Rule?.WithPointsScaled(1m, new RuleContext(node.MaxPoints, ScoringPolicy.Default)) is not null
                    ? null
                    : $"leaf '{node.Code}' has the custom rule kind '{node.Rule?.Kind}'";
            if ((node.Adjustments.Count > 0 || node.Aggregation == Aggregation.BestOf) && HasRoundedFraction(node))
                return $"node '{node.Code}' has {(node.Adjustments.Count > 0 ? "adjustments" : "\"best of\"")} above a proportional, survey-share or relative-to-best leaf";
            foreach (var child in node.Children)
                if (Problem(child) is { } problem) return problem;
            return null;
        }

        static bool HasRoundedFraction(Node node) =>
            node.IsLeaf ? node.Rule is ProportionalRule or RelativeToBestRule or SurveyRule { Steps.Count: 0 } : node.Children.Any(HasRoundedFraction);
    }

    /// <summary>
    /// A leaf whose points the rule took as a share of its max: <c>max × n1 × n2 × 10^shift / (d1 × d2)</c>, rounded once
    /// at the leaf decimals and at most the max (<c>RuleContext.LeafShare</c>), as the rule computed it from this cell.
    /// False for every other outcome — the measure reached the target (exactly the max), a zero measure, a step, an
    /// outcome decided before the rule — whose points scale exactly with the max. Which branch the rule took is decided
    /// by its own exact comparisons, which do not depend on the max.
    /// </summary>
    private static bool TryShare(CompiledFramework framework, int leaf, in InputCell cell, in LeafResult result, out Share share)
    {
        share = default;
        var reason = result.Reason;
        if (reason != ReasonCode.FullPoints && reason != ReasonCode.Proportional && reason != ReasonCode.SurveyShare && reason != ReasonCode.RelativeToBest) return false;
        if (result.Measured == 0m) return false;  // 0 points at any max
        var context = framework.ContextOf(leaf);
        switch (framework.RuleOf(leaf))
        {
            case ProportionalRule p:
                if (MeasureReader.Compare(p.Measure, cell, result.Measured, p.Target) >= 0) return false;
                MeasureReader.Fraction(p.Measure, cell, out var n, out var d, out var shift);
                share = new Share(n, 1m, d, p.Target, shift);
                return true;
            case SurveyRule { Steps.Count: 0 }:
                var value = result.Measured;
                if (value > 100m || (value == 100m && ExactDivision.CompareProducts(cell.First, 1m, 100m, cell.Second) >= 0)) return false;
                share = new Share(cell.First, 1m, cell.Second, 1m, -2);
                return true;
            case RelativeToBestRule r when context.CohortBest is { } best:
                if (r.Measure == Measure.Ratio && context.CohortBestCell is { } reference)
                {
                    if (r.CompareMeasures(cell, reference, result.Measured, best) >= 0) return false;
                    share = new Share(cell.First, reference.Second, cell.Second, reference.First, 0);
                    return true;
                }
                if (result.Measured >= best) return false;
                MeasureReader.Fraction(r.Measure, cell, out var rn, out var rd, out var rshift);
                share = new Share(rn, 1m, rd, best, rshift);
                return true;
            default:
                return false;
        }
    }

    /// <summary>The exact fraction of a leaf's max a unit earned: n1 × n2 × 10^shift / (d1 × d2).</summary>
    private readonly record struct Share(decimal N1, decimal N2, decimal D1, decimal D2, int Shift);

    /// <summary>
    /// Scores every unit under one draw: <paramref name="multipliers"/> (one per weighted node) and a not-applicable
    /// alternative (-1 for the framework's own). Writes each unit's index (0 for a unit not scored) and, when
    /// <paramref name="totals"/> is not empty, its points before conversion to the scale (the sum of its parts' points).
    /// Allocates nothing; thread-safe (the instance is read only).
    /// </summary>
    public void Score(ReadOnlySpan<decimal> multipliers, int notApplicable, Span<decimal> indices, Span<decimal> totals = default)
    {
        if (multipliers.Length < _weightCount) throw new ArgumentException($"a draw needs {_weightCount} multipliers; got {multipliers.Length}", nameof(multipliers));
        if (indices.Length < _unitCount) throw new ArgumentException($"indices must hold {_unitCount} units; got {indices.Length}", nameof(indices));
        var k = notApplicable + 1;
        if ((uint)k >= (uint)_alternatives) throw new ArgumentOutOfRangeException(nameof(notApplicable));

        var slots = _weightCount + _upperBestOf.Length;
        Span<decimal> points = slots <= 256 ? stackalloc decimal[slots] : new decimal[slots];
        Span<decimal> applicable = slots <= 256 ? stackalloc decimal[slots] : new decimal[slots];
        Span<decimal> maxima = slots <= 256 ? stackalloc decimal[slots] : new decimal[slots];
        Span<bool> excluded = slots <= 256 ? stackalloc bool[slots] : new bool[slots];
        Span<decimal> partMax = stackalloc decimal[_partStart.Length];

        // The perturbed maxima of slots and parts do not depend on the unit.
        for (var w = 0; w < _weightCount; w++) maxima[w] = _weightMax[w] * multipliers[w];
        for (var j = 0; j < _upperBestOf.Length; j++)
        {
            var m = 0m;
            for (var c = _upperChildStart[j]; c < _upperChildEnd[j]; c++)
            {
                var cm = maxima[_upperChildren[c]];
                m = _upperBestOf[j] ? (cm > m ? cm : m) : m + cm;
            }
            maxima[_weightCount + j] = m;
        }
        for (var p = 0; p < partMax.Length; p++)
        {
            var m = 0m;
            for (var a = _partStart[p]; a < _partEnd[p]; a++) m += maxima[_partAreaSlots[a]];
            partMax[p] = m;
        }

        for (var u = 0; u < _unitCount; u++)
        {
            if (!_scored[u])
            {
                indices[u] = 0m;
                if (!totals.IsEmpty) totals[u] = 0m;
                continue;
            }
            var cell = (k * _unitCount + u) * _weightCount;
            for (var w = 0; w < _weightCount; w++)
            {
                var s = multipliers[w];
                excluded[w] = _excluded[cell + w];
                points[w] = _points[cell + w] * s;
                applicable[w] = _applicable[cell + w] * s;
            }
            var end = _linStart[k * _unitCount + u + 1];
            for (var e = _linStart[k * _unitCount + u]; e < end; e++)
            {
                var w = _linWeight[e];
                ref readonly var share = ref _shares[e];
                // The rule's own arithmetic at the perturbed max: the exact share, rounded once, at most the max.
                points[w] += new RuleContext(_linMax[e] * multipliers[w], _policy).LeafShare(share.N1, share.N2, share.D1, share.D2, share.Shift);
            }
            for (var j = 0; j < _upperBestOf.Length; j++)
            {
                var start = _upperChildStart[j];
                var any = Evaluator.AggregateChildren(_upperChildren.AsSpan(start, _upperChildEnd[j] - start), _upperBestOf[j], points, applicable, excluded, out var sum, out var max);
                var slot = _weightCount + j;
                excluded[slot] = !any;
                applicable[slot] = max;
                if (any && _upperAdjustment[j] >= 0)
                {
                    sum += _upperDelta[u * _adjustedUpperCount + _upperAdjustment[j]];
                    sum = sum < 0m ? 0m : sum > max ? max : sum;
                }
                points[slot] = sum;
            }
            indices[u] = Index(points, applicable, excluded, partMax, u, out var total);
            if (!totals.IsEmpty) totals[u] = total;
        }
    }

    /// <summary>Parts, index and total adjustments, as <c>Evaluator.ScoreParts</c> computes them (with its own part conversion and index).</summary>
    private decimal Index(Span<decimal> points, Span<decimal> applicable, Span<bool> excluded, Span<decimal> partMax, int unit, out decimal total)
    {
        total = 0m;
        var denominator = 0m;
        for (var p = 0; p < partMax.Length; p++)
        {
            decimal partAwarded = 0m, partApplicable = 0m;
            var any = false;
            for (var a = _partStart[p]; a < _partEnd[p]; a++)
            {
                var slot = _partAreaSlots[a];
                if (excluded[slot]) continue;
                any = true;
                partAwarded += points[slot];
                partApplicable += applicable[slot];
            }
            if (!any || partApplicable == 0m) continue;
            var max = partMax[p];
            total += _framework.ConvertPart(partAwarded, partApplicable, max);
            denominator += max;
        }
        // The engine's own re-basing: scale and rounding are the perturbed framework's too (they are not perturbed).
        var index = _framework.IndexOf(total, denominator);
        if (_totalDelta.Length > 0 && _framework.TotalAdjustments.Length > 0)
        {
            index += _totalDelta[unit];
            if (index < 0m) return 0m;
            if (!_uncapped && index > _scale) return _scale;
        }
        return index;
    }
}
