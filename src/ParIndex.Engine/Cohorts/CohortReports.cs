using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ParIndex.Engine.Results;

namespace ParIndex.Engine.Cohorts;

/// <summary>
/// The reports districts publish, as <see cref="ReportTable"/>s (CSV, Markdown) and as one JSON document: the ranked
/// table, the per-area table, the band distribution, the year-over-year table and the remediation list.
/// </summary>
public static class CohortReports
{
    /// <summary>The ranked table: rank, unit, block, points per area, index and band; unranked units last, units with errors at the end.</summary>
    public static ReportTable Ranking(CohortResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var areas = result.Framework.Areas;
        var ordered = result.Units.Where(u => u.Rank is not null).OrderBy(u => result.Blocks.IndexOf(u.Block)).ThenBy(u => u.Rank)
            .Concat(result.Units.Where(u => u.Rank is null && u.Card.IsScored))
            .Concat(result.Failed);
        var rows = ordered.Select(u => (IReadOnlyList<object?>)[
            u.Rank, u.UnitName, u.Block,
            .. areas.Select(a => u.Card.IsScored ? (object?)u.Card[a.Code].Awarded : null),
            u.Card.IsScored ? u.Index : null, u.Band,
            u.Card.IsScored ? null : string.Join("; ", u.Card.Errors.Select(e => e.Code is null ? e.Message : $"{e.Code}: {e.Message}"))]).ToList();
        return new ReportTable
        {
            Title = $"Xếp hạng / Ranking — {result.Framework.Info.Name}",
            Columns = ["Hạng / Rank", "Đơn vị / Unit", "Khối / Block", .. areas.Select(a => a.Code), "Chỉ số / Index", "Xếp loại / Band", "Lỗi / Errors"],
            Rows = rows,
        };
    }

    /// <summary>The per-area table: max, mean points and attainment in %.</summary>
    public static ReportTable Areas(CohortStatistics statistics)
    {
        ArgumentNullException.ThrowIfNull(statistics);
        return new ReportTable
        {
            Title = "Kết quả theo lĩnh vực / Areas",
            Columns = ["Mã / Code", "Lĩnh vực / Area", "Điểm tối đa / Max", "Điểm trung bình / Mean", "Tỷ lệ đạt (%) / Attainment (%)"],
            Rows = [.. statistics.Areas.Select(a => (IReadOnlyList<object?>)[a.Code, a.Name, a.MaxPoints, a.MeanPoints, a.AttainmentPercent])],
        };
    }

    /// <summary>The band distribution: count and share per band, and a last row with the true sum of the shares.</summary>
    public static ReportTable Bands(CohortStatistics statistics)
    {
        ArgumentNullException.ThrowIfNull(statistics);
        return new ReportTable
        {
            Title = "Phân loại / Bands",
            Columns = ["Xếp loại / Band", "Số đơn vị / Units", "Tỷ lệ (%) / Share (%)"],
            Rows = [.. statistics.Bands.Select(b => (IReadOnlyList<object?>)[b.Label, b.Count, b.SharePercent]),
                ["Tổng / Total", statistics.Bands.Sum(b => b.Count), statistics.ShareSum]],
        };
    }

    /// <summary>The year-over-year table: index, rank and band both years, and the movements.</summary>
    public static ReportTable YearOverYear(YearOverYear comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        return new ReportTable
        {
            Title = "So sánh với năm trước / Year over year",
            Columns = ["Đơn vị / Unit", "Chỉ số năm trước / Previous index", "Chỉ số / Index", "Tăng giảm / Change", "Hạng năm trước / Previous rank", "Hạng / Rank", "Thứ hạng / Rank movement", "Xếp loại năm trước / Previous band", "Xếp loại / Band", "Xếp loại thay đổi / Band movement"],
            Rows = [.. comparison.Units.Select(u => (IReadOnlyList<object?>)[
                u.UnitName, u.PreviousIndex, u.CurrentIndex, u.IndexDelta, u.PreviousRank, u.CurrentRank, Word(u.Rank), u.PreviousBand, u.CurrentBand, Word(u.Band)])],
        };
    }

    /// <summary>The remediation list (Y Tịch's report): every leaf below its max, per unit, with the points lost and why.</summary>
    public static ReportTable Remediation(CohortResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var rows = new List<IReadOnlyList<object?>>();
        foreach (var unit in result.Scored)
            foreach (var node in unit.Card.BelowMax)
                rows.Add([unit.UnitName, node.Code, node.Name, node.ApplicableMaxPoints, node.Awarded, node.Lost, node.Reasons.Count > 0 ? node.Reasons[0].Vietnamese : null, node.Reasons.Count > 0 ? node.Reasons[0].Code.Value : null]);
        return new ReportTable
        {
            Title = "Tiêu chí chưa đạt điểm tối đa / Criteria below max",
            Columns = ["Đơn vị / Unit", "Mã / Code", "Tiêu chí / Criterion", "Điểm tối đa / Max", "Điểm đạt / Awarded", "Điểm bị mất / Lost", "Lý do / Reason", "Mã lý do / Reason code"],
            Rows = rows,
        };
    }

