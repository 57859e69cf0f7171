using System.Globalization;
using ParIndex.Engine.Cohorts;
using ParIndex.Engine.Results;

namespace ParIndex.Engine.Reports;

/// <summary>
/// The letter to one commune (the shape of Y Tịch's remediation report): its index, band and rank, each area's points
/// against the max and the district's mean, every point lost with the reason and the appraiser's note, and what it
/// claimed in self-assessment against what the appraisal gave.
/// </summary>
public static class UnitLetter
{
    /// <summary>The letter to one unit.</summary>
    /// <exception cref="ArgumentException">No unit of the cohort has this id.</exception>
    public static Report Build(CohortResult result, string unitId, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(options);
        var unit = result.Find(unitId) ?? throw new ArgumentException($"No unit '{unitId}' in the cohort.", nameof(unitId));
        return Build(new CohortFacts(result, options), unit);
    }

    /// <summary>A letter to every unit, in ranking order (the cohort's figures computed once).</summary>
    public static IReadOnlyList<Report> BuildAll(CohortResult result, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(options);
        var facts = new CohortFacts(result, options);
        return [.. facts.Ordered.Select(u => Build(facts, u))];
    }

    private static Report Build(CohortFacts facts, UnitStanding unit)
    {
        var year = facts.Framework.Info.Year.ToString(CultureInfo.InvariantCulture);
        var heading = CohortReport.Heading(facts.Result, facts.Options, $"Kết quả Chỉ số CCHC năm {year}: {unit.UnitName}", unit);
        if (!unit.Card.IsScored)
        {
            var errors = new ReportTable
            {
                Key = "errors", Title = "Lỗi nhập liệu (input errors)", Columns = [new("Lỗi", Wrap: true)],
                Rows = [.. unit.Card.Errors.Select(e => ReportRow.Of(ReportCell.Text(e.Code is null ? e.Message : $"{e.Code}: {e.Message}")))],
            };
            return new Report
            {
                Heading = heading,
                Sections = [new ReportSection { Key = "summary", Title = "Kết quả (result)", ShortTitle = "Kết quả", Paragraphs = [$"{unit.UnitName} chưa được chấm điểm: dữ liệu nhập có lỗi (not scored: its inputs have errors)."], Tables = [errors] }],
            };
        }
        var self = facts.SelfCard(unit.UnitId);
        return new Report { Heading = heading, Sections = [Summary(facts, unit, self), Areas(facts, unit, self), Lost(facts, unit, self)] };
    }

    private static ReportSection Summary(CohortFacts facts, UnitStanding unit, ScoreCard? self)
    {
        var d = facts.Decimals;
        var card = unit.Card;
        var scale = facts.Framework.Policy.Scale;
        var lost = card.BelowMax.Sum(n => n.Lost);
        var rows = new List<ReportRow>
        {
            ReportRow.Of(ReportCell.Text("Chỉ số (index)"), ReportCell.Number(unit.Index, d), ReportCell.Text($"trên (of) {CohortFacts.Format(scale)}")),
            ReportRow.Of(ReportCell.Text("Xếp hạng (rank)"), ReportCell.Text(facts.RankOf(unit) ?? "không xếp hạng (not ranked)"), ReportCell.Text(unit.Block)),
            ReportRow.Of(ReportCell.Text("Bình quân toàn huyện (cohort mean)"), ReportCell.Number(facts.Statistics.Mean, d), ReportCell.Empty),
            ReportRow.Of(ReportCell.Text("Điểm bị mất (points lost)"), ReportCell.Number(lost, d), ReportCell.Text($"{card.BelowMax.Count} tiêu chí (criteria)")),
        };
        if (unit.Band is not null || facts.Framework.Bands.Count > 0)
            rows.Insert(1, ReportRow.Of(ReportCell.Text("Xếp loại (band)"), ReportCell.Text(unit.Band), ReportCell.Text(facts.Cap(card) is { } cap ? $"giới hạn (capped): {cap}" : null)));
        if (self is not null)
        {
            rows.Add(ReportRow.Of(ReportCell.Text("Tự chấm (self-assessed)"), ReportCell.Number(self.Index, d), ReportCell.Empty));
            rows.Add(ReportRow.Of(ReportCell.Text("Chênh lệch thẩm định − tự chấm (appraised − claimed)"), ReportCell.Number(unit.Index - self.Index, d, signed: true), ReportCell.Empty));
        }
        if (facts.HasAdjustments)
        {
            rows.Add(ReportRow.Of(ReportCell.Text("Điểm thưởng (bonus)"), ReportCell.Number(facts.Bonus(card), d, signed: true), ReportCell.Empty));
            rows.Add(ReportRow.Of(ReportCell.Text("Điểm trừ (penalty)"), ReportCell.Number(-facts.Penalty(card), d, signed: true), ReportCell.Empty));
        }
        var sentence = $"{unit.UnitName} đạt {CohortFacts.Format(unit.Index)}/{CohortFacts.Format(scale)} điểm"
            + (unit.Band is null ? string.Empty : $", xếp loại {unit.Band}")
            + (facts.RankOf(unit) is { } r ? $", xếp hạng {r}" : string.Empty)
            + (self is null ? string.Empty : $" (tự chấm {CohortFacts.Format(self.Index)})")
            + $"; các tiêu chí chưa đạt điểm tối đa: {CohortFacts.Format(lost)} điểm.";
        var table = new ReportTable
        {
            Key = "summary", Title = "Kết quả (result)", Rows = rows, Notes = [.. facts.Marks(card)],
            Columns = [new("Nội dung"), new("Kết quả"), new("Ghi chú", Wrap: true)],
        };
        return new ReportSection { Key = "summary", Title = "Kết quả (result)", ShortTitle = "Kết quả", Paragraphs = [sentence], Tables = [table] };
    }

