namespace ParIndex.Cli.Inputs;

/// <summary>
/// The declared limits of an input workbook, checked while it is read (streaming) so that a workbook that inflates
/// to gigabytes (a cell bomb, a row bomb) is refused before memory runs out. Listed in docs/reliability.md.
/// </summary>
internal sealed record XlsxLimits
{
    /// <summary>The defaults: far above any real district or province sheet, far below what exhausts memory.</summary>
    public static readonly XlsxLimits Default = new();

    /// <summary>The .xlsx file itself (compressed).</summary>
    public long MaxFileBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>The worksheet XML once inflated (declared size checked first, actual bytes counted while reading).</summary>
    public long MaxSheetBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>Every other part read (workbook, relationships, styles, shared strings) once inflated.</summary>
    public long MaxPartBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Rows of the input sheet (row elements, empty or not).</summary>
    public int MaxRows { get; init; } = 300_000;

    /// <summary>Cells kept, counting every column up to the last non-empty cell of each row.</summary>
    public long MaxCells { get; init; } = 5_000_000;

    /// <summary>Shared strings.</summary>
    public int MaxSharedStrings { get; init; } = 2_000_000;

    /// <summary>The characters of one cell (Excel's own limit is 32,767).</summary>
    public int MaxCellChars { get; init; } = 32_767;
}
