using ParIndex.Engine.Model;
using ParIndex.Engine.Results;
using ParIndex.Engine.Rules;

namespace ParIndex.Engine.Evaluation;

/// <summary>Turns what the evaluation left in a workspace into a score card with a reason for every point lost.</summary>
internal static class ScoreCardBuilder
{
    public static ScoreCard Build(CompiledFramework compiled, UnitAssessment unit, Stage stage, InputCell[] row, ScoringWorkspace ws, UnitScore score)
    {
        var framework = compiled.Framework;
        var nodes = new NodeScore[compiled.NodeCount];
        var applied = new List<AppliedAdjustment>();
        for (var n = 0; n < nodes.Length; n++)
        {
            var node = compiled.NodeAt(n);
            var reasons = new List<Reason>();
            var leaf = compiled.LeafOf(n);
            NodeStatus status;
            if (leaf >= 0)
            {
                var result = ws.Leaves[leaf];
                reasons.Add(LeafReason(compiled, node, leaf, row[leaf], result));
                status = result.Status;
            }
            else
            {
                status = ws.Excluded[n] ? NodeStatus.NotApplicable : StatusOf(ws.Awarded[n], ws.Applicable[n]);
            }
            foreach (var (adjustment, slot) in compiled.NodeAdjustmentsOf(n))
            {
                var occurrences = CompiledFramework.OccurrencesIn(row[slot]);
                if (occurrences == 0 || ws.Excluded[n]) continue;
                var points = adjustment.PointsFor(occurrences);
                applied.Add(new AppliedAdjustment(adjustment.Code, adjustment.Name, node.Code, adjustment.Kind, occurrences, points));
                reasons.Add(AdjustmentReason(adjustment, occurrences, points));
            }
            if (leaf >= 0 && status is NodeStatus.Full or NodeStatus.Partial or NodeStatus.Zero && node.Adjustments.Count > 0)
                status = StatusOf(ws.Awarded[n], ws.Applicable[n]);
            if (leaf < 0 && ws.Awarded[n] < ws.Applicable[n])
                reasons.Insert(0, ChildrenReason(compiled, n, ws));
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

    private static Reason LeafReason(CompiledFramework compiled, Node node, int leaf, InputCell cell, LeafResult result)
    {
        var max = Text.N(node.MaxPoints);
        if (result.Reason == ReasonCode.MissingInput)
            return new(result.Reason, null, null, null, $"Không có số liệu đầu vào: 0/{max} điểm.", $"No input was given: 0 of {max} points.");
        if (result.Reason == ReasonCode.NotApplicableExcluded)
            return new(result.Reason, null, "không phát sinh", null, "Không phát sinh: không tính vào điểm đạt và điểm tối đa.", "Not applicable: left out of both awarded points and max.");
        if (result.Reason == ReasonCode.NotApplicableFullPoints)
            return new(result.Reason, null, "không phát sinh", null, $"Không phát sinh: được điểm tối đa {max} theo quy định của bộ chỉ số.", $"Not applicable: full {max} points by the framework's policy.");
        if (result.Reason == ReasonCode.NotApplicableZero)
            return new(result.Reason, null, "không phát sinh", null, $"Không phát sinh: 0/{max} điểm theo quy định của bộ chỉ số.", $"Not applicable: 0 of {max} points by the framework's policy.");
        if (result.Reason == ReasonCode.EvidenceMissing)
            return new(result.Reason, null, null, null, $"Không có tài liệu kiểm chứng: 0/{max} điểm.", $"Required evidence is missing: 0 of {max} points, whatever was claimed.");
        if (result.Reason == ReasonCode.EvidenceInsufficient)
            return new(result.Reason, null, null, null, $"Tài liệu kiểm chứng không đảm bảo: 0/{max} điểm.", $"Evidence is insufficient: 0 of {max} points, whatever was claimed.");
        var rule = node.Rule!;
        var explanation = rule.Explain(in cell, in result, compiled.ContextOf(leaf));
        return new(result.Reason, rule.Kind, explanation.Input, explanation.Threshold, explanation.Vietnamese, explanation.English);
    }

    private static Reason AdjustmentReason(Adjustment adjustment, int occurrences, decimal points)
    {
        var bonus = adjustment.Kind == AdjustmentKind.Bonus;
        return new(bonus ? ReasonCode.Bonus : ReasonCode.Penalty, null, occurrences.ToString(System.Globalization.CultureInfo.InvariantCulture), null,
            $"{(bonus ? "Điểm thưởng" : "Điểm trừ")} \"{adjustment.Name}\" ({occurrences} lần): {(bonus ? "+" : "-")}{Text.N(points)} điểm.",
            $"{(bonus ? "Bonus" : "Penalty")} \"{adjustment.NameEn ?? adjustment.Name}\" ({occurrences} occurrence(s)): {(bonus ? "+" : "-")}{Text.N(points)} points.");
    }

    private static Reason ChildrenReason(CompiledFramework compiled, int n, ScoringWorkspace ws)
    {
        var losses = new List<string>();
        foreach (var c in compiled.ChildrenOf(n))
        {
            var lost = ws.Applicable[c] - ws.Awarded[c];
            if (lost > 0m && !ws.Excluded[c]) losses.Add($"{compiled.NodeAt(c).Code} (-{Text.N(lost)})");
        }
        var lostHere = ws.Applicable[n] - ws.Awarded[n];
        var list = string.Join(", ", losses);
        return new(ReasonCode.ChildrenBelowMax, null, null, null,
            $"Mất {Text.N(lostHere)} điểm: {list}.", $"{Text.N(lostHere)} points lost in: {list}.");
    }
}
