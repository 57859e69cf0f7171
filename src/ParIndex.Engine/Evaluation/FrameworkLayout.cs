using ParIndex.Engine.Model;
using ParIndex.Engine.Results;
using ParIndex.Engine.Rules;

namespace ParIndex.Engine.Evaluation;

/// <summary>
/// A framework's tree flattened into arrays, built once when it is compiled: nodes in the decision's order, leaves,
/// children, adjustments and their slots in a row, parts, bands, and what each leaf's policy gives. Nothing here
/// depends on a cohort, so a copy made by <see cref="CompiledFramework.WithCohortReferences"/> shares it. Read by the
/// <see cref="Evaluator"/> (which copies the arrays it walks into its own fields), the <see cref="RowEncoder"/>, and,
/// through <see cref="CompiledFramework"/>, by the card builder and the analyses. Immutable.
/// </summary>
internal sealed class FrameworkLayout
{
    /// <summary>Bits of <see cref="Evidence"/>.</summary>
    public const byte EvidenceRequired = 1, ReferencesRequired = 2;

    private readonly Reason[][] _fixedReasons; // by leaf ordinal: reasons that do not depend on the input, shared by every card

    public FrameworkLayout(Framework framework)
    {
        Framework = framework;
        Rounding = framework.Policy.Rounding;
        Scale = framework.Policy.Scale;
        Uncapped = framework.Policy.IndexUncapped;
        BandsByRank = framework.Policy.BandsByRank;

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

        Nodes = [.. nodes];
        Level = [.. levels];
        Parent = [.. parents];
        var n = Nodes.Length;
        Max = new decimal[n];
        LeafOf = new int[n];
        BestOf = new bool[n];
        ChildStart = new int[n];
        ChildEnd = new int[n];
        var children = new List<int>();
        var leafNodes = new List<int>();
        for (var i = 0; i < n; i++)
        {
            var node = Nodes[i];
            Max[i] = node.MaxPoints;
            BestOf[i] = node.Aggregation == Aggregation.BestOf;
            NodeIndex[node.Code] = i;
            LeafOf[i] = node.IsLeaf ? leafNodes.Count : -1;
            if (node.IsLeaf) leafNodes.Add(i);
            ChildStart[i] = children.Count;
            for (var j = i + 1; j < n; j++) if (parents[j] == i) children.Add(j);
            ChildEnd[i] = children.Count;
        }
        Children = [.. children];
        NodeOfLeaf = [.. leafNodes];

        var leafCount = NodeOfLeaf.Length;
        Rules = new Rule[leafCount];
        Evidence = new byte[leafCount];
        NotApplicable = new LeafResult[leafCount];
        for (var l = 0; l < leafCount; l++)
        {
            var node = Nodes[NodeOfLeaf[l]];
            Rules[l] = node.Rule!;
            SlotIndex[node.Code] = l;
            if (node.Evidence is { } evidence)
                Evidence[l] = (byte)(EvidenceRequired | (evidence.ReferencesRequired ? ReferencesRequired : 0));
            NotApplicable[l] = framework.NotApplicablePolicyOf(node) switch
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
            _fixedReasons[l] = [.. fixedCodes.Select(code => ScoreCardBuilder.Fixed(code, Nodes[NodeOfLeaf[l]].MaxPoints))];

        var slot = leafCount;
        AdjStart = new int[n];
        AdjEnd = new int[n];
        var nodeAdjustments = new List<(Adjustment, int)>();
        for (var i = 0; i < n; i++)
        {
            AdjStart[i] = nodeAdjustments.Count;
            foreach (var a in Nodes[i].Adjustments)
            {
                SlotIndex[a.Code] = slot;
                nodeAdjustments.Add((a, slot++));
            }
            AdjEnd[i] = nodeAdjustments.Count;
        }
        NodeAdjustments = [.. nodeAdjustments];
        TotalAdjustments = new (Adjustment, int)[framework.Adjustments.Count];
        for (var i = 0; i < framework.Adjustments.Count; i++)
        {
            var a = framework.Adjustments[i];
            SlotIndex[a.Code] = slot;
            TotalAdjustments[i] = (a, slot++);
        }

        BandMin = [.. framework.Bands.Select(b => b.MinIndex)];
        FirstDisqualifierSlot = slot;
        DisqualifierCap = new int[framework.Disqualifiers.Count];
        for (var i = 0; i < framework.Disqualifiers.Count; i++)
        {
            var d = framework.Disqualifiers[i];
            SlotIndex[d.Code] = slot++;
            DisqualifierCap[i] = framework.Bands.ToList().FindIndex(b => b.Label == d.HighestBand);
        }
        SlotCount = slot;

        IReadOnlyList<Part> parts = framework.Parts.Count > 0
            ? framework.Parts
            : [new Part { Code = "all", Name = framework.Info.Name, MaxPoints = framework.MaxPoints, AreaCodes = [.. framework.Areas.Select(a => a.Code)] }];
        Parts = parts;
        PartMax = [.. parts.Select(p => p.MaxPoints)];
        PartStart = new int[parts.Count];
        PartEnd = new int[parts.Count];
        var partAreas = new List<int>();
        for (var p = 0; p < parts.Count; p++)
        {
            PartStart[p] = partAreas.Count;
            partAreas.AddRange(parts[p].AreaCodes.Select(c => NodeIndex[c]));
            PartEnd[p] = partAreas.Count;
        }
        PartAreas = [.. partAreas];

        NodeCodes = [.. Nodes.Select(x => x.Code)];
        LeafCodes = [.. NodeOfLeaf.Select(i => Nodes[i].Code)];
    }

    public Framework Framework { get; }

    // By node, in the decision's order (pre-order): walking them backwards meets every child before its parent.
    public Node[] Nodes { get; }
    public int[] Level { get; }
    public int[] Parent { get; }             // -1 for an area
    public decimal[] Max { get; }
    public int[] LeafOf { get; }             // leaf ordinal, or -1
    public bool[] BestOf { get; }
    public int[] ChildStart { get; }         // into Children
    public int[] ChildEnd { get; }
    public int[] Children { get; }
    public int[] AdjStart { get; }           // into NodeAdjustments
    public int[] AdjEnd { get; }

    // By leaf ordinal.
    public int[] NodeOfLeaf { get; }
    public Rule[] Rules { get; }
    public byte[] Evidence { get; }
    public LeafResult[] NotApplicable { get; } // the result the leaf's policy gives

    public (Adjustment Adjustment, int Slot)[] NodeAdjustments { get; }
    public (Adjustment Adjustment, int Slot)[] TotalAdjustments { get; }

    // By part: the area nodes it re-bases, and its max.
    public int[] PartStart { get; }
    public int[] PartEnd { get; }
    public int[] PartAreas { get; }
    public decimal[] PartMax { get; }

    public decimal[] BandMin { get; }
    public int[] DisqualifierCap { get; }    // by disqualifier ordinal: band index cap
    public int FirstDisqualifierSlot { get; }
    public Dictionary<string, int> NodeIndex { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, int> SlotIndex { get; } = new(StringComparer.Ordinal);
    public int SlotCount { get; }
    public IReadOnlyList<string> NodeCodes { get; }
    public IReadOnlyList<string> LeafCodes { get; }
    public IReadOnlyList<Part> Parts { get; }
    public Rounding Rounding { get; }
    public decimal Scale { get; }
    public bool Uncapped { get; }
    public bool BandsByRank { get; }

    public int NodeCount => Nodes.Length;
    public int LeafCount => NodeOfLeaf.Length;
    public int PartCount => PartMax.Length;

    public int SlotOf(string code) => code is not null && SlotIndex.TryGetValue(code, out var slot) ? slot : -1;

    public int NodeIndexOf(string code) => code is not null && NodeIndex.TryGetValue(code, out var i) ? i : -1;

    public ReadOnlySpan<int> ChildrenOf(int n) => Children.AsSpan(ChildStart[n], ChildEnd[n] - ChildStart[n]);

    public ReadOnlySpan<(Adjustment Adjustment, int Slot)> NodeAdjustmentsOf(int n) => NodeAdjustments.AsSpan(AdjStart[n], AdjEnd[n] - AdjStart[n]);

    /// <summary>The shared reason of a leaf for an outcome decided before its rule (missing input, not applicable, evidence).</summary>
    public Reason FixedReasonOf(int leaf, ReasonCode code)
    {
        var reasons = _fixedReasons[leaf];
        for (var i = 0; i < reasons.Length; i++) if (reasons[i].Code == code) return reasons[i];
        return ScoreCardBuilder.Fixed(code, Max[NodeOfLeaf[leaf]]);
    }

    /// <summary>Whether some leaf is scored relative to the cohort (<see cref="RelativeToBestRule"/>).</summary>
    public bool NeedsCohort => Rules.Any(r => r is RelativeToBestRule);

    /// <summary>The leaves scored relative to the cohort, by leaf ordinal.</summary>
    public IEnumerable<(int Leaf, RelativeToBestRule Rule)> RelativeLeaves =>
        Rules.Select((r, i) => (Leaf: i, Rule: r as RelativeToBestRule)).Where(x => x.Rule is not null).Select(x => (x.Leaf, x.Rule!));
}
