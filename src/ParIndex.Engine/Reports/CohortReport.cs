using System.Globalization;
using ParIndex.Engine.Cohorts;
using ParIndex.Engine.Model;
using ParIndex.Engine.Results;

namespace ParIndex.Engine.Reports;

/// <summary>
/// The report a district publishes about a cohort (the decision's annex): the ranking with bonuses, penalties and band
/// caps, the per-area attainment, the bands, the year over year (with last year's cohort), self-assessed against
/// appraised (with the self-assessment) and the remediation list, every criterion below its max per unit.
/// </summary>
public static class CohortReport
{
    /// <summary>Builds the report.</summary>
    public static Report Build(CohortResult result, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(options);
        var facts = new CohortFacts(result, options);
        var sections = new List<ReportSection> { RankingSection(facts), AreasSection(facts), BandsSection(facts) };
        if (options.Previous is not null) sections.Add(YearOverYearSection(facts, YearOverYear.Between(options.Previous, result)));
        if (options.SelfAssessment is not null && result.Scored.Any(u => facts.SelfCard(u.UnitId) is not null)) sections.Add(SelfSection(facts));
        sections.Add(RemediationSection(facts));
        return new Report { Heading = Heading(result, options, $"Kết quả Chỉ số cải cách hành chính năm {result.Framework.Info.Year.ToString(CultureInfo.InvariantCulture)}", null), Sections = sections };
    }

