using ParIndex.Cli.Inputs;
using ParIndex.Engine.Cohorts;
using ParIndex.Engine.Model;
using ParIndex.Engine.Results;

namespace ParIndex.Cli.Output;

/// <summary>
/// The tables a district publishes, for the terminal, CSV, Markdown and Excel, built from the engine's cohort results
/// (ranks and final bands per block, statistics, year over year): the CLI formats, the engine computes.
/// </summary>
internal sealed class ResultTables
{
    private readonly CohortResult _result;
    private readonly Dictionary<ScoreCard, UnitStanding> _standings = new(ReferenceEqualityComparer.Instance);

    private readonly System.Globalization.CultureInfo? _culture;

    public ResultTables(CohortResult result, System.Globalization.CultureInfo? culture = null)
    {
        _result = result;
        _culture = culture;
        foreach (var unit in result.Units) _standings[unit.Card] = unit;
        Statistics = CohortStatistics.Compute(result);
        Ordered = [.. result.Units
            .Select((u, i) => (Unit: u, Order: i))
            .OrderBy(x => result.BlockOrder(x.Unit.Block))
            .ThenBy(x => x.Unit.Rank ?? (x.Unit.Card.IsScored ? int.MaxValue - 1 : int.MaxValue))
            .ThenBy(x => x.Order)
            .Select(x => x.Unit.Card)];
    }

    private Framework Framework => _result.Framework;

    /// <summary>The statistics of the cohort, rounded as the framework says.</summary>
    public CohortStatistics Statistics { get; }

    /// <summary>The cards in ranking order: by block, then rank; unranked, then unscored units last.</summary>
    public IReadOnlyList<ScoreCard> Ordered { get; }

    public IReadOnlyList<ScoreCard> Scored => [.. Ordered.Where(c => c.IsScored)];

    public int? RankOf(ScoreCard card) => _standings.TryGetValue(card, out var s) ? s.Rank : null;

    /// <summary>The final band: the card's band after the framework's cohort band rules (quota, bands by rank).</summary>
    public string? BandOf(ScoreCard card) => _standings.TryGetValue(card, out var s) ? s.Band : card.Band;

    private bool HasBlocks => _result.Units.Any(u => u.Block is not null);

    /// <summary>Rank, unit, (per-area points), index, band.</summary>
    public Table Ranking(bool withAreas)
    {
        var header = new List<string> { "Hạng" };
        if (HasBlocks) header.Add("Khối");
        header.Add("Đơn vị");
        if (withAreas) header.AddRange(Framework.Areas.Select(a => a.Code));
        header.AddRange(["Điểm", "Xếp loại"]);
        var rows = Ordered.Select(c =>
        {
            var row = new List<string> { RankOf(c)?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-" };
            if (HasBlocks) row.Add(c.Block ?? string.Empty);
            row.Add(c.UnitName);
            if (withAreas) row.AddRange(Framework.Areas.Select(a => c.IsScored ? Numbers.Format(c[a.Code].Awarded, 2, _culture) : "-"));
            row.Add(c.IsScored ? Numbers.Format(c.Index, 2, _culture) : "-");
            row.Add(c.IsScored ? BandOf(c) ?? string.Empty : "lỗi nhập liệu (input error)");
            return (IReadOnlyList<string>)row;
        }).ToList();
        var first = HasBlocks ? 3 : 2;
        var right = new HashSet<int> { 0 };
        for (var i = first; i < header.Count - 1; i++) right.Add(i);
        return new Table("Xếp hạng (ranking)", header, rows, right);
    }

    /// <summary>Per area: max, mean points over the scored units and attainment (awarded / applicable max, in %).</summary>
    public Table Areas()
    {
        var rows = Statistics.Areas.Select(a => (IReadOnlyList<string>)
            [a.Code, a.Name, Numbers.Format(a.MaxPoints, 2, _culture), Numbers.Format(a.MeanPoints, 2, _culture), Numbers.Format(a.AttainmentPercent, 2, _culture)]).ToList();
        return new Table("Lĩnh vực (areas)", ["Mã", "Lĩnh vực", "Tối đa", "Bình quân", "Tỷ lệ đạt %"], rows, new HashSet<int> { 2, 3, 4 });
    }

    /// <summary>How many scored units are in each band, best first, with the true sum of the rounded shares.</summary>
    public Table Bands()
    {
        var rows = Statistics.Bands.Select(b => (IReadOnlyList<string>)
            [b.Label, b.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), Numbers.Format(b.SharePercent, 2, _culture)]).ToList();
        rows.Add(["Tổng (total)", Statistics.Bands.Sum(b => b.Count).ToString(System.Globalization.CultureInfo.InvariantCulture), Numbers.Format(Statistics.ShareSum, 2, _culture)]);
        return new Table("Xếp loại (bands)", ["Xếp loại", "Số đơn vị", "Tỷ lệ %"], rows, new HashSet<int> { 1, 2 });
    }

