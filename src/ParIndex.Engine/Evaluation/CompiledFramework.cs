using System.Runtime.CompilerServices;
using ParIndex.Engine.Model;
using ParIndex.Engine.Results;
using ParIndex.Engine.Rules;

namespace ParIndex.Engine.Evaluation;

/// <summary>
/// A framework compiled for scoring: its tree flattened into arrays, every rule bound to its leaf. Immutable and
/// thread-safe: compile once, score any number of units on any number of threads.
/// </summary>
/// <remarks>
/// Two paths share one evaluation: <see cref="Score(UnitAssessment, Stage)"/> builds a full <see cref="ScoreCard"/>
/// with reasons; <see cref="Score(ReadOnlySpan{InputCell}, ScoringWorkspace)"/> scores a row of cells into a
/// reused workspace and allocates nothing. A row has <see cref="SlotCount"/> cells: first one per leaf (in the
/// order of <see cref="LeafCodes"/>), then one per adjustment (occurrences in <see cref="InputCell.First"/>), then
/// one per disqualifier (1 when it applies).
/// </remarks>
public sealed partial class CompiledFramework
{
    private const byte EvidenceRequired = 1, ReferencesRequired = 2;

    // Nodes are kept in the decision's order (pre-order); evaluating them backwards meets every child before its parent.
    private readonly Node[] _nodes;
    private readonly int[] _level;
    private readonly decimal[] _max;
    private readonly int[] _leafOf;          // node -> leaf ordinal, or -1
    private readonly int[] _nodeOfLeaf;      // leaf ordinal -> node
    private readonly int[] _childStart, _childEnd, _children;
    private readonly bool[] _bestOf;
    private readonly Rule[] _rules;          // by leaf ordinal
    private RuleContext[] _contexts;          // by leaf ordinal; replaced only in a clone made by WithCohortReferences
    private readonly byte[] _evidence;       // by leaf ordinal
    private readonly LeafResult[] _notApplicable; // by leaf ordinal: the result its policy gives
    private readonly Reason[][] _fixedReasons;    // by leaf ordinal: reasons that do not depend on the input, shared by every card
    private readonly int[] _adjStart, _adjEnd; // by node, into _nodeAdjustments
    private readonly (Adjustment Adjustment, int Slot)[] _nodeAdjustments;
    private readonly (Adjustment Adjustment, int Slot)[] _totalAdjustments;
    private readonly int[] _partStart, _partEnd, _partAreas; // part -> area node indices
    private readonly decimal[] _partMax;
    private readonly decimal[] _bandMin;
    private readonly int[] _disqualifierCap; // by disqualifier ordinal: band index cap
    private readonly int _firstDisqualifierSlot;
    private readonly Dictionary<string, int> _nodeIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _slotIndex = new(StringComparer.Ordinal);
    private readonly Rounding _rounding;
    private readonly decimal _scale;
    private readonly bool _uncapped;
    private readonly bool _bandsByRank;