    /// <summary>The criteria most often over-claimed in self-assessment.</summary>
    public static ReportTable OverClaimed(IReadOnlyList<OverClaimedCriterion> criteria)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        return new ReportTable
        {
            Title = "Tiêu chí tự chấm cao hơn thẩm định / Criteria over-claimed",
            Columns = ["Mã / Code", "Tiêu chí / Criterion", "Số đơn vị / Units", "Điểm chênh / Points"],
            Rows = [.. criteria.Select(c => (IReadOnlyList<object?>)[c.Code, c.Name, c.Units, c.Points])],
        };
    }

    /// <summary>
    /// Everything as one JSON document (UTF-8, Vietnamese unescaped, numbers exact): the framework's identity, every
    /// unit's standing, the statistics and, when given, the year-over-year comparison.
    /// </summary>
    public static string ToJson(CohortResult result, CohortStatistics? statistics = null, YearOverYear? yearOverYear = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        statistics ??= CohortStatistics.Compute(result);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, NewLine = "\n" }))
        {
            w.WriteStartObject();
            w.WriteStartObject("framework");
            w.WriteString("id", result.Identity.Id);
            w.WriteString("version", result.Identity.Version);
            w.WriteString("contentHash", result.Identity.ContentHash);
            w.WriteEndObject();
            w.WriteString("stage", Camel(result.Stage.ToString()));
            w.WriteStartArray("units");
            foreach (var u in result.Units)
            {
                w.WriteStartObject();
                w.WriteString("unitId", u.UnitId);
                w.WriteString("unitName", u.UnitName);
                if (u.Block is not null) w.WriteString("block", u.Block);
                w.WriteBoolean("scored", u.Card.IsScored);
                if (u.Card.IsScored)
                {
                    w.WriteString("stage", Camel(u.Card.Stage.ToString()));
                    w.WriteNumber("total", u.Card.Total);
                    w.WriteNumber("index", u.Index);
                    if (u.Rank is { } rank) w.WriteNumber("rank", rank);
                    if (u.Band is not null) w.WriteString("band", u.Band);
                    w.WriteStartObject("areas");
                    foreach (var area in result.Framework.Areas) w.WriteNumber(area.Code, u.Card[area.Code].Awarded);
                    w.WriteEndObject();
                    w.WriteStartArray("belowMax");
                    foreach (var n in u.Card.BelowMax)
                    {
                        w.WriteStartObject();
                        w.WriteString("code", n.Code);
                        w.WriteNumber("lost", n.Lost);
                        if (n.Reasons.Count > 0)
                        {
                            w.WriteString("reason", n.Reasons[0].Code.Value);
                            w.WriteString("vi", n.Reasons[0].Vietnamese);
                            w.WriteString("en", n.Reasons[0].English);
                        }
                        w.WriteEndObject();
                    }
                    w.WriteEndArray();
                }
                else
                {
                    w.WriteStartArray("errors");
                    foreach (var e in u.Card.Errors) w.WriteStringValue(e.ToString());
                    w.WriteEndArray();
                }
                w.WriteEndObject();
            }
            w.WriteEndArray();
            WriteStatistics(w, statistics);
            if (yearOverYear is not null) WriteYearOverYear(w, yearOverYear);
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteStatistics(Utf8JsonWriter w, CohortStatistics s)
    {
        w.WriteStartObject("statistics");
        w.WriteNumber("count", s.Count);
        w.WriteNumber("mean", s.Mean);
        w.WriteNumber("highest", s.Highest);
        w.WriteNumber("lowest", s.Lowest);
        w.WriteNumber("gap", s.Gap);
        w.WriteNumber("aboveMean", s.AboveMean);
        w.WriteStartArray("areas");
        foreach (var a in s.Areas)
        {
            w.WriteStartObject();
            w.WriteString("code", a.Code);
            w.WriteString("name", a.Name);
            w.WriteNumber("maxPoints", a.MaxPoints);
            w.WriteNumber("meanPoints", a.MeanPoints);
            w.WriteNumber("attainmentPercent", a.AttainmentPercent);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("bands");
        foreach (var b in s.Bands)
        {
            w.WriteStartObject();
            w.WriteString("label", b.Label);
            w.WriteNumber("count", b.Count);
            w.WriteNumber("sharePercent", b.SharePercent);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteNumber("shareSum", s.ShareSum);
        w.WriteEndObject();
    }

    private static void WriteYearOverYear(Utf8JsonWriter w, YearOverYear y)
    {
        w.WriteStartObject("yearOverYear");
        w.WriteNumber("gained", y.Gained);
        w.WriteNumber("lost", y.Lost);
        w.WriteNumber("unchanged", y.Unchanged);
        w.WriteNumber("movedUp", y.MovedUp);
        w.WriteNumber("keptRank", y.KeptRank);
        w.WriteNumber("movedDown", y.MovedDown);
        w.WriteStartArray("newUnits");
        foreach (var id in y.NewUnits) w.WriteStringValue(id);
        w.WriteEndArray();
        w.WriteStartArray("goneUnits");
        foreach (var id in y.GoneUnits) w.WriteStringValue(id);
        w.WriteEndArray();
        w.WriteStartArray("units");
        foreach (var u in y.Units)
        {
            w.WriteStartObject();
            w.WriteString("unitId", u.UnitId);
            if (u.PreviousIndex is { } p) w.WriteNumber("previousIndex", p);
            if (u.CurrentIndex is { } c) w.WriteNumber("index", c);
            if (u.IndexDelta is { } d) w.WriteNumber("change", d);
            if (u.PreviousRank is { } pr) w.WriteNumber("previousRank", pr);
            if (u.CurrentRank is { } cr) w.WriteNumber("rank", cr);
            w.WriteString("rankMovement", Camel(u.Rank.ToString()));
            if (u.PreviousBand is not null) w.WriteString("previousBand", u.PreviousBand);
            if (u.CurrentBand is not null) w.WriteString("band", u.CurrentBand);
            w.WriteString("bandMovement", Camel(u.Band.ToString()));
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static string? Word(RankMovement movement) => movement switch
    {
        RankMovement.Up => "tăng / up",
        RankMovement.Same => "giữ nguyên / same",
        RankMovement.Down => "giảm / down",
        _ => null,
    };

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
