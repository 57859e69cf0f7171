using System.Runtime.CompilerServices;
using ParIndex.Engine.Model;
using ParIndex.Engine.Rules;

namespace ParIndex.Engine.Evaluation;

// The bulk path. The tree is flattened, when the framework is compiled, into one array of small op records in
// post-order (every child before its parent, siblings in the decision's order). Each leaf's op is the instruction its
// rule compiles to (Rule.Compile: a step table, an option table, a count table, met-or-not), or a call of the rule's
// Evaluate; this file names no rule kind. Why this shape (issue 8, measured on an 80-leaf decimal workload):
// - a switch over op records stays within 1.03-1.22x of hand-written per-area code; one compiled delegate for all
//   leaves was 2.4-2.8x slower, and the virtual call per leaf plus re-reading rule parameters cost the rest;
// - each node adds itself into its parent's running sums (one per level, at most Framework.MaxLevels) instead of
//   each parent walking its children through index arrays; post-order adds siblings in the same order as the
//   reference walk, so even sums of non-terminating decimals round the same way;
// - what only depends on the framework is computed here once: the status each step or option gives, a rule's count
//   table (a deduction's result for 0, 1, 2 ... occurrences, from the rule itself), the not-applicable result.
// Semantics are those of ScoreByTree and of each rule's Evaluate (their XML docs); the equivalence tests in
// ParIndex.Engine.Tests compare the two paths cell by cell and unit by unit, for every registered kind.
internal sealed partial class Evaluator
{
    private enum OpKind : byte
    {
        /// <summary>A parent: its children's sums are complete.</summary>
        Parent,
        MetOrNot,
        StepTable,
        OptionTable,
        CountTable,
        /// <summary>The rule's Evaluate, called virtually.</summary>
        General,
    }

    /// <summary>One node of the post-order walk.</summary>
    private readonly struct Op
    {
        public OpKind Kind { get; init; }
        public int Node { get; init; }
        public int Leaf { get; init; }

        /// <summary>The node's depth, 0 for an area: its children add into the running sums at this depth + 1.</summary>
        public int Depth { get; init; }

        /// <summary>Whether the parent keeps the best child rather than the sum.</summary>
        public bool ParentBestOf { get; init; }

        public bool HasAdjustments { get; init; }
        public byte Evidence { get; init; }
        public bool AtLeast { get; init; }
        public Measure Measure { get; init; }
        public decimal Max { get; init; }

        /// <summary>Step and option tables: the first entry in the step tables; count table: in the count table.</summary>
        public int TableStart { get; init; }

        /// <summary>Step table: the number of steps; option table: of options; count table: of tabulated counts.</summary>
        public int TableLength { get; init; }

        /// <summary>Step table: the result when no step matches, its measure left to fill.</summary>
        public decimal Otherwise { get; init; }
        public NodeStatus OtherwiseStatus { get; init; }

        /// <summary>
        /// Step table: whether a ratio below a minimum denominator is not applicable; the minimum is kept in the
        /// threshold table right after the steps (not in the op, which every leaf's op would then carry).
        /// </summary>
        public bool HasMinDenominator { get; init; }

        /// <summary>Met or not: the status of "not met" (zero, or full for a leaf worth 0).</summary>
        public NodeStatus NotMetStatus { get; init; }
    }

    private static readonly LeafResult Missing = new(0m, NodeStatus.MissingInput, ReasonCode.MissingInput);

    private readonly Op[] _ops;
    private readonly decimal[] _stepThresholds;  // step tables: thresholds
    private readonly decimal[] _stepPoints;      // step and option tables: points
    private readonly NodeStatus[] _stepStatus;   // step and option tables: the status the points give
    private readonly LeafResult[] _countResults; // count tables: the result for 0, 1, 2 ... counts

    private static NodeStatus StatusOf(decimal points, decimal max) =>
        points >= max ? NodeStatus.Full : points <= 0m ? NodeStatus.Zero : NodeStatus.Partial;

