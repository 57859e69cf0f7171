using ParIndex.Engine.Model;
using ParIndex.Engine.Results;
using ParIndex.Engine.Rules;

namespace ParIndex.Engine.Evaluation;

/// <summary>Turns what the evaluation left in a workspace into a score card with a reason for every point lost.</summary>
internal static class ScoreCardBuilder
{
    public static ScoreCard Build(CompiledFramework compiled, UnitAssessment unit, Stage stage, StageInputs inputs, InputCell[] row, ScoringWorkspace ws, UnitScore score)
    {
        var framework = compiled.Framework;
        var nodes = new NodeScore[compiled.NodeCount];
        var applied = new List<AppliedAdjustment>();
        for (var n = 0; n < nodes.Length; n++)
        {
            var node = compiled.NodeAt(n);
            var leaf = compiled.LeafOf(n);
            NodeStatus status;
            Reason? first;
            if (leaf >= 0)
            {
                var result = ws.Leaves[leaf];
                first = LeafReason(compiled, node, leaf, in row[leaf], in result);
                status = result.Status;
            }
            else
            {
                status = ws.Excluded[n] ? NodeStatus.NotApplicable : StatusOf(ws.Awarded[n], ws.Applicable[n]);
                first = ws.Awarded[n] < ws.Applicable[n] ? ChildrenReason(compiled, n, ws) : null;
            }
            IReadOnlyList<Reason> reasons = first is null ? [] : [first];
            if (compiled.NodeAdjustmentsOf(n).Length > 0)
            {
                var all = new List<Reason>(reasons);
                foreach (var (adjustment, slot) in compiled.NodeAdjustmentsOf(n))
                {
                    var occurrences = CompiledFramework.OccurrencesIn(row[slot]);
                    if (occurrences == 0 || ws.Excluded[n]) continue;
                    var points = adjustment.PointsFor(occurrences);
                    applied.Add(new AppliedAdjustment(adjustment.Code, adjustment.Name, node.Code, adjustment.Kind, occurrences, points));
                    all.Add(AdjustmentReason(adjustment, occurrences, points));
                }
                reasons = all;
                if (leaf >= 0 && status is NodeStatus.Full or NodeStatus.Partial or NodeStatus.Zero)
                    status = StatusOf(ws.Awarded[n], ws.Applicable[n]);
            }
            nodes[n] = new NodeScore
            {
                Code = node.Code,
                Name = node.Name,
                NameEn = node.NameEn,
                Level = compiled.LevelAt(n),
                IsLeaf = leaf >= 0,
                MaxPoints = node.MaxPoints,
                ApplicableMaxPoints = ws.Applicable[n],
                Awarded = ws.Awarded[n],
                Status = status,
                Reasons = reasons,
                Note = leaf >= 0 && inputs.Inputs.TryGetValue(node.Code, out var input) ? input.Note : null,
            };
        }

        foreach (var (adjustment, slot) in compiled.TotalAdjustments)
        {
            var occurrences = CompiledFramework.OccurrencesIn(row[slot]);
            if (occurrences > 0)
                applied.Add(new AppliedAdjustment(adjustment.Code, adjustment.Name, null, adjustment.Kind, occurrences, adjustment.PointsFor(occurrences)));
        }

        var parts = new PartScore[compiled.Parts.Count];
        for (var p = 0; p < parts.Length; p++)
        {
            parts[p] = new PartScore
            {
                Code = compiled.Parts[p].Code,
                Name = compiled.Parts[p].Name,
                MaxPoints = compiled.Parts[p].MaxPoints,
                ApplicableMaxPoints = ws.PartApplicable[p],
                Awarded = ws.PartAwarded[p],
                Converted = ws.PartConverted[p],
            };
        }

        var cappedBy = new List<string>();
        var uncappedBand = -1;
        if (framework.Bands.Count > 0 && !framework.Policy.BandsByRank)
        {
            uncappedBand = framework.Bands.Count - 1;
            for (var b = 0; b < framework.Bands.Count; b++)
                if (score.Index >= framework.Bands[b].MinIndex) { uncappedBand = b; break; }
            for (var d = 0; d < framework.Disqualifiers.Count; d++)
            {
                var cell = row[compiled.FirstDisqualifierSlot + d];
                if (cell.IsPresent && cell.First != 0m) cappedBy.Add(framework.Disqualifiers[d].Code);
            }
            if (score.BandIndex == uncappedBand) cappedBy.Clear();
        }

        return new ScoreCard
        {
            Framework = compiled.Identity,
            UnitId = unit.UnitId,
            UnitName = unit.UnitName,
            Block = unit.Block,
            Ranked = unit.Ranked,
            Stage = stage,
            Nodes = nodes,
            Parts = parts,
            Adjustments = applied,
            Total = score.Total,
            Index = score.Index,
            Band = compiled.BandLabel(score.BandIndex),
            BandCappedBy = cappedBy,
        };
    }

