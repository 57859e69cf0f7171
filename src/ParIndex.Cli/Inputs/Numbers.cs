using System.Globalization;

namespace ParIndex.Cli.Inputs;

/// <summary>
/// Numbers as clerks type them. The rule, unambiguous for either convention: a number has at most one separator,
/// '.' or ',', and that separator is always the decimal point ("12.5" = "12,5" = 12.5). Thousands separators are
/// never accepted ("1,000" is 1, and "1.000,5" is refused), so vi-VN sheets (decimal comma) and en-US sheets read the
/// same. An optional leading '-' is allowed where the value may be negative; spaces around the number are ignored.
/// </summary>
internal static class Numbers
{
    public static bool TryParseDecimal(string text, out decimal value, out string? error)
    {
        value = 0m;
        error = null;
        var s = text.Trim();
        if (s.Length == 0)
        {
            error = "expected a number";
            return false;
        }
        var dots = s.Count(c => c == '.');
        var commas = s.Count(c => c == ',');
        if (dots + commas > 1)
        {
            error = $"'{text}' has more than one separator; write the decimal point as '.' or ',' once and no thousands separator (12.5 or 12,5)";
            return false;
        }
        if (commas == 1) s = s.Replace(',', '.');
        if (!decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
        {
            error = $"'{text}' is not a number (12.5 or 12,5)";
            return false;
        }
        return true;
    }

    public static bool TryParseWhole(string text, out int value, out string? error)
    {
        value = 0;
        if (!TryParseDecimal(text, out var d, out error)) return false;
        if (decimal.Truncate(d) != d || d < 0m || d > int.MaxValue)
        {
            error = $"'{text}' is not a whole number of 0 or more";
            return false;
        }
        value = (int)d;
        return true;
    }

    /// <summary>A number for tables: no trailing zeros, at most <paramref name="decimals"/> decimals, in <paramref name="culture"/> (invariant by default).</summary>
    public static string Format(decimal value, int decimals = 2, CultureInfo? culture = null) =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("0." + new string('#', decimals), culture ?? CultureInfo.InvariantCulture);

    /// <summary>The CSV separator that goes with a culture: ';' where the decimal separator is a comma (vi-VN), else ','.</summary>
    public static char CsvSeparator(CultureInfo? culture) => culture?.NumberFormat.NumberDecimalSeparator == "," ? ';' : ',';
}
