using System.Globalization;

namespace ParIndex.Engine.Rules;

/// <summary>
/// Every number and formula a card shows, formatted in one place: invariant style for English ("86.83"), Vietnamese
/// style for Vietnamese, as the province's decisions print it ("86,83": decimal comma, no thousands separator), and
/// the arithmetic of a computed figure written so that a clerk can redo it by hand ("3 × 86,83… % = 2,605 → 2,61").
/// </summary>
internal static class Text
{
    /// <summary>A figure as a clerk reads it: invariant, no trailing zeros, at most 2 decimals.</summary>
    public static string N(decimal value) =>
        Math.Round(value, 2, MidpointRounding.AwayFromZero).ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>A figure in the style of the language: decimal comma for Vietnamese.</summary>
    public static string N(decimal value, bool vietnamese) => Style(N(value), vietnamese);

    /// <summary>A value as entered, every decimal kept (thresholds, parameters), invariant.</summary>
    public static string Exact(decimal value) => Figures.Exact(value);

    /// <summary>A value as entered, every decimal kept, in the style of the language.</summary>
    public static string Exact(decimal value, bool vietnamese) => Figures.Exact(value, vietnamese);

    public static string Measured(Measure measure, decimal value) => measure == Measure.Ratio ? N(value) + " %" : N(value);

    public static string Unit(Measure measure) => measure == Measure.Ratio ? " %" : string.Empty;

    /// <summary>
    /// The exact value of <c>n1 × n2 × n3 × 10^shift / (d1 × d2)</c> as far as <paramref name="places"/> + 1 decimals (3 at least),
    /// with "…" when it goes on (2.605; 86.8333…), so the half that decides the rounding is visible.
    /// </summary>
    public static string Unrounded(decimal n1, decimal n2, decimal n3, decimal d1, decimal d2, int shift, int places, bool vietnamese)
    {
        var cut = ExactDivision.Truncated(n1, n2, n3, d1, d2, shift, Math.Min(Math.Max(places + 1, 3), 28), out var exact);
        return Exact(cut, vietnamese) + (exact ? string.Empty : "…");
    }

    /// <summary>
    /// A quotient shown with 2 decimals, and "…" when that is not its exact value (86,83… for 2084 / 24): the
    /// intermediate figures of a formula, which the engine never rounds.
    /// </summary>
    public static string Shown(decimal numerator, decimal denominator, int shift, bool vietnamese)
    {
        ExactDivision.Truncated(numerator, 1m, 1m, denominator, 1m, shift, 2, out var exact);
        var rounded = ExactDivision.Round(numerator, 1m, 1m, denominator, 1m, shift, 2, Model.RoundingMode.HalfAwayFromZero);
        return N(rounded, vietnamese) + (exact ? string.Empty : "…");
    }

    /// <summary>
    /// The end of a formula: "= 2,605 → 2,61" (the exact value, then the figure rounded from it), "= 2,5" when
    /// rounding changed nothing, and the bound named when it capped the rounded figure.
    /// </summary>
    public static string Result(string unrounded, decimal figure, bool capped, bool vietnamese, string? unit = null)
    {
        var shown = Exact(figure, vietnamese) + (unit is null ? string.Empty : " " + unit);
        if (unrounded == Exact(figure, vietnamese) && !capped) return "= " + shown;
        return $"= {unrounded} → {shown}" + (capped ? vietnamese ? " (không vượt điểm tối đa)" : " (capped at the max)" : string.Empty);
    }

    /// <summary>
    /// A leaf that gives a share of its max, as a clerk redoes it: "3 × 86,83… % = 2,605 → 2,61 điểm" or
    /// "2,5 × 6/7 … / 80 % = …": <c>max × measure / reference</c>, its exact value and the points rounded from it.
    /// </summary>
    public static string ShareOfMax(in RuleContext context, decimal numerator, decimal denominator, int shift, decimal reference,
        string measure, string? referenceText, decimal points, bool vietnamese) =>
        ShareOfMax(context, numerator, 1m, denominator, reference, shift, measure, referenceText, points, vietnamese);

    /// <summary>The same for <c>max × n1 × n2 × 10^shift / (d1 × d2)</c> (a ratio relative to a ratio).</summary>
    public static string ShareOfMax(in RuleContext context, decimal numerator, decimal factor, decimal denominator, decimal reference, int shift,
        string measure, string? referenceText, decimal points, bool vietnamese)
    {
        var unit = vietnamese ? "điểm" : "points";
        var max = Exact(context.MaxPoints, vietnamese);
        var formula = referenceText is null ? $"{max} × {measure}" : $"{max} × {measure} / {referenceText}";
        if (reference == 0m || denominator == 0m) return $"{formula}: {Exact(points, vietnamese)} {unit}";
        var places = context.Policy.Rounding.LeafDecimals;
        var unrounded = Unrounded(context.MaxPoints, numerator, factor, denominator, reference, shift, places, vietnamese);
        var rounded = ExactDivision.Round(context.MaxPoints, numerator, factor, denominator, reference, shift, places, context.Policy.Rounding.Mode);
        return $"{formula} {Result(unrounded, points, rounded > context.MaxPoints && points == context.MaxPoints, vietnamese, unit)}";
    }

    /// <summary>A figure with every decimal the engine kept, in the style of the language (for figures already rounded).</summary>
    private static string Style(string invariant, bool vietnamese) => Figures.Style(invariant, vietnamese);
}
