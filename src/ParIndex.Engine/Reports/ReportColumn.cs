namespace ParIndex.Engine.Reports;

/// <summary>A column of a <see cref="ReportTable"/>.</summary>
/// <param name="Header">The Vietnamese header, with diacritics ("Điểm bị mất").</param>
/// <param name="Short">
/// A short header for narrow outputs (the terminal): an area's code ("1") where <paramref name="Header"/> is "1. Công tác
/// chỉ đạo, điều hành CCHC"; <see langword="null"/> to use the header.
/// </param>
/// <param name="Wrap">Whether long text wraps in this column (criterion names, reasons) instead of widening it.</param>
public sealed record ReportColumn(string Header, string? Short = null, bool Wrap = false)
{
    /// <summary>The short header, or the header.</summary>
    public string ShortOrHeader => Short ?? Header;
}