    internal CompiledFramework(Framework framework)
    {
        Framework = framework;
        Identity = new FrameworkIdentity(framework.Info.Id, framework.Info.Version, framework.ContentHash);
        _rounding = framework.Policy.Rounding;
        _scale = framework.Policy.Scale;
        _uncapped = framework.Policy.IndexUncapped;
        _bandsByRank = framework.Policy.BandsByRank;

        var nodes = new List<Node>();
        var levels = new List<int>();
        var parents = new List<int>();
        void Walk(Node node, int level, int parent)
        {
            var index = nodes.Count;
            nodes.Add(node);
            levels.Add(level);
            parents.Add(parent);
            foreach (var child in node.Children) Walk(child, level + 1, index);
        }
        foreach (var area in framework.Areas) Walk(area, 1, -1);

        _nodes = [.. nodes];
        _level = [.. levels];
        var n = _nodes.Length;
        _max = new decimal[n];
        _leafOf = new int[n];
        _bestOf = new bool[n];
        _childStart = new int[n];
        _childEnd = new int[n];
        var children = new List<int>();
        var leafNodes = new List<int>();
        for (var i = 0; i < n; i++)
        {
            var node = _nodes[i];
            _max[i] = node.MaxPoints;
            _bestOf[i] = node.Aggregation == Aggregation.BestOf;
            _nodeIndex[node.Code] = i;
            _leafOf[i] = node.IsLeaf ? leafNodes.Count : -1;
            if (node.IsLeaf) leafNodes.Add(i);
            _childStart[i] = children.Count;
            for (var j = i + 1; j < n; j++) if (parents[j] == i) children.Add(j);
            _childEnd[i] = children.Count;
        }
        _children = [.. children];
        _nodeOfLeaf = [.. leafNodes];

        var leafCount = _nodeOfLeaf.Length;
        _rules = new Rule[leafCount];
        _contexts = new RuleContext[leafCount];
        _evidence = new byte[leafCount];
        _notApplicable = new LeafResult[leafCount];
        for (var l = 0; l < leafCount; l++)
        {
            var node = _nodes[_nodeOfLeaf[l]];
            _rules[l] = node.Rule!;
            _contexts[l] = new RuleContext(node.MaxPoints, framework.Policy);
            _slotIndex[node.Code] = l;
            if (node.Evidence is { } evidence)
                _evidence[l] = (byte)(EvidenceRequired | (evidence.ReferencesRequired ? ReferencesRequired : 0));
            _notApplicable[l] = framework.NotApplicablePolicyOf(node) switch
            {
                NotApplicablePolicy.FullPoints => new LeafResult(node.MaxPoints, NodeStatus.Full, ReasonCode.NotApplicableFullPoints),
                NotApplicablePolicy.Zero => new LeafResult(0m, node.MaxPoints > 0m ? NodeStatus.Zero : NodeStatus.Full, ReasonCode.NotApplicableZero),
                _ => new LeafResult(0m, NodeStatus.NotApplicable, ReasonCode.NotApplicableExcluded),
            };
        }

        ReasonCode[] fixedCodes = [ReasonCode.MissingInput, ReasonCode.NotApplicableExcluded, ReasonCode.NotApplicableFullPoints,
            ReasonCode.NotApplicableZero, ReasonCode.EvidenceMissing, ReasonCode.EvidenceInsufficient];
        _fixedReasons = new Reason[leafCount][];
        for (var l = 0; l < leafCount; l++)
            _fixedReasons[l] = [.. fixedCodes.Select(code => ScoreCardBuilder.Fixed(code, _nodes[_nodeOfLeaf[l]].MaxPoints))];

        var slot = leafCount;
        _adjStart = new int[n];
        _adjEnd = new int[n];
        var nodeAdjustments = new List<(Adjustment, int)>();
        for (var i = 0; i < n; i++)
        {
            _adjStart[i] = nodeAdjustments.Count;
            foreach (var a in _nodes[i].Adjustments)
            {
                _slotIndex[a.Code] = slot;
                nodeAdjustments.Add((a, slot++));
            }
            _adjEnd[i] = nodeAdjustments.Count;
        }
        _nodeAdjustments = [.. nodeAdjustments];
        _totalAdjustments = new (Adjustment, int)[framework.Adjustments.Count];
        for (var i = 0; i < framework.Adjustments.Count; i++)
        {
            var a = framework.Adjustments[i];
            _slotIndex[a.Code] = slot;
            _totalAdjustments[i] = (a, slot++);
        }

        _bandMin = [.. framework.Bands.Select(b => b.MinIndex)];
        _firstDisqualifierSlot = slot;
        _disqualifierCap = new int[framework.Disqualifiers.Count];
        for (var i = 0; i < framework.Disqualifiers.Count; i++)
        {
            var d = framework.Disqualifiers[i];
            _slotIndex[d.Code] = slot++;
            _disqualifierCap[i] = framework.Bands.ToList().FindIndex(b => b.Label == d.HighestBand);
        }
        SlotCount = slot;

        IReadOnlyList<Part> parts = framework.Parts.Count > 0
            ? framework.Parts
            : [new Part { Code = "all", Name = framework.Info.Name, MaxPoints = framework.MaxPoints, AreaCodes = [.. framework.Areas.Select(a => a.Code)] }];
        Parts = parts;
        _partMax = [.. parts.Select(p => p.MaxPoints)];
        _partStart = new int[parts.Count];
        _partEnd = new int[parts.Count];
        var partAreas = new List<int>();
        for (var p = 0; p < parts.Count; p++)
        {
            _partStart[p] = partAreas.Count;
            partAreas.AddRange(parts[p].AreaCodes.Select(c => _nodeIndex[c]));
            _partEnd[p] = partAreas.Count;
        }
        _partAreas = [.. partAreas];

        NodeCodes = [.. _nodes.Select(x => x.Code)];
        LeafCodes = [.. _nodeOfLeaf.Select(i => _nodes[i].Code)];
        _ops = BuildOps(parents);
    }

