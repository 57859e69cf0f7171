using ParIndex.Engine.Model;

namespace ParIndex.Engine.Catalogue;

/// <summary>
/// The real provincial frameworks we know, as data: each built from a public report, with its provenance and its
/// completeness stated. No criterion is invented and presented as a province's: what the sources do not give is
/// either left at area level or marked as filler in the file.
/// </summary>
public static class FrameworkCatalogue
{
    /// <summary>Every entry, by year.</summary>
    public static IReadOnlyList<CatalogueEntry> All { get; } =
    [
        new()
        {
            Id = "thanh-tri-commune-2018", Issuer = "UBND huyện Thạnh Trị", UnitLevel = UnitLevel.Commune, Year = 2018,
            Provenance = new("Quyết định số 599/QĐ-UBND ngày 28/5/2018 của Chủ tịch UBND huyện Thạnh Trị",
                "Thạnh Trị district (Sóc Trăng), results for 10 communes, year 2018",
                "A complete published table: 8 areas (25 / 6 / 15 / 18 / 8 / 13 / 7 / 8 = 100), every unit's points per area and total, the per-area attainment row, bands rất tốt / tốt / khá."),
            Completeness = Completeness.AreaLevelOnly,
            MissingParts = "The criteria within each area; each area is scored as one manual leaf (points per area as published).",
            Resource = "thanh-tri-2018",
        },
        new()
        {
            Id = "phu-yen-commune-2022", Issuer = "UBND huyện Phù Yên", UnitLevel = UnitLevel.Commune, Year = 2022,
            Provenance = new("Quyết định số 1550/QĐ-UBND ngày 07/9/2022 của UBND huyện Phù Yên",
                "Phù Yên district (Sơn La), decision publishing the 2022 index of 27 communes",
                "8 areas, 39 criteria, 35 sub-criteria; raw maxima 11.5 / 6.5 / 14 / 5.5 / 8 / 8.5 / 12 / 4 (= 70) converted to a 100 scale; groups A ≥ 90, B 70 to < 90, C 50 to < 70, D < 50."),
            Completeness = Completeness.AreaLevelOnly,
            MissingParts = "The 39 criteria and 35 sub-criteria; each area is one manual leaf on a 0.5 step.",
            Resource = "phu-yen-2022",
        },
        new()
        {
            Id = "muong-te-commune-2022", Issuer = "UBND huyện Mường Tè", UnitLevel = UnitLevel.Commune, Year = 2022,
            Provenance = new("Quyết định số 60/QĐ-UBND ngày 07/2/2023 của UBND huyện Mường Tè",
                "Mường Tè district (Lai Châu), results for 14 communes, year 2022",
                "7 areas with max points 20.5 / 10.5 / 22.5 / 8 / 13.5 / 8 / 17 (= 100); half-point scores; score ranges per area; why points were lost."),
            Completeness = Completeness.AreaLevelOnly,
            MissingParts = "The criteria; each area is one manual leaf on a 0.5 step. No bands: the source publishes none.",
            Resource = "muong-te-2022",
        },
        new()
        {
            Id = "chi-lang-commune-2023", Issuer = "UBND huyện Chi Lăng", UnitLevel = UnitLevel.Commune, Year = 2023,
            Provenance = new("Quyết định số 202/QĐ-UBND ngày 15/01/2024 của UBND huyện Chi Lăng (công bố chỉ số CCHC năm 2023)",
                "Y Tịch commune (Chi Lăng, Lạng Sơn), remediation report on the 2023 index",
                "Criterion-level detail of the nine criteria where Y Tịch lost points (1.5, 2.1, 3.1.4, 3.4.1, 3.4.2, 6.3.3, 7.2, 7.4.1, 7.6) with max and awarded points and the reason; area maxima 17 / 9 / 18 / 10 / 13."),
            Completeness = Completeness.Partial,
            MissingParts = "Every criterion the report does not show: the rest of each area's points sits in filler items coded 'x.0' and in areas 4, 5 and 8, named as filler in the file; the split of the 33 points of areas 4, 5, 8 is ours.",
            Resource = "chi-lang-2023",
        },
    ];

    /// <summary>The entry with this id.</summary>
    /// <exception cref="KeyNotFoundException">No entry has this id; the message lists the ids.</exception>
    public static CatalogueEntry Get(string id) =>
        All.FirstOrDefault(e => e.Id == id)
        ?? throw new KeyNotFoundException($"No framework '{id}' in the catalogue; expected one of {string.Join(", ", All.Select(e => e.Id))}.");

    /// <summary>Finds the entry of an issuer, level and year; <see langword="null"/> when the catalogue has none.</summary>
    public static CatalogueEntry? Find(string issuer, UnitLevel unitLevel, int year) =>
        All.FirstOrDefault(e => string.Equals(e.Issuer, issuer, StringComparison.OrdinalIgnoreCase) && e.UnitLevel == unitLevel && e.Year == year);
}
