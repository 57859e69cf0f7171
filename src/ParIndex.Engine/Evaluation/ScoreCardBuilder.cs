using ParIndex.Engine.Model;
using ParIndex.Engine.Results;
using ParIndex.Engine.Rules;

namespace ParIndex.Engine.Evaluation;

/// <summary>
/// Turns what the evaluation left in a workspace into a score card with a reason for every point lost, or a card of
/// errors when the inputs cannot be scored. Called by <see cref="CompiledFramework"/>; reads the layout through it.
/// </summary>
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
                first = LeafReason(compiled, node, leaf, in row[leaf], in result, inputs.Inputs.GetValueOrDefault(node.Code));
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

        var rounding = framework.Policy.Rounding;
        var parts = new PartScore[compiled.Parts.Count];
        var denominator = 0m;
        for (var p = 0; p < parts.Length; p++)
        {
            if (ws.PartApplicable[p] != 0m) denominator += compiled.Parts[p].MaxPoints;
            parts[p] = new PartScore
            {
                Code = compiled.Parts[p].Code,
                Name = compiled.Parts[p].Name,
                MaxPoints = compiled.Parts[p].MaxPoints,
                ApplicableMaxPoints = ws.PartApplicable[p],
                Awarded = ws.PartAwarded[p],
                Converted = ws.PartConverted[p],
                Reason = ws.PartApplicable[p] != 0m && ws.PartApplicable[p] != compiled.Parts[p].MaxPoints
                    ? PartReason(compiled.Parts[p].Code, ws.PartAwarded[p], ws.PartApplicable[p], compiled.Parts[p].MaxPoints, ws.PartConverted[p], rounding)
                    : null,
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

        return Identified(compiled.Identity, unit, stage) with
        {
            Nodes = nodes,
            Parts = parts,
            Adjustments = applied,
            Total = score.Total,
            Index = score.Index,
            IndexReason = IndexReason(score.Total, denominator, compiled.IndexOf(score.Total, denominator), score.Index, framework.Policy, applied.Where(a => a.NodeCode is null).ToList()),
            Band = compiled.BandLabel(score.BandIndex),
            BandCappedBy = cappedBy,
        };
    }

    /// <summary>The card of a unit whose inputs cannot be scored: its identity and the errors, no nodes.</summary>
    public static ScoreCard ErrorCard(FrameworkIdentity framework, UnitAssessment unit, Stage stage, IReadOnlyList<InputError> errors) =>
        Identified(framework, unit, stage) with { Errors = errors };

    // Whom a card is about, the same on a scored card and an error card: what Build and ErrorCard add to it differs.
    private static ScoreCard Identified(FrameworkIdentity framework, UnitAssessment unit, Stage stage) => new()
    {
        Framework = framework,
        UnitId = unit.UnitId,
        UnitName = unit.UnitName,
        Block = unit.Block,
        Ranked = unit.Ranked,
        Stage = stage,
    };

    private static NodeStatus StatusOf(decimal awarded, decimal applicable) =>
        awarded >= applicable ? NodeStatus.Full : awarded <= 0m ? NodeStatus.Zero : NodeStatus.Partial;

    private static Reason LeafReason(CompiledFramework compiled, Node node, int leaf, in InputCell cell, in LeafResult result, LeafInput? input)
    {
        if (result.Reason == ReasonCode.MissingInput || result.Reason == ReasonCode.NotApplicableExcluded || result.Reason == ReasonCode.NotApplicableFullPoints
            || result.Reason == ReasonCode.NotApplicableZero || result.Reason == ReasonCode.EvidenceMissing || result.Reason == ReasonCode.EvidenceInsufficient)
            return compiled.FixedReasonOf(leaf, result.Reason);
        // A kind whose words need the input as written (a survey's answers as counted), which the compact cell no longer holds.
        if (node.Rule!.ExplainsFromInput && input is not null)
        {
            var (rule, c, r, x) = (node.Rule, cell, result, compiled.ContextOf(leaf));
            return new Reason(result.Reason, () => rule.ExplainFromInput(c, r, x, input), rule.Kind);
        }
        return new Reason(node.Rule!, in cell, in result, compiled.ContextOf(leaf));
    }

    /// <summary>"Quy đổi phần TD: 36,5 × 50 / 45 = 40,555… → 40,56 điểm": the re-basing of a part, redone by hand.</summary>
    private static Reason PartReason(string code, decimal awarded, decimal applicable, decimal max, decimal converted, Rounding rounding) =>
        new(ReasonCode.PartRebased, () =>
        {
            string Formula(bool vi)
            {
                var unrounded = Text.Unrounded(awarded, max, 1m, applicable, 1m, 0, rounding.IndexDecimals, vi);
                var rounded = ExactDivision.Round(awarded, max, applicable, rounding.IndexDecimals, rounding.Mode);
                return $"{Text.Exact(awarded, vi)} × {Text.Exact(max, vi)} / {Text.Exact(applicable, vi)} {Text.Result(unrounded, converted, rounded > max && converted == max, vi, vi ? "điểm" : "points")}";
            }
            return new RuleExplanation(Text.Exact(awarded) + "/" + Text.Exact(applicable), null,
                $"Quy đổi phần {code} (điểm đạt × điểm tối đa của phần / điểm tối đa được tính): {Formula(true)}.",
                $"part {code} re-based (awarded × part max / applicable max): {Formula(false)}.");
        });

    /// <summary>"Chỉ số: 8,8 × 7,5 / 12 = 5,5 → 6": the index from the total, redone by hand, then its adjustments.</summary>
    private static Reason IndexReason(decimal total, decimal denominator, decimal baseIndex, decimal index, ScoringPolicy policy, List<AppliedAdjustment> adjustments) =>
        new(ReasonCode.IndexComputed, () =>
        {
            var rounding = policy.Rounding;
            string Formula(bool vi)
            {
                string text;
                if (denominator == 0m) text = "0";
                else
                {
                    var unrounded = Text.Unrounded(total, policy.Scale, 1m, denominator, 1m, 0, rounding.IndexDecimals, vi);
                    var rounded = ExactDivision.Round(total, policy.Scale, denominator, rounding.IndexDecimals, rounding.Mode);
                    text = $"{Text.Exact(total, vi)} × {Text.Exact(policy.Scale, vi)} / {Text.Exact(denominator, vi)} {Text.Result(unrounded, baseIndex, rounded > policy.Scale && baseIndex == policy.Scale, vi)}";
                }
                if (adjustments.Count == 0) return text;
                var deltas = string.Join(" ", adjustments.Select(a => (a.Kind == AdjustmentKind.Bonus ? "+ " : "− ") + Text.Exact(a.Points, vi)));
                return $"{text}; {deltas} → {Text.Exact(index, vi)}";
            }
            return new RuleExplanation(Text.Exact(total), null,
                $"Chỉ số (tổng điểm × thang điểm / điểm tối đa được tính): {Formula(true)}.",
                $"index (total × scale / applicable max): {Formula(false)}.");
        });

    /// <summary>The reasons that do not depend on the input, in words; made once per leaf when compiling and shared by every card.</summary>
    internal static Reason Fixed(ReasonCode code, decimal maxPoints) => new(code, () =>
    {
        var max = Text.N(maxPoints);
        var maxVi = Text.N(maxPoints, true);
        if (code == ReasonCode.MissingInput)
            return new(null!, null, $"Không có số liệu đầu vào: 0/{maxVi} điểm.", $"No input was given: 0 of {max} points.");
        if (code == ReasonCode.NotApplicableExcluded)
            return new("không phát sinh", null, "Không phát sinh: không tính vào điểm đạt và điểm tối đa.", "Not applicable: left out of both awarded points and max.");
        if (code == ReasonCode.NotApplicableFullPoints)
            return new("không phát sinh", null, $"Không phát sinh: được điểm tối đa {maxVi} theo quy định của bộ chỉ số.", $"Not applicable: full {max} points by the framework's policy.");
        if (code == ReasonCode.NotApplicableZero)
            return new("không phát sinh", null, $"Không phát sinh: 0/{maxVi} điểm theo quy định của bộ chỉ số.", $"Not applicable: 0 of {max} points by the framework's policy.");
        if (code == ReasonCode.EvidenceMissing)
            return new(null!, null, $"Không có tài liệu kiểm chứng: 0/{maxVi} điểm.", $"Required evidence is missing: 0 of {max} points, whatever was claimed.");
        return new(null!, null, $"Tài liệu kiểm chứng không đảm bảo: 0/{maxVi} điểm.", $"Evidence is insufficient: 0 of {max} points, whatever was claimed.");
    });

    private static Reason AdjustmentReason(Adjustment adjustment, int occurrences, decimal points)
    {
        var bonus = adjustment.Kind == AdjustmentKind.Bonus;
        return new(bonus ? ReasonCode.Bonus : ReasonCode.Penalty, null, occurrences.ToString(System.Globalization.CultureInfo.InvariantCulture), null,
            $"{(bonus ? "Điểm thưởng" : "Điểm trừ")} \"{adjustment.Name}\" ({occurrences} lần): {(bonus ? "+" : "-")}{Text.N(points, true)} điểm.",
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
            string List(bool vi) => string.Join(", ", losses.Select(l => $"{l.Code} (-{Text.N(l.Lost, vi)})"));
            return new RuleExplanation(null!, null, $"Mất {Text.N(lostHere, true)} điểm: {List(true)}.", $"{Text.N(lostHere)} points lost in: {List(false)}.");
        });
    }
}
