using System.Globalization;

namespace ParIndex.Engine.Reports;

/// <summary>
/// One typed cell of a <see cref="ReportTable"/>: text, a code, or a number with its display format. Writers never
/// guess a type from text: a code such as "1.5" stays text in a workbook, a change such as +29.75 stays a number.
/// </summary>
public readonly record struct ReportCell
{
    private ReportCell(CellKind kind, string? text, decimal value, int decimals, bool signed)
    {
        Kind = kind;
        TextValue = text;
        Value = value;
        Decimals = decimals;
        Signed = signed;
    }

    /// <summary>An empty cell.</summary>
    public static ReportCell Empty => default;

    /// <summary>What the cell holds.</summary>
    public CellKind Kind { get; }

    /// <summary>The text of a <see cref="CellKind.Text"/> or <see cref="CellKind.Code"/> cell; <see langword="null"/> otherwise.</summary>
    public string? TextValue { get; }

    /// <summary>The exact value of a <see cref="CellKind.Number"/> cell; 0 otherwise.</summary>
    public decimal Value { get; }

    /// <summary>The most decimals shown (rounded half away from zero for display only; the value stays exact).</summary>
    public int Decimals { get; }

    /// <summary>Whether a positive number shows its sign (a change: +2.5).</summary>
    public bool Signed { get; }

    /// <summary>Whether the cell is empty.</summary>
    public bool IsEmpty => Kind == CellKind.Empty;

    /// <summary>A text cell; empty for <see langword="null"/> or "".</summary>
    public static ReportCell Text(string? text) => string.IsNullOrEmpty(text) ? default : new(CellKind.Text, text, 0m, 0, false);

    /// <summary>A code cell (kept as text by every writer); empty for <see langword="null"/> or "".</summary>
    public static ReportCell Code(string? code) => string.IsNullOrEmpty(code) ? default : new(CellKind.Code, code, 0m, 0, false);

    /// <summary>A number shown with at most <paramref name="decimals"/> decimals; signed when <paramref name="signed"/>.</summary>
    public static ReportCell Number(decimal value, int decimals = 2, bool signed = false)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(decimals, 10);
        return new(CellKind.Number, null, value, decimals, signed);
    }

    /// <summary>A number, or an empty cell for <see langword="null"/>.</summary>
    public static ReportCell Number(decimal? value, int decimals = 2, bool signed = false) =>
        value is { } v ? Number(v, decimals, signed) : default;

    /// <summary>A whole number, or an empty cell for <see langword="null"/>.</summary>
    public static ReportCell Whole(int? value) => value is { } v ? Number(v, 0) : default;

    /// <summary>
    /// The cell as text in <paramref name="culture"/> (invariant by default): a number rounded to its decimals without
    /// trailing zeros ("20.7", "93", "+2.5"); text and codes as they are; "" when empty.
    /// </summary>
    public string Format(CultureInfo? culture = null)
    {
        culture ??= CultureInfo.InvariantCulture;
        if (Kind != CellKind.Number) return TextValue ?? string.Empty;
        var rounded = Math.Round(Value, Decimals, MidpointRounding.AwayFromZero);
        var text = rounded.ToString(Decimals == 0 ? "0" : "0." + new string('#', Decimals), culture);
        return Signed && rounded > 0m ? "+" + text : text;
    }

    /// <inheritdoc />
    public override string ToString() => Format();
}