    private static (Op[] Ops, decimal[] Thresholds, decimal[] Points, NodeStatus[] Status, LeafResult[] Counts) BuildOps(FrameworkLayout layout, RuleContext[] contexts)
    {
        var ops = new List<Op>(layout.NodeCount);
        var thresholds = new List<decimal>();
        var points = new List<decimal>();
        var status = new List<NodeStatus>();
        var counts = new List<LeafResult>();

        void Visit(int n)
        {
            foreach (var child in layout.ChildrenOf(n)) Visit(child);
            var parent = layout.Parent[n];
            var op = new Op
            {
                Kind = OpKind.Parent,
                Node = n,
                Leaf = layout.LeafOf[n],
                Depth = layout.Level[n] - 1,
                ParentBestOf = parent >= 0 && layout.BestOf[parent],
                HasAdjustments = layout.AdjStart[n] != layout.AdjEnd[n],
                Max = layout.Max[n],
            };
            var leaf = layout.LeafOf[n];
            if (leaf >= 0)
            {
                op = op with { Evidence = layout.Evidence[leaf] };
                var max = layout.Max[n];
                var compiled = layout.Rules[leaf].Compile(in contexts[leaf]) ?? CompiledRule.General;
                switch (compiled.Form)
                {
                    case CompiledForm.MetOrNot:
                        op = op with { Kind = OpKind.MetOrNot, NotMetStatus = max > 0m ? NodeStatus.Zero : NodeStatus.Full };
                        break;
                    case CompiledForm.StepTable:
                        op = op with
                        {
                            Kind = OpKind.StepTable,
                            Measure = compiled.Measure,
                            AtLeast = compiled.AtLeast,
                            TableStart = thresholds.Count,
                            TableLength = compiled.Thresholds.Length,
                            Otherwise = compiled.Otherwise,
                            OtherwiseStatus = StatusOf(compiled.Otherwise, max),
                            HasMinDenominator = compiled.MinDenominator > 0m,
                        };
                        for (var i = 0; i < compiled.Thresholds.Length; i++)
                        {
                            thresholds.Add(compiled.Thresholds[i]);
                            points.Add(compiled.Points[i]);
                            status.Add(StatusOf(compiled.Points[i], max));
                        }
                        if (compiled.MinDenominator > 0m)
                        {
                            thresholds.Add(compiled.MinDenominator);
                            points.Add(0m);  // unused; keeps the three step tables aligned
                            status.Add(NodeStatus.NotApplicable);
                        }
                        break;
                    case CompiledForm.OptionTable:
                        op = op with { Kind = OpKind.OptionTable, TableStart = thresholds.Count, TableLength = compiled.Points.Length };
                        foreach (var p in compiled.Points)
                        {
                            thresholds.Add(0m);  // unused; keeps the three step tables aligned
                            points.Add(p);
                            status.Add(StatusOf(p, max));
                        }
                        break;
                    case CompiledForm.CountTable:
                        op = op with { Kind = OpKind.CountTable, TableStart = counts.Count, TableLength = compiled.Results.Length };
                        counts.AddRange(compiled.Results);
                        break;
                    default:
                        op = op with { Kind = OpKind.General };
                        break;
                }
            }
            ops.Add(op);
        }

        for (var n = 0; n < layout.NodeCount; n++)
            if (layout.Parent[n] < 0) Visit(n);

        return ([.. ops], [.. thresholds], [.. points], [.. status], [.. counts]);
    }

    /// <summary>The bulk path: see the comment at the top of this file. Same results as <see cref="ScoreByTree"/>.</summary>
    public UnitScore ScoreByOps(ReadOnlySpan<InputCell> row, ScoringWorkspace workspace)
    {
        var awarded = workspace.Awarded;
        var applicable = workspace.Applicable;
        var excluded = workspace.Excluded;
        var leaves = workspace.Leaves;

        // Running sums of the parent being completed at each depth; a parent resets them for its siblings to come.
        Span<decimal> sum = stackalloc decimal[Framework.MaxLevels];
        Span<decimal> sumMax = stackalloc decimal[Framework.MaxLevels];
        Span<bool> live = stackalloc bool[Framework.MaxLevels];

        var ops = _ops;
        for (var i = 0; i < ops.Length; i++)
        {
            ref readonly var op = ref ops[i];
            var n = op.Node;
            var depth = op.Depth;
            decimal points, max;
            bool isExcluded;
            if (op.Kind == OpKind.Parent)
            {
                var below = depth + 1;
                isExcluded = !live[below];
                points = sum[below];
                max = sumMax[below];
                sum[below] = 0m;
                sumMax[below] = 0m;
                live[below] = false;
            }
            else
            {
                ref var result = ref leaves[op.Leaf];
                result = EvaluateOp(in op, in row[op.Leaf]);
                if (result.Status == NodeStatus.InputError) return ScoreByTree(row, workspace);
                isExcluded = result.Status == NodeStatus.NotApplicable;
                points = result.Points;
                max = isExcluded ? 0m : op.Max;
            }
            excluded[n] = isExcluded;
            awarded[n] = points;
            applicable[n] = max;
            if (op.HasAdjustments && !isExcluded)
            {
                ApplyNodeAdjustments(n, row, awarded, applicable);
                points = awarded[n];
            }

            if (isExcluded || depth == 0) continue;
            live[depth] = true;
            if (op.ParentBestOf)
            {
                if (points > sum[depth]) sum[depth] = points;
                if (max > sumMax[depth]) sumMax[depth] = max;
            }
            else
            {
                sum[depth] += points;
                sumMax[depth] += max;
            }
        }

        return ScoreParts(row, workspace);
    }