    /// <summary>The ranking alone (what <c>parindex score</c> prints): the ranking section and its summary.</summary>
    /// <param name="result">The scored cohort.</param>
    /// <param name="options">The date and inputs.</param>
    /// <param name="withAreas">Whether to show each area's points (the demo shows only the index).</param>
    public static Report Ranking(CohortResult result, ReportOptions options, bool withAreas = true)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(options);
        var facts = new CohortFacts(result, options);
        return new Report { Heading = Heading(result, options, $"Xếp hạng Chỉ số cải cách hành chính năm {result.Framework.Info.Year.ToString(CultureInfo.InvariantCulture)}", null), Sections = [RankingSection(facts, withAreas)] };
    }

    /// <summary>
    /// One row per unit for other programs: rank, id, name, block, points per area, total, index, band and errors, with
    /// ASCII headers and up to six decimals (the ranked CSV of <c>parindex score</c>; bonuses, penalties and band caps
    /// are in the points and the band here, and named in the ranking of <see cref="Build"/>).
    /// </summary>
    public static ReportTable Data(CohortResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var facts = new CohortFacts(result, new ReportOptions { Generated = default });
        var areas = facts.Framework.Areas;
        var rows = facts.Ordered.Select(u => new ReportRow
        {
            UnitId = u.UnitId,
            Cells =
            [
                ReportCell.Whole(u.Rank), ReportCell.Code(u.UnitId), ReportCell.Text(u.UnitName), ReportCell.Text(u.Block),
                .. areas.Select(a => u.Card.IsScored ? ReportCell.Number(u.Card[a.Code].Awarded, 6) : ReportCell.Empty),
                u.Card.IsScored ? ReportCell.Number(u.Card.Total, 6) : ReportCell.Empty,
                u.Card.IsScored ? ReportCell.Number(u.Index, 6) : ReportCell.Empty,
                ReportCell.Text(u.Card.IsScored ? u.Band : null),
                ReportCell.Text(string.Join("; ", u.Card.Errors.Select(e => e.ToString()))),
            ],
        }).ToList();
        return new ReportTable
        {
            Key = "scores",
            Title = "Kết quả (scores)",
            Columns = [new("rank"), new("unit_id"), new("unit_name"), new("block"), .. areas.Select(a => new ReportColumn("area_" + a.Code)),
                new("total"), new("index"), new("band"), new("errors")],
            Rows = rows,
        };
    }

    internal static ReportHeading Heading(CohortResult result, ReportOptions options, string title, UnitStanding? recipient) => new()
    {
        Title = title,
        FrameworkName = result.Framework.Info.Name,
        Issuer = result.Framework.Info.Issuer,
        Year = result.Framework.Info.Year,
        Stage = ReportWords.Stage(result.Stage),
        LegalBasis = result.Framework.Info.LegalBasis,
        Generated = options.Generated,
        Framework = $"{result.Identity.Id} {result.Identity.Version}",
        ContentHash = result.Identity.ContentHash,
        Recipient = recipient?.UnitName,
        RecipientId = recipient?.UnitId,
    };

    /// <summary>"10 đơn vị (units): 3 Rất tốt, 6 Tốt, 1 Khá; bình quân (mean) 86.7".</summary>
    internal static string Summary(CohortFacts facts)
    {
        var s = facts.Statistics;
        if (s.Count == 0) return "Không có đơn vị nào được chấm (no unit scored).";
        var bands = s.Bands.Where(b => b.Count > 0).Select(b => $"{b.Count} {b.Label}");
        var unbanded = s.Count - s.Bands.Sum(b => b.Count);
        if (unbanded > 0) bands = bands.Append($"{unbanded} (không xếp loại)");
        return $"{s.Count} đơn vị (units): {string.Join(", ", bands)}; bình quân (mean) {CohortFacts.Format(s.Mean)}; "
            + $"cao nhất (highest) {CohortFacts.Format(s.Highest)}, thấp nhất (lowest) {CohortFacts.Format(s.Lowest)}.";
    }

    private static ReportSection RankingSection(CohortFacts facts, bool withAreas = true)
    {
        IReadOnlyList<Node> areas = withAreas ? facts.Framework.Areas : [];
        var d = facts.Decimals;
        var columns = new List<ReportColumn> { new("Hạng", "Hạng") };
        if (facts.HasBlocks) columns.Add(new("Khối"));
        columns.Add(new("Đơn vị"));
        columns.AddRange(areas.Select(a => new ReportColumn($"{a.Code}. {a.Name} ({CohortFacts.Format(a.MaxPoints)})", a.Code, Wrap: true)));
        if (facts.HasAdjustments) columns.AddRange([new ReportColumn("Điểm thưởng", "Thưởng"), new ReportColumn("Điểm trừ", "Trừ")]);
        columns.AddRange([new ReportColumn("Chỉ số", "Điểm"), new ReportColumn("Xếp loại")]);
        if (facts.HasDisqualifiers) columns.Add(new ReportColumn("Giới hạn xếp loại", "Giới hạn"));
        columns.Add(new ReportColumn("Ghi chú", Wrap: true));

        var notes = new List<string>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        var rows = new List<ReportRow>();
        foreach (var u in facts.Ordered)
        {
            var c = u.Card;
            var cells = new List<ReportCell> { ReportCell.Whole(u.Rank) };
            if (facts.HasBlocks) cells.Add(ReportCell.Text(u.Block));
            cells.Add(ReportCell.Text(u.UnitName));
            cells.AddRange(areas.Select(a => c.IsScored ? ReportCell.Number(c[a.Code].Awarded, d) : ReportCell.Empty));
            if (facts.HasAdjustments)
            {
                var bonus = c.IsScored ? facts.Bonus(c) : 0m;
                var penalty = c.IsScored ? facts.Penalty(c) : 0m;
                cells.Add(bonus == 0m ? ReportCell.Empty : ReportCell.Number(bonus, d, signed: true));
                cells.Add(penalty == 0m ? ReportCell.Empty : ReportCell.Number(-penalty, d, signed: true));
            }
            cells.Add(c.IsScored ? ReportCell.Number(u.Index, d) : ReportCell.Empty);
            cells.Add(ReportCell.Text(c.IsScored ? u.Band : ReportWords.InputError));
            if (facts.HasDisqualifiers) cells.Add(ReportCell.Text(c.IsScored ? facts.Cap(c) : null));
            string? note = null;
            if (!c.IsScored)
            {
                note = string.Join("; ", c.Errors.Select(e => e.Code is null ? e.Message : $"{e.Code}: {e.Message}"));
            }
            else
            {
                var marks = facts.ShortMarks(c).ToList();
                if (!c.Ranked) marks.Insert(0, "không xếp hạng (not ranked)");
                if (marks.Count > 0) note = string.Join("; ", marks);
                foreach (var a in c.Adjustments) used.Add(a.Code);
                foreach (var q in c.BandCappedBy) used.Add(q);
            }
            cells.Add(ReportCell.Text(note));
            rows.Add(new ReportRow { Cells = cells, UnitId = u.UnitId });
        }
        notes.AddRange(Definitions(facts, used));
        if (facts.HasAdjustments) notes.Add("Điểm thưởng, điểm trừ: đã tính trong điểm lĩnh vực và chỉ số (bonuses and penalties are included in the area points and the index).");
        if (facts.HasDisqualifiers) notes.Add("Giới hạn xếp loại: xếp loại cao nhất đơn vị được xếp do điều kiện loại trừ (the best band a disqualifier allows).");

        var table = new ReportTable { Key = "ranking", Title = "Xếp hạng (ranking)", Columns = columns, Rows = rows, Notes = notes, KeyColumns = facts.HasBlocks ? 3 : 2 };
        var scored = facts.Ordered.Where(u => u.Card.IsScored).ToList();
        var chart = new ReportChart
        {
            Kind = ChartKind.Strip,
            Title = "Phân bố chỉ số và ngưỡng xếp loại (index distribution and band thresholds)",
            Categories = [.. scored.Select(u => u.UnitName)],
            Series = [new ChartSeries("Chỉ số (index)", [.. scored.Select(u => (decimal?)u.Index)])],
            Maximum = facts.Framework.Policy.Scale,
            Markers = [.. facts.Framework.Bands.Where(b => b.MinIndex > 0m).Select(b => new ChartMarker($"{b.Label} ≥ {CohortFacts.Format(b.MinIndex)}", b.MinIndex))],
            DataTable = "ranking",
        };
        return new ReportSection { Key = "ranking", Title = "Xếp hạng (ranking)", ShortTitle = "Xếp hạng", Paragraphs = [Summary(facts)], Charts = [chart], Tables = [table] };
    }

    private static ReportSection AreasSection(CohortFacts facts)
    {
        var s = facts.Statistics;
        var d = facts.Decimals;
        var highlight = facts.Options.HighlightUnit is { } id ? facts.Result.Find(id) : null;
        if (highlight is not null && !highlight.Card.IsScored) highlight = null;
        var columns = new List<ReportColumn>
        {
            new("Mã"), new("Lĩnh vực", Wrap: true), new("Điểm tối đa", "Tối đa"), new("Điểm bình quân", "Bình quân"), new("Điểm cao nhất", "Cao nhất"),
            new("Tỷ lệ đạt bình quân (%)", "Đạt %"), new("Tỷ lệ đạt cao nhất (%)", "Cao nhất %"),
        };
        if (highlight is not null) columns.AddRange([new ReportColumn($"{highlight.UnitName}: điểm"), new ReportColumn($"{highlight.UnitName}: tỷ lệ đạt (%)")]);
        var rows = s.Areas.Select((a, i) =>
        {
            var cells = new List<ReportCell>
            {
                ReportCell.Code(a.Code), ReportCell.Text(a.Name), ReportCell.Number(a.MaxPoints, d), ReportCell.Number(a.MeanPoints, d),
                ReportCell.Number(facts.BestPoints[i], d), ReportCell.Number(a.AttainmentPercent, d), ReportCell.Number(facts.BestAttainment[i], d),
            };
            if (highlight is not null)
            {
                var node = highlight.Card.Find(a.Code);
                cells.AddRange([ReportCell.Number(node?.Awarded, d), ReportCell.Number(facts.Attainment(node), d)]);
            }
            return new ReportRow { Cells = cells };
        }).ToList();
        var series = new List<ChartSeries>
        {
            new("Bình quân (mean)", [.. s.Areas.Select(a => (decimal?)a.AttainmentPercent)]),
            new("Cao nhất (best)", [.. facts.BestAttainment.Select(v => (decimal?)v)]),
        };
        if (highlight is not null) series.Add(new(highlight.UnitName, [.. facts.Framework.Areas.Select(a => (decimal?)facts.Attainment(highlight.Card.Find(a.Code)))]));
        var chart = new ReportChart
        {
            Kind = ChartKind.GroupedBars,
            Title = "Tỷ lệ đạt theo lĩnh vực (attainment per area, %)",
            Categories = [.. s.Areas.Select(a => $"{a.Code}. {a.Name}")],
            Series = series,
            Maximum = 100m,
            Unit = "%",
            DataTable = "areas",
        };
        var table = new ReportTable
        {
            Key = "areas", Title = "Kết quả theo lĩnh vực (areas)", Columns = columns, Rows = rows, KeyColumns = 2,
            Notes = ["Tỷ lệ đạt = điểm đạt / điểm tối đa được áp dụng (attainment = points awarded / applicable max), trên các đơn vị được chấm."],
        };
        return new ReportSection { Key = "areas", Title = "Kết quả theo lĩnh vực (areas)", ShortTitle = "Lĩnh vực", Charts = [chart], Tables = [table] };
    }

    private static ReportSection BandsSection(CohortFacts facts)
    {
        var s = facts.Statistics;
        var d = facts.Decimals;
        var bands = facts.Framework.Bands;
        var rows = s.Bands.Select((b, i) => ReportRow.Of(
            ReportCell.Text(b.Label), i < bands.Count ? ReportCell.Number(bands[i].MinIndex, d) : ReportCell.Empty,
            ReportCell.Whole(b.Count), ReportCell.Number(b.SharePercent, d))).ToList();
        rows.Add(new ReportRow { IsTotal = true, Cells = [ReportCell.Text("Tổng (total)"), ReportCell.Empty, ReportCell.Whole(s.Bands.Sum(b => b.Count)), ReportCell.Number(s.ShareSum, d)] });
        var notes = new List<string> { "Tổng tỷ lệ là tổng thật của các tỷ lệ đã làm tròn, không ép về 100 (the total share is the true sum of the rounded shares)." };
        var unbanded = s.Count - s.Bands.Sum(b => b.Count);
        if (unbanded > 0) notes.Add($"{unbanded} đơn vị được chấm nhưng không xếp loại (scored, not banded).");
        var chart = new ReportChart
        {
            Kind = ChartKind.Bars,
            Title = "Số đơn vị theo xếp loại (units per band)",
            Categories = [.. s.Bands.Select(b => b.Label)],
            Series = [new ChartSeries("Số đơn vị (units)", [.. s.Bands.Select(b => (decimal?)b.Count)])],
            DataTable = "bands",
        };
        var table = new ReportTable
        {
            Key = "bands", Title = "Xếp loại (bands)", Rows = rows, Notes = notes,
            Columns = [new("Xếp loại"), new("Từ (chỉ số ≥)", "Từ"), new("Số đơn vị"), new("Tỷ lệ (%)", "Tỷ lệ %")],
        };
        return new ReportSection { Key = "bands", Title = "Xếp loại (bands)", ShortTitle = "Xếp loại", Charts = [chart], Tables = [table] };
    }

    private static ReportSection YearOverYearSection(CohortFacts facts, YearOverYear y)
    {
        var d = facts.Decimals;
        var newUnits = y.NewUnits.ToHashSet(StringComparer.Ordinal);
        var goneUnits = y.GoneUnits.ToHashSet(StringComparer.Ordinal);
        var rows = y.Units.Select(u => new ReportRow
        {
            UnitId = u.UnitId,
            Cells =
            [
                ReportCell.Text(u.UnitName), ReportCell.Number(u.PreviousIndex, d), ReportCell.Number(u.CurrentIndex, d),
                u.IndexDelta is { } delta ? ReportCell.Number(delta, d, signed: true) : ReportCell.Text(Missing(u, newUnits, goneUnits)),
                ReportCell.Whole(u.PreviousRank), ReportCell.Whole(u.CurrentRank), ReportCell.Text(ReportWords.Movement(u.Rank)),
                ReportCell.Text(u.PreviousBand), ReportCell.Text(u.CurrentBand), ReportCell.Text(ReportWords.Movement(u.Band)),
            ],
        }).ToList();
        var both = y.Units.Where(u => u.PreviousIndex is not null && u.CurrentIndex is not null).ToList();
        var chart = new ReportChart
        {
            Kind = ChartKind.Slope,
            Title = "Chỉ số năm trước và năm nay (index, last year and this year)",
            Categories = [.. both.Select(u => u.UnitName)],
            Series = [new ChartSeries("Năm trước (last year)", [.. both.Select(u => u.PreviousIndex)]), new ChartSeries("Năm nay (this year)", [.. both.Select(u => u.CurrentIndex)])],
            Maximum = facts.Framework.Policy.Scale,
            DataTable = "year-over-year",
        };
        var summary = $"{y.Gained} đơn vị tăng điểm, {y.Lost} giảm điểm, {y.Unchanged} giữ nguyên; {y.MovedUp} tăng hạng, {y.KeptRank} giữ hạng, {y.MovedDown} giảm hạng "
            + $"({y.Gained} gained points, {y.Lost} lost; {y.MovedUp} moved up, {y.KeptRank} kept their rank, {y.MovedDown} moved down).";
        var notes = new List<string> { "Đối chiếu theo mã đơn vị (matched by unit id)." };
        if (y.NewUnits.Count > 0) notes.Add($"Đơn vị mới (new): {string.Join(", ", y.NewUnits)}.");
        if (y.GoneUnits.Count > 0) notes.Add($"Đơn vị không còn (gone): {string.Join(", ", y.GoneUnits)}.");
        var table = new ReportTable
        {
            Key = "year-over-year", Title = "So sánh với năm trước (year over year)", Rows = rows, Notes = notes,
            Columns =
            [
                new("Đơn vị"), new("Chỉ số năm trước", "Năm trước"), new("Chỉ số năm nay", "Năm nay"), new("Tăng/giảm"), new("Hạng năm trước", "Hạng trước"),
                new("Hạng năm nay", "Hạng nay"), new("Thứ hạng"), new("Xếp loại năm trước", "XL trước"), new("Xếp loại năm nay", "XL nay"), new("Xếp loại thay đổi", "XL đổi"),
            ],
        };
        return new ReportSection { Key = "year-over-year", Title = "So sánh với năm trước (year over year)", ShortTitle = "So sánh", Paragraphs = [summary], Charts = [chart], Tables = [table] };
    }

    private static ReportSection SelfSection(CohortFacts facts)
    {
        var d = facts.Decimals;
        var rows = new List<ReportRow>();
        foreach (var u in facts.Ordered.Where(u => u.Card.IsScored))
        {
            var self = facts.SelfCard(u.UnitId);
            if (self is null) continue;
            var over = StageComparison.Between(self, u.Card).OverClaimed;
            rows.Add(new ReportRow
            {
                UnitId = u.UnitId,
                Cells = [ReportCell.Text(u.UnitName), ReportCell.Number(self.Index, d), ReportCell.Number(u.Index, d), ReportCell.Number(u.Index - self.Index, d, signed: true),
                    ReportCell.Whole(over.Count), ReportCell.Number(over.Sum(n => -n.Delta), d)],
            });
        }
        var units = new ReportTable
        {
            Key = "self-vs-appraisal", Title = "Tự chấm và thẩm định theo đơn vị (self-assessed and appraised, per unit)", Rows = rows,
            Columns = [new("Đơn vị"), new("Tự chấm"), new("Thẩm định"), new("Chênh lệch"), new("Số tiêu chí tự chấm cao hơn", "TC cao hơn"), new("Điểm tự chấm cao hơn", "Điểm cao hơn")],
            Notes = ["Chênh lệch = thẩm định − tự chấm (appraised − self-assessed); số âm: đơn vị tự chấm cao hơn."],
        };
        var most = OverClaimedCriterion.MostOften(facts.Options.SelfAssessment!, facts.Result).Take(facts.Options.OverClaimedShown).ToList();
        var criteria = new ReportTable
        {
            Key = "over-claimed", Title = "Tiêu chí tự chấm cao hơn thẩm định nhiều nhất (criteria most over-claimed)",
            Rows = [.. most.Select(c => ReportRow.Of(ReportCell.Code(c.Code), ReportCell.Text(c.Name), ReportCell.Whole(c.Units), ReportCell.Number(c.Points, d)))],
            Columns = [new("Mã"), new("Tiêu chí", Wrap: true), new("Số đơn vị"), new("Tổng điểm chênh", "Điểm chênh")],
            KeyColumns = 2,
        };
        return new ReportSection { Key = "self-vs-appraisal", Title = "Tự chấm – thẩm định (self-assessed and appraised)", ShortTitle = "Tự chấm – thẩm định", Tables = [units, criteria] };
    }

    private static ReportSection RemediationSection(CohortFacts facts)
    {
        var d = facts.Decimals;
        var rows = new List<ReportRow>();
        foreach (var u in facts.Ordered.Where(u => u.Card.IsScored))
            foreach (var n in u.Card.BelowMax)
                rows.Add(new ReportRow
                {
                    UnitId = u.UnitId,
                    Cells =
                    [
                        ReportCell.Text(u.UnitName), ReportCell.Code(n.Code), ReportCell.Text(n.Name), ReportCell.Number(n.ApplicableMaxPoints, d),
                        ReportCell.Number(n.Awarded, d), ReportCell.Number(n.Lost, d), ReportCell.Text(Reasons(n)), ReportCell.Text(facts.Note(u.Card, n.Code)),
                    ],
                });
        var table = new ReportTable
        {
            Key = "remediation", Title = "Tiêu chí chưa đạt điểm tối đa (remediation)", Rows = rows, KeyColumns = 2,
            Columns = [new("Đơn vị"), new("Mã"), new("Tiêu chí", Wrap: true), new("Điểm tối đa", "Tối đa"), new("Điểm đạt", "Đạt"), new("Điểm bị mất", "Mất"),
                new("Lý do", Wrap: true), new("Ghi chú thẩm định", "Ghi chú", Wrap: true)],
        };
        return new ReportSection { Key = "remediation", Title = "Khắc phục: tiêu chí chưa đạt điểm tối đa (remediation)", ShortTitle = "Khắc phục", Tables = [table] };
    }

    /// <summary>What each adjustment and disqualifier that applied in the cohort is, as the framework declares it.</summary>
    internal static IEnumerable<string> Definitions(CohortFacts facts, IReadOnlySet<string> used)
    {
        var adjustments = facts.Framework.Adjustments.Concat(facts.Framework.AllNodes.SelectMany(n => n.Adjustments));
        foreach (var a in adjustments.Where(a => used.Contains(a.Code)).DistinctBy(a => a.Code))
        {
            var kind = a.Kind == AdjustmentKind.Bonus ? "Điểm thưởng (bonus)" : "Điểm trừ (penalty)";
            var amount = a.FixedPoints is { } f ? $"{CohortFacts.Format(f)} điểm" : $"{CohortFacts.Format(a.PointsPerOccurrence ?? 0m)} điểm mỗi lần (per occurrence)";
            yield return $"{a.Code} — {kind}: {a.Name}; {amount}, tối đa (cap) {CohortFacts.Format(a.Cap)}.";
        }
        foreach (var d in facts.Framework.Disqualifiers.Where(d => used.Contains(d.Code)))
            yield return $"{d.Code} — Điều kiện giới hạn xếp loại (disqualifier): {d.Name}; xếp loại cao nhất (best band) {d.HighestBand}.";
    }

    /// <summary>Why a unit has no change: new, gone, or in both years but not scored in one of them.</summary>
    private static string Missing(UnitChange u, HashSet<string> newUnits, HashSet<string> goneUnits) =>
        newUnits.Contains(u.UnitId) ? "mới (new)"
        : goneUnits.Contains(u.UnitId) ? "không còn (gone)"
        : u.PreviousIndex is null ? "không chấm được năm trước (not scored last year)" : "không chấm được năm nay (not scored this year)";

    internal static string Reasons(NodeScore node) => string.Join(" ", node.Reasons.Select(r => r.Vietnamese));
}
