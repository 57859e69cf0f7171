namespace ParIndex.Engine.Reports;

/// <summary>
/// The title block every page or sheet of a report carries: what framework, who issued it, which year and stage, on
/// what legal basis, when the report was made, and the framework's content hash (its identity, in small print).
/// </summary>
public sealed record ReportHeading
{
    /// <summary>The report's title ("Kết quả Chỉ số CCHC năm 2018").</summary>
    public required string Title { get; init; }

    /// <summary>The framework's name.</summary>
    public required string FrameworkName { get; init; }

    /// <summary>The issuing body.</summary>
    public required string Issuer { get; init; }

    /// <summary>The year assessed.</summary>
    public required int Year { get; init; }

    /// <summary>The stage scored, in words ("kết quả cuối cùng (final)").</summary>
    public required string Stage { get; init; }

    /// <summary>The legal basis, where the framework gives one.</summary>
    public string? LegalBasis { get; init; }

    /// <summary>The day the report was made.</summary>
    public required DateOnly Generated { get; init; }

    /// <summary>The framework's id and version ("thanh-tri-commune-2018 2018.1").</summary>
    public required string Framework { get; init; }

    /// <summary>The framework's content hash.</summary>
    public required string ContentHash { get; init; }

    /// <summary>The unit a letter is addressed to; <see langword="null"/> for a cohort report.</summary>
    public string? Recipient { get; init; }

    /// <summary>The id of the unit a letter is addressed to (its file name); <see langword="null"/> for a cohort report.</summary>
    public string? RecipientId { get; init; }

    /// <summary>The lines of the block, in order, as every writer prints them.</summary>
    public IReadOnlyList<string> Lines() =>
    [
        Title,
        FrameworkName,
        $"{Issuer} · năm (year) {Year.ToString(System.Globalization.CultureInfo.InvariantCulture)} · {Stage}",
        .. LegalBasis is null ? Array.Empty<string>() : [$"Căn cứ (legal basis): {LegalBasis}"],
        $"Ngày lập (generated): {Generated.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture)}",
    ];

    /// <summary>The small-print line: the framework and its content hash.</summary>
    public string SmallPrint => $"Bộ chỉ số (framework) {Framework} · mã nội dung (content hash) {ContentHash}";
}
