namespace ParIndex.Engine.Rules;

/// <summary>Encodes and reads the measure of steps and proportional rules, the same way for both.</summary>
internal static class MeasureReader
{
    public static ErrorMessage? Encode(Measure measure, LeafInput input, RuleContext context, out InputCell cell)
    {
        cell = default;
        switch (measure)
        {
            case Measure.Count:
                if (input.Count is not { } count)
                    return ErrorCodes.ExpectedCount.With();
                if (count < 0) return ErrorCodes.NegativeCount.With(count);
                cell = InputCell.Count(count);
                return null;
            case Measure.Value:
                if (input.Value is not { } value)
                    return ErrorCodes.ExpectedValue.With();
                cell = InputCell.Value(value);
                return null;
            default:
                if (input.Numerator is { } num && input.Denominator is { } den)
                {
                    if (input.Value is not null) return ErrorCodes.RatioAndValue.With();
                    if (num < 0 || den < 0) return ErrorCodes.NegativeRatio.With(num, den);
                    if (num > den) return ErrorCodes.NumeratorAboveDenominator.With(num, den);
                    if (den == 0 && !context.Policy.ZeroDenominatorIsNotApplicable)
                        return ErrorCodes.ZeroDenominator.With();
                    cell = InputCell.Ratio(num, den);
                    return null;
                }
                if (input.Numerator is not null || input.Denominator is not null)
                    return ErrorCodes.RatioIncomplete.With();
                if (input.Value is { } percent)
                {
                    if (percent < 0 || percent > 100) return ErrorCodes.PercentRange.With(percent);
                    cell = InputCell.Value(percent);
                    return null;
                }
                return ErrorCodes.ExpectedRatio.With();
        }
    }

    /// <summary>Reads the measure; 1 on success, 0 when not applicable (denominator 0), -1 when the cell is invalid.</summary>
    public static int Read(Measure measure, in InputCell cell, in RuleContext context, out decimal measured)
    {
        measured = cell.First;
        switch (measure)
        {
            case Measure.Count:
                return !BelowZero(cell.First) && decimal.Truncate(cell.First) == cell.First ? 1 : -1;
            case Measure.Value:
                return 1;
            default:
                var den = cell.Second;
                if (den == 0m) return context.Policy.ZeroDenominatorIsNotApplicable && cell.First == 0m ? 0 : -1;
                if (BelowZero(cell.First) || BelowZero(den) || cell.First > den) return -1;
                // numerator × 100 first keeps the result exact; past 10^26 it would overflow, so divide first there.
                measured = den == 100m ? cell.First : cell.First < 1e26m ? cell.First * 100m / den : cell.First / den * 100m;
                return 1;
        }
    }

    /// <summary>
    /// Reads a ratio that counts only from a minimum denominator: 1 on success, 0 when the denominator is below
    /// <paramref name="minDenominator"/> (not applicable: too few cases to judge; a denominator of 0 included), -1 when
    /// the cell is not a valid ratio (negative, or numerator above denominator), whatever its denominator.
    /// </summary>
    public static int ReadAtLeast(in InputCell cell, decimal minDenominator, in RuleContext context, out decimal measured)
    {
        measured = 0m;
        if (BelowZero(cell.First) || BelowZero(cell.Second) || cell.First > cell.Second) return -1;
        if (cell.Second < minDenominator) return 0;
        return Read(Measure.Ratio, cell, context, out measured);
    }

    /// <summary>
    /// The measure as an exact fraction, <c>numerator × 10^shift / denominator</c>: a ratio is
    /// numerator × 100 / denominator (a percentage entered directly has denominator 100), a value or count itself.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static void Fraction(Measure measure, in InputCell cell, out decimal numerator, out decimal denominator, out int shift)
    {
        numerator = cell.First;
        if (measure == Measure.Ratio && cell.Second != 100m)
        {
            denominator = cell.Second;
            shift = 2;
        }
        else
        {
            denominator = 1m;
            shift = 0;
        }
    }

    /// <summary>
    /// The sign of (exact measure − <paramref name="threshold"/>). <paramref name="measured"/> (from <see cref="Read"/>)
    /// is a ratio's quotient correctly rounded at decimal's last digit, so it decides whenever it differs from the
    /// threshold; when it equals it, the exact ratio may lie a hair below or above, and only cross-multiplication
    /// (numerator × 100 against threshold × denominator) decides.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static int Compare(Measure measure, in InputCell cell, decimal measured, decimal threshold)
    {
        var sign = measured.CompareTo(threshold);
        if ((sign != 0 && cell.First < 1e26m) || measure != Measure.Ratio || cell.Second == 100m) return sign;
        return ExactDivision.CompareProducts(cell.First, 100m, threshold, cell.Second);
    }

    /// <summary>
    /// <c>value &lt; 0</c>, by the sign bit first: a decimal comparison is a call, the sign bit a mask, and -0 (sign
    /// set, value zero) is not below zero.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool BelowZero(decimal value) => decimal.IsNegative(value) && value != 0m;

    public static string Describe(Measure measure, in InputCell cell, decimal measured, bool vietnamese = false) => measure switch
    {
        Measure.Ratio when cell.Second != 100m => $"{Text.Exact(cell.First, vietnamese)}/{Text.Exact(cell.Second, vietnamese)} = {Text.N(measured, vietnamese)} %",
        Measure.Ratio => $"{Text.N(measured, vietnamese)} %",
        _ => Text.Exact(measured, vietnamese),
    };

    /// <summary>The measure inside a formula: "85,71… %" for 6/7 (with "…" where the quotient goes on), a value as entered.</summary>
    public static string InFormula(Measure measure, in InputCell cell, bool vietnamese)
    {
        Fraction(measure, cell, out var numerator, out var denominator, out var shift);
        return measure == Measure.Ratio ? Text.Shown(numerator, denominator, shift, vietnamese) + " %" : Text.Exact(numerator, vietnamese);
    }

    public static string Name(Measure measure) => measure switch
    {
        Measure.Count => "count",
        Measure.Ratio => "ratio",
        _ => "value",
    };
}