    /// <summary>
    /// Whether some leaf is scored relative to the cohort (<see cref="RelativeToBestRule"/>): such a framework scores a
    /// unit only within its cohort, in two passes (see <see cref="Cohorts.CohortScorer"/>).
    /// </summary>
    public bool NeedsCohort => _rules.Any(r => r is RelativeToBestRule);

    /// <summary>The leaves scored relative to the cohort, by leaf ordinal.</summary>
    internal IEnumerable<(int Leaf, RelativeToBestRule Rule)> RelativeLeaves =>
        _rules.Select((r, i) => (Leaf: i, Rule: r as RelativeToBestRule)).Where(x => x.Rule is not null).Select(x => (x.Leaf, x.Rule!));

    /// <summary>Whether a cell counts as a measured value: present, applicable, with the evidence its leaf requires.</summary>
    internal bool IsMeasured(int leaf, in InputCell cell) =>
        (cell.Flags & InputFlags.Present) != 0 && (cell.Flags & InputFlags.NotApplicable) == 0 && EvidenceRejection(leaf, cell.Flags) is null;

    /// <summary>Why a leaf's evidence is not adequate (missing, insufficient, or no reference where one is required); null when it is.</summary>
    private ReasonCode? EvidenceRejection(int leaf, InputFlags flags)
    {
        var evidence = _evidence[leaf];
        if (evidence == 0) return null;
        if ((flags & InputFlags.EvidenceProvided) == 0)
            return (flags & InputFlags.EvidenceInsufficient) != 0 ? ReasonCode.EvidenceInsufficient : ReasonCode.EvidenceMissing;
        return (evidence & ReferencesRequired) != 0 && (flags & InputFlags.HasReferences) == 0 ? ReasonCode.EvidenceInsufficient : null;
    }

    /// <summary>The value a leaf measures (value, count or ratio in %: its rule's <see cref="Rule.MeasuredBy"/>), for leaders of relative-to-best leaves.</summary>
    internal bool TryMeasureLeaf(int leaf, in InputCell cell, out decimal value)
    {
        value = 0m;
        return _rules[leaf].MeasuredBy is { } m && MeasureReader.Read(m, cell, _contexts[leaf], out value) > 0;
    }

    /// <summary>
    /// A copy of this compiled framework whose relative-to-best leaves know their cohort reference. Everything else is
    /// shared: the copy is as immutable and thread-safe as the original.
    /// </summary>
    internal CompiledFramework WithCohortReferences(IReadOnlyDictionary<int, (decimal Value, InputCell? Cell)> references)
    {
        var clone = (CompiledFramework)MemberwiseClone();
        var contexts = (RuleContext[])_contexts.Clone();
        foreach (var (leaf, reference) in references) contexts[leaf] = contexts[leaf] with { CohortBest = reference.Value, CohortBestCell = reference.Cell };
        clone._contexts = contexts;
        clone._scratch = [];
        return clone;
    }

    /// <summary>The framework compiled.</summary>
    public Framework Framework { get; }

    /// <summary>The framework's id, version and content hash, as stamped on every card.</summary>
    public FrameworkIdentity Identity { get; }

    /// <summary>The number of nodes.</summary>
    public int NodeCount => _nodes.Length;

    /// <summary>The number of leaves.</summary>
    public int LeafCount => _nodeOfLeaf.Length;

    /// <summary>The number of cells in a bulk row: leaves, then adjustments, then disqualifiers.</summary>
    public int SlotCount { get; }

