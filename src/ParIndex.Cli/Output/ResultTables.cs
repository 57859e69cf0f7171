using ParIndex.Cli.Inputs;
using ParIndex.Engine.Model;
using ParIndex.Engine.Results;

namespace ParIndex.Cli.Output;

/// <summary>The tables a district publishes, built from score cards.</summary>
internal sealed class ResultTables
{
    private readonly Framework _framework;
    private readonly IReadOnlyList<ScoreCard> _cards;
    private readonly IReadOnlyDictionary<ScoreCard, int> _ranks;

    public ResultTables(Framework framework, IReadOnlyList<ScoreCard> cards)
    {
        _framework = framework;
        _cards = cards;
        _ranks = Output.Ranking.Rank(cards, framework.Policy.Ranking);
        Ordered = Output.Ranking.Order(cards, _ranks);
    }

    /// <summary>The cards in ranking order.</summary>
    public IReadOnlyList<ScoreCard> Ordered { get; }

    public IReadOnlyList<ScoreCard> Scored => [.. Ordered.Where(c => c.IsScored)];

    public int? RankOf(ScoreCard card) => _ranks.TryGetValue(card, out var r) ? r : null;

    private bool HasBlocks => _cards.Any(c => c.Block is not null);

    /// <summary>Rank, unit, (per-area points), index, band.</summary>
    public Table Ranking(bool withAreas)
    {
        var header = new List<string> { "Hạng" };
        if (HasBlocks) header.Add("Khối");
        header.Add("Đơn vị");
        if (withAreas) header.AddRange(_framework.Areas.Select(a => a.Code));
        header.AddRange(["Điểm", "Xếp loại"]);
        var rows = Ordered.Select(c =>
        {
            var row = new List<string> { RankOf(c)?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-" };
            if (HasBlocks) row.Add(c.Block ?? string.Empty);
            row.Add(c.UnitName);
            if (withAreas) row.AddRange(_framework.Areas.Select(a => c.IsScored ? Numbers.Format(c[a.Code].Awarded) : "-"));
            row.Add(c.IsScored ? Numbers.Format(c.Index) : "-");
            row.Add(c.IsScored ? c.Band ?? string.Empty : "lỗi nhập liệu (input error)");
            return (IReadOnlyList<string>)row;
        }).ToList();
        var first = HasBlocks ? 3 : 2;
        var right = new HashSet<int> { 0 };
        for (var i = first; i < header.Count - 1; i++) right.Add(i);
        return new Table("Xếp hạng (ranking)", header, rows, right);
    }

    /// <summary>Per area: max, mean points over the scored units and attainment (mean / max, in %).</summary>
    public Table Areas()
    {
        var scored = Scored;
        var rows = _framework.Areas.Select(a =>
        {
            var mean = scored.Count == 0 ? 0m : scored.Average(c => c[a.Code].Awarded);
            var attainment = a.MaxPoints == 0m ? 0m : mean / a.MaxPoints * 100m;
            return (IReadOnlyList<string>)[a.Code, a.Name, Numbers.Format(a.MaxPoints), Numbers.Format(mean), Numbers.Format(attainment)];
        }).ToList();
        return new Table("Lĩnh vực (areas)", ["Mã", "Lĩnh vực", "Tối đa", "Bình quân", "Tỷ lệ đạt %"], rows, new HashSet<int> { 2, 3, 4 });
    }

    /// <summary>How many scored units are in each band, best first.</summary>
    public Table Bands()
    {
        var scored = Scored;
        var labels = _framework.Bands.Select(b => b.Label).Concat(scored.Select(c => c.Band ?? "(không xếp loại)")).Distinct().ToList();
        var rows = labels.Select(l =>
        {
            var n = scored.Count(c => (c.Band ?? "(không xếp loại)") == l);
            return (IReadOnlyList<string>)[l, n.ToString(System.Globalization.CultureInfo.InvariantCulture), Numbers.Format(scored.Count == 0 ? 0m : n * 100m / scored.Count, 1)];
        }).ToList();
        return new Table("Xếp loại (bands)", ["Xếp loại", "Số đơn vị", "Tỷ lệ %"], rows, new HashSet<int> { 1, 2 });
    }

    /// <summary>Every leaf below its max, per unit, with the points lost and the reason (the list to fix next year).</summary>
    public Table Remediation()
    {
        var rows = Ordered.Where(c => c.IsScored).SelectMany(c => c.BelowMax.Select(n => (IReadOnlyList<string>)
        [
            c.UnitName, n.Code, n.Name, Numbers.Format(n.ApplicableMaxPoints), Numbers.Format(n.Awarded), Numbers.Format(n.Lost),
            string.Join(" ", n.Reasons.Select(r => r.Vietnamese)),
        ])).ToList();
        return new Table("Khắc phục (remediation)", ["Đơn vị", "Mã", "Tiêu chí", "Tối đa", "Đạt", "Mất", "Lý do"], rows, new HashSet<int> { 3, 4, 5 });
    }

    /// <summary>This year against the previous one, unit by unit (matched by unit id).</summary>
    public Table YearOverYear(ResultTables previous)
    {
        var before = previous.Scored.ToDictionary(c => c.UnitId, StringComparer.Ordinal);
        var rows = Ordered.Where(c => c.IsScored).Select(c =>
        {
            before.TryGetValue(c.UnitId, out var p);
            var prevRank = p is null ? null : previous.RankOf(p);
            return (IReadOnlyList<string>)
            [
                c.UnitName,
                p is null ? "-" : Numbers.Format(p.Index),
                Numbers.Format(c.Index),
                p is null ? "mới (new)" : Signed(c.Index - p.Index),
                prevRank?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-",
                RankOf(c)?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-",
                p?.Band ?? "-",
                c.Band ?? string.Empty,
            ];
        }).ToList();
        return new Table("So với năm trước (year over year)", ["Đơn vị", "Điểm năm trước", "Điểm năm nay", "Tăng/giảm", "Hạng trước", "Hạng nay", "Xếp loại trước", "Xếp loại nay"], rows, new HashSet<int> { 1, 2, 3, 4, 5 });
    }

    /// <summary>One line: the count per band and the mean index ("3 Rất tốt, 6 Tốt, 1 Khá; bình quân 86.7").</summary>
    public string Summary()
    {
        var scored = Scored;
        if (scored.Count == 0) return "Không có đơn vị nào được chấm (no unit scored).";
        var bands = scored.GroupBy(c => c.Band ?? "(không xếp loại)").OrderBy(g => BandOrder(g.Key)).Select(g => $"{g.Count()} {g.Key}");
        return $"{scored.Count} đơn vị (units): {string.Join(", ", bands)}; bình quân (mean) {Numbers.Format(scored.Average(c => c.Index))}";
    }

    private int BandOrder(string label)
    {
        for (var i = 0; i < _framework.Bands.Count; i++)
            if (_framework.Bands[i].Label == label) return i;
        return int.MaxValue;
    }

    private static string Signed(decimal d) => d > 0m ? "+" + Numbers.Format(d) : Numbers.Format(d);
}