    private static ReportSection Areas(CohortFacts facts, UnitStanding unit, ScoreCard? self)
    {
        var d = facts.Decimals;
        var columns = new List<ReportColumn> { new("Mã"), new("Lĩnh vực", Wrap: true), new("Điểm tối đa", "Tối đa"), new("Điểm đạt", "Đạt"), new("Điểm bị mất", "Mất") };
        if (self is not null) columns.Add(new("Tự chấm"));
        columns.AddRange([new ReportColumn("Tỷ lệ đạt (%)", "Đạt %"), new ReportColumn("Bình quân huyện (%)", "BQ %"), new ReportColumn("Cao nhất huyện (%)", "Cao nhất %")]);
        var areas = facts.Framework.Areas;
        var rows = areas.Select((a, i) =>
        {
            var node = unit.Card[a.Code];
            var cells = new List<ReportCell> { ReportCell.Code(a.Code), ReportCell.Text(a.Name), ReportCell.Number(node.ApplicableMaxPoints, d), ReportCell.Number(node.Awarded, d), ReportCell.Number(node.Lost, d) };
            if (self is not null) cells.Add(ReportCell.Number(self.Find(a.Code)?.Awarded, d));
            cells.AddRange([ReportCell.Number(facts.Attainment(node), d), ReportCell.Number(facts.Statistics.Areas[i].AttainmentPercent, d), ReportCell.Number(facts.BestAttainment[i], d)]);
            return new ReportRow { Cells = cells };
        }).ToList();
        var chart = new ReportChart
        {
            Kind = ChartKind.GroupedBars,
            Title = $"Tỷ lệ đạt theo lĩnh vực: {unit.UnitName}, bình quân và cao nhất huyện (attainment per area, %)",
            Categories = [.. areas.Select(a => $"{a.Code}. {a.Name}")],
            Series =
            [
                new(unit.UnitName, [.. areas.Select(a => (decimal?)facts.Attainment(unit.Card[a.Code]))]),
                new("Bình quân (mean)", [.. facts.Statistics.Areas.Select(a => (decimal?)a.AttainmentPercent)]),
                new("Cao nhất (best)", [.. facts.BestAttainment.Select(v => (decimal?)v)]),
            ],
            Maximum = 100m,
            Unit = "%",
            DataTable = "areas",
        };
        var table = new ReportTable { Key = "areas", Title = "Điểm theo lĩnh vực (points per area)", Columns = columns, Rows = rows, KeyColumns = 2 };
        return new ReportSection { Key = "areas", Title = "Điểm theo lĩnh vực (points per area)", ShortTitle = "Lĩnh vực", Charts = [chart], Tables = [table] };
    }

    private static ReportSection Lost(CohortFacts facts, UnitStanding unit, ScoreCard? self)
    {
        var d = facts.Decimals;
        var columns = new List<ReportColumn> { new("Mã"), new("Tiêu chí", Wrap: true), new("Điểm tối đa", "Tối đa"), new("Điểm đạt", "Đạt"), new("Điểm bị mất", "Mất") };
        if (self is not null) columns.Add(new("Tự chấm"));
        columns.AddRange([new ReportColumn("Lý do", Wrap: true), new ReportColumn("Ghi chú thẩm định", "Ghi chú", Wrap: true)]);
        var rows = unit.Card.BelowMax.Select(n =>
        {
            var cells = new List<ReportCell> { ReportCell.Code(n.Code), ReportCell.Text(n.Name), ReportCell.Number(n.ApplicableMaxPoints, d), ReportCell.Number(n.Awarded, d), ReportCell.Number(n.Lost, d) };
            if (self is not null) cells.Add(ReportCell.Number(self.Find(n.Code)?.Awarded, d));
            cells.AddRange([ReportCell.Text(CohortReport.Reasons(n)), ReportCell.Text(facts.Note(unit.Card, n.Code))]);
            return new ReportRow { Cells = cells };
        }).ToList();
        var total = unit.Card.BelowMax.Sum(n => n.Lost);
        var totalCells = new List<ReportCell> { ReportCell.Empty, ReportCell.Text("Tổng (total)"), ReportCell.Empty, ReportCell.Empty, ReportCell.Number(total, d) };
        if (self is not null) totalCells.Add(ReportCell.Empty);
        totalCells.AddRange([ReportCell.Empty, ReportCell.Empty]);
        if (rows.Count > 0) rows.Add(new ReportRow { IsTotal = true, Cells = totalCells });
        var notes = new List<string>();
        if (self is not null)
        {
            var over = StageComparison.Between(self, unit.Card).OverClaimed;
            if (over.Count > 0)
                notes.Add($"Tự chấm cao hơn thẩm định ở {over.Count} tiêu chí (over-claimed): " + string.Join("; ", over.Select(o => $"{o.Code} ({CohortFacts.Format(o.Claimed)} → {CohortFacts.Format(o.Appraised)})")) + ".");
        }
        var table = new ReportTable { Key = "lost", Title = "Tiêu chí chưa đạt điểm tối đa (points lost and why)", Columns = columns, Rows = rows, Notes = notes, KeyColumns = 2 };
        return new ReportSection
        {
            Key = "lost", Title = "Tiêu chí chưa đạt điểm tối đa (points lost and why)", ShortTitle = "Khắc phục",
            Paragraphs = rows.Count == 0 ? ["Đơn vị đạt điểm tối đa ở mọi tiêu chí (every criterion at its max)."] : [], Tables = [table],
        };
    }
}
