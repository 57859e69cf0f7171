namespace ParIndex.Engine.Model;

/// <summary>Who issued a framework, for which units and year, on what legal basis.</summary>
public sealed record FrameworkInfo
{
    /// <summary>A stable id: lower-case letters, digits and dashes ("thanh-tri-commune-2018").</summary>
    public required string Id { get; init; }

    /// <summary>The Vietnamese name ("Bộ chỉ số CCHC cấp xã năm 2018").</summary>
    public required string Name { get; init; }

    /// <summary>An optional English name.</summary>
    public string? NameEn { get; init; }

    /// <summary>The issuing body ("UBND huyện Thạnh Trị").</summary>
    public required string Issuer { get; init; }

    /// <summary>The level of the units assessed.</summary>
    public required UnitLevel UnitLevel { get; init; }

    /// <summary>The year assessed.</summary>
    public required int Year { get; init; }

    /// <summary>The decision that issues the framework ("Quyết định 1550/QĐ-UBND ngày 07/9/2022").</summary>
    public string? LegalBasis { get; init; }

    /// <summary>The framework file's own version ("1.0.0"), bumped whenever its content changes.</summary>
    public required string Version { get; init; }
}
