using ParIndex.Engine.Cohorts;
using ParIndex.Engine.Model;
using ParIndex.Engine.Results;

namespace ParIndex.Engine.Reports;

/// <summary>
/// What every part of a cohort's reports reads, computed once in O(n log n): the ranking order, the statistics, each
/// area's best, the self-assessed cards and the appraiser's notes by unit.
/// </summary>
internal sealed class CohortFacts
{
    private readonly Dictionary<string, UnitAssessment> _inputs = new(StringComparer.Ordinal);

    public CohortFacts(CohortResult result, ReportOptions options)
    {
        Result = result;
        Options = options;
        Framework = result.Framework;
        Statistics = CohortStatistics.Compute(result);
        var blockOrder = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var unit in result.Units)
            if (unit.Block is not null) blockOrder.TryAdd(unit.Block, blockOrder.Count);
        Ordered = [.. result.Units
            .Select((u, i) => (Unit: u, Order: i))
            .OrderBy(x => result.BlockOrder(x.Unit.Block))
            .ThenBy(x => x.Unit.Rank ?? (x.Unit.Card.IsScored ? int.MaxValue - 1 : int.MaxValue))
            .ThenBy(x => x.Order)
            .Select(x => x.Unit)];
        HasBlocks = blockOrder.Count > 0;
        var ranked = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var unit in result.Units.Where(u => u.Rank is not null))
            ranked[unit.Block ?? string.Empty] = ranked.GetValueOrDefault(unit.Block ?? string.Empty) + 1;
        RankedCount = ranked;
        var scored = result.Units.Where(u => u.Card.IsScored).ToList();
        BestAttainment = [.. Framework.Areas.Select(a => scored.Count == 0 ? 0m : scored.Max(u => Attainment(u.Card.Find(a.Code))))];
        BestPoints = [.. Framework.Areas.Select(a => scored.Count == 0 ? 0m : scored.Max(u => u.Card.Find(a.Code)?.Awarded ?? 0m))];
        HasAdjustments = Framework.Adjustments.Count > 0 || Framework.AllNodes.Any(n => n.Adjustments.Count > 0);
        HasDisqualifiers = Framework.Disqualifiers.Count > 0;
        if (options.Inputs is not null)
            foreach (var unit in options.Inputs) _inputs.TryAdd(unit.UnitId, unit);
    }

    public CohortResult Result { get; }

    public ReportOptions Options { get; }

    public Framework Framework { get; }

    public CohortStatistics Statistics { get; }

    /// <summary>By block, then rank; unranked, then unscored units last; ties in input order.</summary>
    public IReadOnlyList<UnitStanding> Ordered { get; }

    public bool HasBlocks { get; }

    /// <summary>How many units are ranked in each block ("" for no block).</summary>
    public IReadOnlyDictionary<string, int> RankedCount { get; }

    /// <summary>Per area, the best attainment (%) of any scored unit.</summary>
    public IReadOnlyList<decimal> BestAttainment { get; }

    /// <summary>Per area, the most points any scored unit got.</summary>
    public IReadOnlyList<decimal> BestPoints { get; }

    public bool HasAdjustments { get; }

    public bool HasDisqualifiers { get; }

    public int Decimals => Framework.Policy.Rounding.IndexDecimals;

    /// <summary>Awarded / applicable max in %, rounded as the framework rounds the index.</summary>
    public decimal Attainment(NodeScore? node) =>
        node is null || node.ApplicableMaxPoints == 0m ? 0m : Framework.Policy.Rounding.Round(node.Awarded / node.ApplicableMaxPoints * 100m, Decimals);

    /// <summary>The self-assessed card of a unit, where it was scored at that stage.</summary>
    public ScoreCard? SelfCard(string unitId) =>
        Options.SelfAssessment?.Find(unitId) is { Card: { IsScored: true } card } && card.Framework == Result.Identity ? card : null;

    /// <summary>The appraiser's note on a leaf, at the stage the card was scored at.</summary>
    public string? Note(ScoreCard card, string leafCode) =>
        _inputs.TryGetValue(card.UnitId, out var unit) && unit.Stages.TryGetValue(card.Stage, out var stage)
        && stage.Inputs.TryGetValue(leafCode, out var input) && !string.IsNullOrWhiteSpace(input.Note) ? input.Note : null;

    /// <summary>"6/20": the rank of the unit among the ranked units of its block.</summary>
    public string? RankOf(UnitStanding unit) =>
        unit.Rank is { } rank ? $"{rank}/{RankedCount.GetValueOrDefault(unit.Block ?? string.Empty)}" : null;

    public decimal Bonus(ScoreCard card) => card.Adjustments.Where(a => a.Kind == AdjustmentKind.Bonus).Sum(a => a.Points);

    public decimal Penalty(ScoreCard card) => card.Adjustments.Where(a => a.Kind == AdjustmentKind.Penalty).Sum(a => a.Points);

    /// <summary>The disqualifiers that capped a unit's band, as "KL1 → Khá".</summary>
    public string? Cap(ScoreCard card) =>
        card.BandCappedBy.Count == 0 ? null : string.Join("; ", card.BandCappedBy.Select(code =>
            Framework.Disqualifiers.FirstOrDefault(d => d.Code == code) is { } d ? $"{d.Code} → {d.HighestBand}" : code));

    /// <summary>One unit's adjustments and disqualifiers in words: what a footnote says about it.</summary>
    public IEnumerable<string> Marks(ScoreCard card)
    {
        foreach (var a in card.Adjustments)
        {
            var sign = a.Kind == AdjustmentKind.Bonus ? "+" : "−";
            var kind = a.Kind == AdjustmentKind.Bonus ? "điểm thưởng (bonus)" : "điểm trừ (penalty)";
            var at = a.NodeCode is null ? "trên tổng điểm (on the index)" : $"tại (at) {a.NodeCode}";
            yield return $"{kind} {a.Code} «{a.Name}»: {sign}{Format(a.Points)} {at}, {a.Occurrences} lần (times)";
        }
        foreach (var code in card.BandCappedBy)
        {
            var d = Framework.Disqualifiers.FirstOrDefault(x => x.Code == code);
            yield return d is null
                ? $"giới hạn xếp loại (band cap) {code}"
                : $"giới hạn xếp loại (band cap) {d.Code} «{d.Name}»: không cao hơn (at most) {d.HighestBand}";
        }
    }

    /// <summary>The same in short ("trừ P1 −1 tại 1.2 (2 lần)"; "giới hạn K1 → Khá"), the codes explained in the table's footnotes.</summary>
    public IEnumerable<string> ShortMarks(ScoreCard card)
    {
        foreach (var a in card.Adjustments)
        {
            var what = a.Kind == AdjustmentKind.Bonus ? $"thưởng {a.Code} +{Format(a.Points)}" : $"trừ {a.Code} −{Format(a.Points)}";
            var at = a.NodeCode is null ? " (tổng điểm)" : $" tại {a.NodeCode}";
            yield return what + at + (a.Occurrences > 1 ? $" ({a.Occurrences} lần)" : string.Empty);
        }
        foreach (var code in card.BandCappedBy)
            yield return Framework.Disqualifiers.FirstOrDefault(x => x.Code == code) is { } d ? $"giới hạn {d.Code} → {d.HighestBand}" : $"giới hạn {code}";
    }

    public static string Format(decimal value) => ReportCell.Number(value).Format();
}
