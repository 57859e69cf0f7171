using System.Globalization;

namespace ParIndex.Cli.Inputs;

/// <summary>
/// Numbers as clerks type them. The rule, unambiguous for either convention: a number has at most one separator,
/// '.' or ',', and that separator is always the decimal point ("12.5" = "12,5" = 12.5). Thousands separators are
/// never accepted ("1.000,5" is refused), so vi-VN sheets (decimal comma) and en-US sheets read the same; where a
/// sheet cell could be either ("5.806"), the sheet reader refuses it (<see cref="IsThousandsAmbiguous"/>). An optional leading '-' is allowed where the value may be negative; spaces around the number are ignored.
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
            error = "ô trống — found nothing; expected a number";
            return false;
        }
        var dots = s.AsSpan().Count('.');
        var commas = s.AsSpan().Count(',');
        if (dots + commas > 1)
        {
            error = $"không đọc được số — found '{text}', which has more than one separator; write the decimal point as '.' or ',' once and no thousands separator (12.5 or 12,5)";
            return false;
        }
        if (commas == 1) s = s.Replace(',', '.');
        if (!decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
        {
            error = $"không phải là số — found '{text}', which is not a number (12.5 or 12,5)";
            return false;
        }
        return true;
    }

    /// <summary>
    /// Whether typed text reads two ways: one '.' or ',' followed by exactly three digits after one to three digits
    /// ("5.806", "12,500"): a thousands separator in one culture, a decimal mark in the other.
    /// </summary>
    public static bool IsThousandsAmbiguous(string text, out string asThousands, out string asDecimal)
    {
        var s = text.Trim();
        asThousands = asDecimal = string.Empty;
        var negative = s.StartsWith('-');
        var body = negative ? s[1..] : s;
        var sep = body.IndexOfAny(['.', ',']);
        if (sep is < 1 or > 3 || body.Length != sep + 4 || body[0] == '0') return false;
        for (var i = 0; i < body.Length; i++)
            if (i != sep && !char.IsAsciiDigit(body[i])) return false;
        var sign = negative ? "-" : string.Empty;
        asThousands = sign + body[..sep] + body[(sep + 1)..];
        asDecimal = sign + body[..sep] + "." + body[(sep + 1)..];
        return true;
    }

    /// <summary>
    /// A decimal written so that it reads back the same and never looks like a thousands separator: "5.806" becomes
    /// "5.8060" (see <see cref="IsThousandsAmbiguous"/>).
    /// </summary>
    public static string Unambiguous(decimal value)
    {
        var text = value.ToString("0.############################", CultureInfo.InvariantCulture);
        return IsThousandsAmbiguous(text, out _, out _) ? text + "0" : text;
    }

    public static bool TryParseWhole(string text, out int value, out string? error)
    {
        value = 0;
        if (!TryParseDecimal(text, out var d, out error)) return false;
        if (decimal.Truncate(d) != d || d < 0m || d > int.MaxValue)
        {
            error = $"không phải số nguyên — found '{text}', which is not a whole number of 0 or more";
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
