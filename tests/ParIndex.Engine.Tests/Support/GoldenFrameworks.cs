using System.Globalization;
using ParIndex.Engine.Model;
using ParIndex.Engine.Rules;
using static ParIndex.Engine.Tests.Support.Build;
using ParIndex.Engine.Serialization;

namespace ParIndex.Engine.Tests.Support;

/// <summary>The area-level frameworks of the golden cases, built from the data copied to TestData/golden.</summary>
internal static class GoldenFrameworks
{
    /// <summary>The bands Thạnh Trị used: "Rất tốt" ≥ 90, "Tốt" ≥ 80, "Khá" ≥ 70, and the usual continuation.</summary>
    public static readonly Band[] ThanhTriBands =
    [
        new() { Label = "Rất tốt", LabelEn = "Very good", MinIndex = 90 },
        new() { Label = "Tốt", LabelEn = "Good", MinIndex = 80 },
        new() { Label = "Khá", LabelEn = "Fair", MinIndex = 70 },
        new() { Label = "Trung bình", LabelEn = "Average", MinIndex = 50 },
        new() { Label = "Yếu", LabelEn = "Weak", MinIndex = 0 },
    ];

    /// <summary>Thạnh Trị 2018: its 8 areas (areas.csv), each a manual leaf on a 1-point step.</summary>
    public static Framework ThanhTri(ScoringPolicy? policy = null) =>
        new(Info("thanh-tri-2018", 2018), ThanhTriAreas(), policy, ThanhTriBands, hasher: RuleKindRegistry.BuiltInHasher);

    public static Node[] ThanhTriAreas() =>
        [.. TestData.Csv("golden", "thanh-tri-2018", "areas.csv").Select(a => Leaf(a["code"], Dec(a["max_points"]), Manual(1m), a["name"]))];

    /// <summary>Thạnh Trị's 10 units (units.csv) with their published area points as appraisal inputs.</summary>
    public static IReadOnlyList<(UnitAssessment Unit, decimal PublishedTotal)> ThanhTriUnits() =>
        [.. TestData.Csv("golden", "thanh-tri-2018", "units.csv").Select(row => (
            Unit(row["unit"], Stage.Appraisal1, ThanhTriAreas().ToDictionary(a => a.Code, a => Points(Dec(row["area_" + a.Code])))),
            Dec(row["total"])))];

    /// <summary>Phù Yên 2022: 8 areas of 70 raw points (manual, 0.25 step), scale 100, groups A–D.</summary>
    public static Framework PhuYen()
    {
        var maxima = new[] { 11.5m, 6.5m, 14m, 5.5m, 8m, 8.5m, 12m, 4m };
        var areas = maxima.Select((m, i) => Leaf((i + 1).ToString(CultureInfo.InvariantCulture), m, Manual(0.25m))).ToArray();
        Band[] bands = [new() { Label = "A", MinIndex = 90 }, new() { Label = "B", MinIndex = 70 }, new() { Label = "C", MinIndex = 50 }, new() { Label = "D", MinIndex = 0 }];
        return new Framework(Info("phu-yen-2022", 2022), areas, bands: bands, hasher: RuleKindRegistry.BuiltInHasher);
    }

    /// <summary>A Phù Yên unit with <paramref name="raw"/> of the 70 raw points, filled area by area.</summary>
    public static UnitAssessment PhuYenUnit(Framework framework, string id, decimal raw)
    {
        var inputs = new Dictionary<string, LeafInput>();
        foreach (var area in framework.Areas)
        {
            var take = Math.Min(raw, area.MaxPoints);
            inputs[area.Code] = Points(take);
            raw -= take;
        }
        return Unit(id, Stage.Appraisal1, inputs);
    }
}