    /// <summary>Every leaf below its max, per unit, with the points lost and the reason (the list to fix next year).</summary>
    public Table Remediation()
    {
        var rows = Ordered.Where(c => c.IsScored).SelectMany(c => c.BelowMax.Select(n => (IReadOnlyList<string>)
        [
            c.UnitName, n.Code, n.Name, Numbers.Format(n.ApplicableMaxPoints, 2, _culture), Numbers.Format(n.Awarded, 2, _culture), Numbers.Format(n.Lost, 2, _culture),
            string.Join(" ", n.Reasons.Select(r => r.Vietnamese)) + (n.Note is { } note ? $" Ghi chú: {note}" : string.Empty),
        ])).ToList();
        return new Table("Khắc phục (remediation)", ["Đơn vị", "Mã", "Tiêu chí", "Tối đa", "Đạt", "Mất", "Lý do"], rows, new HashSet<int> { 3, 4, 5 });
    }

    /// <summary>This year against the previous one, unit by unit (matched by unit id), and the counts a district publishes.</summary>
    public Table YearOverYear(ResultTables previous)
    {
        var comparison = Engine.Cohorts.YearOverYear.Between(previous._result, _result);
        var rows = comparison.Units.Select(u => (IReadOnlyList<string>)
        [
            u.UnitName,
            u.PreviousIndex is { } p ? Numbers.Format(p, 2, _culture) : "-",
            u.CurrentIndex is { } c ? Numbers.Format(c, 2, _culture) : "-",
            u.IndexDelta is { } d ? Signed(d) : !u.InPreviousYear ? "mới (new)" : !u.InCurrentYear ? "không còn (gone)" : "-",
            u.PreviousRank?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-",
            u.CurrentRank?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-",
            u.PreviousBand ?? "-",
            u.CurrentBand ?? "-",
        ]).ToList();
        return new Table(
            $"So với năm trước (year over year): {comparison.Gained} tăng điểm, {comparison.Lost} giảm điểm; {comparison.MovedUp} tăng hạng, {comparison.KeptRank} giữ hạng, {comparison.MovedDown} giảm hạng",
            ["Đơn vị", "Điểm năm trước", "Điểm năm nay", "Tăng/giảm", "Hạng trước", "Hạng nay", "Xếp loại trước", "Xếp loại nay"], rows, new HashSet<int> { 1, 2, 3, 4, 5 });
    }

    /// <summary>One line: the count per band and the mean index ("10 đơn vị (units): 3 Rất tốt, 6 Tốt, 1 Khá; bình quân (mean) 86.7").</summary>
    public string Summary()
    {
        if (Statistics.Count == 0) return "Không có đơn vị nào được chấm (no unit scored).";
        var bands = Statistics.Bands.Where(b => b.Count > 0).Select(b => $"{b.Count} {b.Label}");
        var unbanded = Statistics.Count - Statistics.Bands.Sum(b => b.Count);
        if (unbanded > 0) bands = bands.Append($"{unbanded} (không xếp loại)");
        return $"{Statistics.Count} đơn vị (units): {string.Join(", ", bands)}; bình quân (mean) {Numbers.Format(Statistics.Mean, 2, _culture)}";
    }

    private string Signed(decimal d) => d > 0m ? "+" + Numbers.Format(d, 2, _culture) : Numbers.Format(d, 2, _culture);
}