    /// <summary>The node codes in the order of <see cref="ScoringWorkspace.NodePoints"/> (the decision's order).</summary>
    public IReadOnlyList<string> NodeCodes { get; }

    /// <summary>The leaf codes in the order of a row's first cells.</summary>
    public IReadOnlyList<string> LeafCodes { get; }

    /// <summary>The parts scored (one, "all", when the framework declares none).</summary>
    public IReadOnlyList<Part> Parts { get; }

    internal int PartCount => _partMax.Length;

    /// <summary>The slot of a leaf, adjustment or disqualifier code in a row; -1 when unknown.</summary>
    public int SlotOf(string code) => code is not null && _slotIndex.TryGetValue(code, out var slot) ? slot : -1;

    /// <summary>The index of a node in <see cref="NodeCodes"/>; -1 when unknown.</summary>
    public int NodeIndexOf(string code) => code is not null && _nodeIndex.TryGetValue(code, out var i) ? i : -1;

    /// <summary>The label of a band by its index (see <see cref="UnitScore.BandIndex"/>).</summary>
    public string? BandLabel(int bandIndex) => (uint)bandIndex < (uint)Framework.Bands.Count ? Framework.Bands[bandIndex].Label : null;

    /// <summary>Creates the reusable buffers for one thread of bulk scoring.</summary>
    public ScoringWorkspace CreateWorkspace() => new(this);

    /// <summary>
    /// Scores one row of cells without allocating: node points land in <paramref name="workspace"/>, the total,
    /// index and band are returned. A cell its rule cannot score gives <see cref="UnitScoreStatus.InputError"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The row is shorter than <see cref="SlotCount"/> or the workspace belongs to another framework.</exception>
    public UnitScore Score(ReadOnlySpan<InputCell> row, ScoringWorkspace workspace)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        if (row.Length < SlotCount) throw new ArgumentException($"A row needs {SlotCount} cells; got {row.Length}.", nameof(row));
        if (!ReferenceEquals(workspace.Framework, this)) throw new ArgumentException("The workspace was created by another compiled framework.", nameof(workspace));