    private static NodeStatus StatusOf(decimal awarded, decimal applicable) =>
        awarded >= applicable ? NodeStatus.Full : awarded <= 0m ? NodeStatus.Zero : NodeStatus.Partial;

    private static Reason LeafReason(CompiledFramework compiled, Node node, int leaf, in InputCell cell, in LeafResult result) =>
        result.Reason == ReasonCode.MissingInput || result.Reason == ReasonCode.NotApplicableExcluded || result.Reason == ReasonCode.NotApplicableFullPoints
        || result.Reason == ReasonCode.NotApplicableZero || result.Reason == ReasonCode.EvidenceMissing || result.Reason == ReasonCode.EvidenceInsufficient
            ? compiled.FixedReasonOf(leaf, result.Reason)
            : new Reason(node.Rule!, in cell, in result, compiled.ContextOf(leaf));

    /// <summary>The reasons that do not depend on the input, in words; made once per leaf when compiling and shared by every card.</summary>
    internal static Reason Fixed(ReasonCode code, decimal maxPoints) => new(code, () =>
    {
        var max = Text.N(maxPoints);
        if (code == ReasonCode.MissingInput)
            return new(null!, null, $"Không có số liệu đầu vào: 0/{max} điểm.", $"No input was given: 0 of {max} points.");
        if (code == ReasonCode.NotApplicableExcluded)
            return new("không phát sinh", null, "Không phát sinh: không tính vào điểm đạt và điểm tối đa.", "Not applicable: left out of both awarded points and max.");
        if (code == ReasonCode.NotApplicableFullPoints)
            return new("không phát sinh", null, $"Không phát sinh: được điểm tối đa {max} theo quy định của bộ chỉ số.", $"Not applicable: full {max} points by the framework's policy.");
        if (code == ReasonCode.NotApplicableZero)
            return new("không phát sinh", null, $"Không phát sinh: 0/{max} điểm theo quy định của bộ chỉ số.", $"Not applicable: 0 of {max} points by the framework's policy.");
        if (code == ReasonCode.EvidenceMissing)
            return new(null!, null, $"Không có tài liệu kiểm chứng: 0/{max} điểm.", $"Required evidence is missing: 0 of {max} points, whatever was claimed.");
        return new(null!, null, $"Tài liệu kiểm chứng không đảm bảo: 0/{max} điểm.", $"Evidence is insufficient: 0 of {max} points, whatever was claimed.");
    });

    private static Reason AdjustmentReason(Adjustment adjustment, int occurrences, decimal points)
    {
        var bonus = adjustment.Kind == AdjustmentKind.Bonus;
        return new(bonus ? ReasonCode.Bonus : ReasonCode.Penalty, null, occurrences.ToString(System.Globalization.CultureInfo.InvariantCulture), null,
            $"{(bonus ? "Điểm thưởng" : "Điểm trừ")} \"{adjustment.Name}\" ({occurrences} lần): {(bonus ? "+" : "-")}{Text.N(points)} điểm.",
            $"{(bonus ? "Bonus" : "Penalty")} \"{adjustment.NameEn ?? adjustment.Name}\" ({occurrences} occurrence(s)): {(bonus ? "+" : "-")}{Text.N(points)} points.");
    }

    private static Reason ChildrenReason(CompiledFramework compiled, int n, ScoringWorkspace ws)
    {
        // The losses are read now (the workspace is reused), the words composed when someone reads them.
        var children = compiled.ChildrenOf(n);
        var losses = new List<(string Code, decimal Lost)>(children.Length);
        foreach (var c in children)
        {
            var lost = ws.Applicable[c] - ws.Awarded[c];
            if (lost > 0m && !ws.Excluded[c]) losses.Add((compiled.NodeAt(c).Code, lost));
        }
        var lostHere = ws.Applicable[n] - ws.Awarded[n];
        return new Reason(ReasonCode.ChildrenBelowMax, () =>
        {
            var list = string.Join(", ", losses.Select(l => $"{l.Code} (-{Text.N(l.Lost)})"));
            return new RuleExplanation(null!, null, $"Mất {Text.N(lostHere)} điểm: {list}.", $"{Text.N(lostHere)} points lost in: {list}.");
        });
    }
}