    /// <summary>One leaf: what <see cref="EvaluateLeaf"/> gives, with the built-in kinds specialized.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private LeafResult EvaluateOp(in Op op, in InputCell cell)
    {
        var flags = cell.Flags;
        if ((flags & InputFlags.Present) == 0) return Missing;
        var leaf = op.Leaf;
        if ((flags & InputFlags.NotApplicable) != 0) return _notApplicable[leaf];
        var evidence = op.Evidence;
        if (evidence != 0)
        {
            if ((flags & InputFlags.EvidenceProvided) == 0)
                return new LeafResult(0m, NodeStatus.EvidenceRejected, (flags & InputFlags.EvidenceInsufficient) != 0 ? ReasonCode.EvidenceInsufficient : ReasonCode.EvidenceMissing);
            if ((evidence & FrameworkLayout.ReferencesRequired) != 0 && (flags & InputFlags.HasReferences) == 0)
                return new LeafResult(0m, NodeStatus.EvidenceRejected, ReasonCode.EvidenceInsufficient);
        }

        LeafResult result;
        switch (op.Kind)
        {
            case OpKind.MetOrNot:
                // CompiledRule.MetOrNot, with the status of "not met" known in advance.
                if (cell.First == 1m) return new LeafResult(op.Max, NodeStatus.Full, ReasonCode.FullPoints, 1m);
                if (cell.First == 0m) return new LeafResult(0m, op.NotMetStatus, ReasonCode.NotMet);
                return LeafResult.Error;
            case OpKind.StepTable:
                return Steps(in op, in cell, leaf);
            case OpKind.OptionTable:
                // CompiledRule.OptionTable, with the status of each option known in advance.
                var choice = cell.Choice;
                if ((uint)choice >= (uint)op.TableLength) return LeafResult.Error;
                var at = op.TableStart + choice;
                return new LeafResult(_stepPoints[at], _stepStatus[at], ReasonCode.ChoiceSelected, 0m, choice);
            case OpKind.CountTable:
                // A whole count within the table: the rule's own result, computed when compiling. The table was filled
                // from cells of scale 0, so only such counts use it (the scale of Measured and Points stays the same).
                var count = cell.First;
                if (!decimal.IsNegative(count) && count.Scale == 0 && count < op.TableLength)
                {
                    var k = (int)count;
                    return _countResults[op.TableStart + k];
                }
                result = _rules[leaf].Evaluate(in cell, in _contexts[leaf]);
                break;
            default:
                result = _rules[leaf].Evaluate(in cell, in _contexts[leaf]);
                break;
        }
        return result.Status == NodeStatus.NotApplicable ? NotApplicableResult(leaf, in result) : result;
    }

    /// <summary>CompiledRule.StepTable over the step tables, with the status of each step known in advance.</summary>
    private LeafResult Steps(in Op op, in InputCell cell, int leaf)
    {
        decimal measured;
        if (op.HasMinDenominator)
        {
            var atLeast = MeasureReader.ReadAtLeast(in cell, _stepThresholds[op.TableStart + op.TableLength], in _contexts[leaf], out measured);
            if (atLeast <= 0) return atLeast == 0 ? NotApplicableResult(leaf, new LeafResult(0m, NodeStatus.NotApplicable, ReasonCode.NotApplicableBelowMinimum)) : LeafResult.Error;
        }
        else
        {
            var read = MeasureReader.Read(op.Measure, in cell, in _contexts[leaf], out measured);
            if (read <= 0) return read == 0 ? _notApplicable[leaf] : LeafResult.Error;
        }
        var thresholds = _stepThresholds.AsSpan(op.TableStart, op.TableLength);
        if (op.AtLeast)
        {
            for (var i = 0; i < thresholds.Length; i++)
                if (MeasureReader.Compare(op.Measure, in cell, measured, thresholds[i]) >= 0) return StepMatched(op.TableStart + i, measured, i);
        }
        else
        {
            for (var i = 0; i < thresholds.Length; i++)
                if (MeasureReader.Compare(op.Measure, in cell, measured, thresholds[i]) <= 0) return StepMatched(op.TableStart + i, measured, i);
        }
        return new LeafResult(op.Otherwise, op.OtherwiseStatus, ReasonCode.BelowAllSteps, measured);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private LeafResult StepMatched(int at, decimal measured, int step) =>
        new(_stepPoints[at], _stepStatus[at], ReasonCode.StepMatched, measured, step);

    /// <summary>For tests: one leaf through the bulk path's specialized evaluation.</summary>
    public LeafResult EvaluateLeafByOps(int leaf, in InputCell cell)
    {
        foreach (ref readonly var op in _ops.AsSpan())
            if (op.Leaf == leaf && op.Kind != OpKind.Parent) return EvaluateOp(in op, in cell);
        throw new ArgumentOutOfRangeException(nameof(leaf));
    }
}