        return ScoreByOps(row, workspace);
    }

    /// <summary>
    /// The reference evaluation: the tree walked backwards from the pre-order, each leaf's rule called virtually,
    /// each parent summing its children. The bulk path (<see cref="ScoreByOps"/>) gives the same results faster;
    /// it hands over to this one for a row with an input error, so the error reported is still the last leaf in row
    /// order that cannot be scored, with its leaf result. (For such a row the rest of the workspace is not a score:
    /// nodes neither walk reached keep the previous row's values, nodes only the bulk path reached this row's.)
    /// </summary>
    internal UnitScore ScoreByTree(ReadOnlySpan<InputCell> row, ScoringWorkspace workspace)
    {
        var awarded = workspace.Awarded;
        var applicable = workspace.Applicable;
        var excluded = workspace.Excluded;
        var leaves = workspace.Leaves;

        for (var n = _nodes.Length - 1; n >= 0; n--)
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
    internal decimal ConvertPart(decimal partAwarded, decimal partApplicable, decimal partMax) =>
        partApplicable == partMax ? partAwarded
        : partAwarded >= partApplicable ? partMax
        : Math.Min(ExactDivision.Round(partAwarded, partMax, partApplicable, _rounding.IndexDecimals, _rounding.Mode), partMax);

    /// <summary>
    /// The index before its adjustments: total × scale / max of the live parts, one division, rounded once, never
    /// above the scale (a scale of 7.5 at 0 decimals would otherwise give 8 for full points).
    /// </summary>
    internal decimal IndexOf(decimal total, decimal denominator) =>
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

    private void Aggregate(int n, decimal[] awarded, decimal[] applicable, bool[] excluded)
    {
        decimal sum = 0m, max = 0m;
        var live = false;
        var bestOf = _bestOf[n];
        for (var k = _childStart[n]; k < _childEnd[n]; k++)
        {
            var c = _children[k];
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
        excluded[n] = !live;
        awarded[n] = sum;
        applicable[n] = max;
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

    private static int Occurrences(in InputCell cell) =>
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

    /// <summary>Scores a unit at a stage into a full score card with reasons.</summary>
    /// <param name="unit">The unit and its inputs.</param>
    /// <param name="stage">The stage; <see cref="Stage.Final"/> (the default) is the latest appraisal present.</param>
    /// <returns>The card; a card with errors when the inputs cannot be scored. Never throws for bad input.</returns>
    public ScoreCard Score(UnitAssessment unit, Stage stage = Stage.Final)
    {
        ArgumentNullException.ThrowIfNull(unit);
        if (unit.ReadErrors.Count > 0) return ErrorCard(unit, unit.Resolve(stage) ?? stage, unit.ReadErrors);
        var resolved = unit.Resolve(stage);
        if (resolved is not { } actual)
        {
            var have = unit.Stages.Count == 0 ? "none" : string.Join(", ", unit.Stages.Keys.Order());
            return ErrorCard(unit, stage, [new InputError(unit.UnitId, null, stage == Stage.Final ? ErrorCodes.NoAppraisal.With(have) : ErrorCodes.NoStageInputs.With(stage.ToString(), have))]);
        }
        return Score(unit, actual, unit.Stages[actual]);
    }

    /// <summary>Scores inputs for one stage of a unit into a full score card.</summary>
    public ScoreCard Score(UnitAssessment unit, Stage stage, StageInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(inputs);
        if (unit.ReadErrors.Count > 0) return ErrorCard(unit, stage, unit.ReadErrors);
        // Rows and workspaces are pooled per compiled framework (not per thread in a static), reused card after card:
        // the card copies what it keeps, so nothing of them outlives this call.
        if (!_scratch.TryTake(out var scratch)) scratch = new CardScratch(new InputCell[SlotCount], CreateWorkspace());
        try
        {
            var row = scratch.Row;
            var errors = new List<InputError>();
            Encode(unit.UnitId, inputs, row, errors);
            if (errors.Count > 0) return ErrorCard(unit, stage, errors);
            var workspace = scratch.Workspace;
            var score = Score(row, workspace);
            if (!score.IsScored)
                return ErrorCard(unit, stage, [new InputError(unit.UnitId, LeafCodes[score.ErrorSlot], _rules[score.ErrorSlot].DescribeError(row[score.ErrorSlot], _contexts[score.ErrorSlot]))]);
            return ScoreCardBuilder.Build(this, unit, stage, inputs, row, workspace, score);
        }
        finally
        {
            _scratch.Add(scratch);
        }
    }

    /// <summary>
    /// Encodes a stage's inputs into a row of <see cref="SlotCount"/> cells, as the bulk path reads them, adding one
    /// error per input that cannot be scored.
    /// </summary>
    /// <returns>Whether the row is free of errors.</returns>
    public bool Encode(string unitId, StageInputs inputs, Span<InputCell> row, ICollection<InputError> errors)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(errors);
        if (row.Length < SlotCount) throw new ArgumentException($"A row needs {SlotCount} cells; got {row.Length}.", nameof(row));
        var before = errors.Count;
        row.Clear();
        foreach (var (code, input) in inputs.Inputs)
        {
            if (!_nodeIndex.TryGetValue(code ?? string.Empty, out var n))
            {
                errors.Add(new InputError(unitId, code, ErrorCodes.UnknownNode.With(code, Identity.Id, LeafCodes[0])));
                continue;
            }
            var leaf = _leafOf[n];
            if (leaf < 0)
            {
                var leafCodes = string.Join(", ", Framework.FindNode(code!)!.Children.Select(c => c.Code));
                errors.Add(new InputError(unitId, code, ErrorCodes.InputOnParent.With(code, leafCodes)));
                continue;
            }
            if (input is null)
            {
                errors.Add(new InputError(unitId, code, ErrorCodes.InputNull.With()));
                continue;
            }
            var error = EncodeLeaf(leaf, input, out var cell);
            if (error is not null) errors.Add(new InputError(unitId, code, error));
            else row[leaf] = cell;
        }
        foreach (var (code, occurrences) in inputs.Adjustments)
        {
            var slot = SlotOf(code);
            if (slot < LeafCount || slot >= _firstDisqualifierSlot)
                errors.Add(new InputError(unitId, code, ErrorCodes.UnknownAdjustment.With(code, Identity.Id)));
            else if (occurrences < 0)
                errors.Add(new InputError(unitId, code, ErrorCodes.NegativeOccurrences.With(occurrences)));
            else row[slot] = InputCell.Count(occurrences);
        }
        foreach (var code in inputs.Disqualifiers)
        {
            var slot = SlotOf(code);
            if (slot < _firstDisqualifierSlot)
                errors.Add(new InputError(unitId, code, ErrorCodes.UnknownDisqualifier.With(code, Identity.Id)));
            else row[slot] = InputCell.Met(true);
        }
        return errors.Count == before;
    }

    private ErrorMessage? EncodeLeaf(int leaf, LeafInput input, out InputCell cell)
    {
        var rule = _rules[leaf];
        var node = _nodes[_nodeOfLeaf[leaf]];
        if (input.NotApplicable)
        {
            cell = InputCell.NotApplicableCell;
            return input.Met is null && input.Value is null && input.Count is null && input.Numerator is null && input.Denominator is null
                && input.Choice is null && input.Points is null && input.SurveyCounts is null
                ? null
                : ErrorCodes.NotApplicableWithValue.With();
        }
        var error = rule.TryEncode(input, _contexts[leaf], out cell);
        if (error is not null) return error;
        var status = input.Evidence ?? EvidenceStatus.Missing;
        if (node.Evidence is { ReferencesRequired: true } && status == EvidenceStatus.Provided && input.References.Count == 0)
            return ErrorCodes.EvidenceWithoutReference.With();
        foreach (var reference in input.References)
            if (string.IsNullOrWhiteSpace(reference)) return ErrorCodes.EvidenceReferenceEmpty.With();
        cell = cell.WithEvidence(status, input.References.Count > 0);
        return null;
    }

    // Not readonly: a clone made by WithCohortReferences needs its own pool, since a pooled workspace belongs to the
    // compiled framework that created it.
    private System.Collections.Concurrent.ConcurrentBag<CardScratch> _scratch = [];

    private sealed record CardScratch(InputCell[] Row, ScoringWorkspace Workspace);

    private ScoreCard ErrorCard(UnitAssessment unit, Stage stage, IReadOnlyList<InputError> errors) => new()
    {
        Framework = Identity,
        UnitId = unit.UnitId,
        UnitName = unit.UnitName,
        Block = unit.Block,
        Ranked = unit.Ranked,
        Stage = stage,
        Errors = errors,
    };

    /// <summary>The shared reason of a leaf for an outcome decided before its rule (missing input, not applicable, evidence).</summary>
    internal Reason FixedReasonOf(int leaf, ReasonCode code)
    {
        var reasons = _fixedReasons[leaf];
        for (var i = 0; i < reasons.Length; i++) if (reasons[i].Code == code) return reasons[i];
        return ScoreCardBuilder.Fixed(code, _max[_nodeOfLeaf[leaf]]);
    }

    // Read by the card builder, which explains what the bulk path computed.
    internal Node NodeAt(int n) => _nodes[n];
    internal int LevelAt(int n) => _level[n];
    internal int LeafOf(int n) => _leafOf[n];
    internal ReadOnlySpan<int> ChildrenOf(int n) => _children.AsSpan(_childStart[n], _childEnd[n] - _childStart[n]);
    internal RuleContext ContextOf(int leaf) => _contexts[leaf];
    internal Rule RuleOf(int leaf) => _rules[leaf];
    internal int NodeOfLeaf(int leaf) => _nodeOfLeaf[leaf];
    internal ReadOnlySpan<(Adjustment Adjustment, int Slot)> NodeAdjustmentsOf(int n) => _nodeAdjustments.AsSpan(_adjStart[n], _adjEnd[n] - _adjStart[n]);
    internal ReadOnlySpan<(Adjustment Adjustment, int Slot)> TotalAdjustments => _totalAdjustments;
    internal int FirstDisqualifierSlot => _firstDisqualifierSlot;
    internal static int OccurrencesIn(in InputCell cell) => Occurrences(cell);
}
