using System.Globalization;
using System.Text;
using ParIndex.Engine.Model;
using ParIndex.Engine.Rules;

namespace ParIndex.Cli.Inputs;

/// <summary>
/// What a cell of an input sheet holds for a leaf, by rule kind, and how it is read. See docs/cli.md, "Filling the sheet".
/// <list type="bullet">
/// <item>all or nothing: "x", "có", "đạt", "true", "1" (met) or "không", "không đạt", "false", "0" (not met);</item>
/// <item>choice: one of the option labels (case and surrounding spaces ignored);</item>
/// <item>ratio: "45/50" (numerator/denominator), "90%" or "90" (a percentage);</item>
/// <item>count, per item, deduction: a whole number;</item>
/// <item>value: a number; manual: points within 0 to max, on the step;</item>
/// <item>survey: the share in % ("85%") or respondents per answer ("A=10; B=5");</item>
/// <item>any leaf: "KPS" / "không phát sinh" / "n/a" for not applicable; empty for no input (0 points);</item>
/// <item>another rule kind: the assessment's fields as "field=value; field=value" ("count=3").</item>
/// </list>
/// </summary>
internal static class CellSyntax
{
    private static readonly string[] NotApplicableWords = ["kps", "không phát sinh", "khong phat sinh", "n/a", "na"];
    private static readonly string[] YesWords = ["x", "có", "co", "đạt", "dat", "true", "yes", "1"];
    private static readonly string[] NoWords = ["không", "khong", "không đạt", "khong dat", "false", "no", "0"];

    /// <summary>How to fill the leaf's cell, in Vietnamese with the English in brackets.</summary>
    public static string Describe(Node leaf, ScoringPolicy policy)
    {
        var max = Numbers.Format(leaf.MaxPoints, 4);
        var what = leaf.Rule switch
        {
            AllOrNothingRule => "x / có = đạt; không = không đạt (met: x, not met: không)",
            ChoiceRule c => "một trong (one of): " + string.Join(" | ", c.Options.Select(o => o.Label)),
            StepsRule s => Measure(s.Measure),
            ProportionalRule p => Measure(p.Measure),
            PerItemRule => "số lần, số nguyên (a whole count)",
            DeductionRule => "số lần vi phạm, số nguyên (a whole count of occurrences)",
            ManualRule m => $"điểm 0 đến {max}, bước {Numbers.Format(m.Step ?? policy.ManualStep, 4)} (points 0 to {max} in steps of {Numbers.Format(m.Step ?? policy.ManualStep, 4)})",
            SurveyRule { Options.Count: > 0 } sv => "tỷ lệ % (85%) hoặc số phiếu (or answer counts): " + string.Join("; ", sv.Options.Select(o => o.Label + "=…")),
            SurveyRule => "tỷ lệ % (the share in %, 85%)",
            { } r => $"'{r.Kind}': trường=giá trị (field=value, e.g. count=3)",
            null => "",
        };
        return what + $"; tối đa {max} điểm; KPS = không phát sinh (not applicable)";
    }

    private static string Measure(Measure measure) => measure switch
    {
        Engine.Rules.Measure.Ratio => "tỷ lệ: 45/50 hoặc 90% (a ratio: 45/50 or 90%)",
        Engine.Rules.Measure.Count => "số nguyên (a whole count)",
        _ => "số, dấu . hoặc , (a number, 12.5 or 12,5)",
    };

    /// <summary>Reads a cell: <see langword="null"/> input for an empty cell; otherwise the input, or what is wrong.</summary>
    public static LeafInput? Parse(Node leaf, string text, out string? error)
    {
        error = null;
        var s = text.Trim().Normalize(NormalizationForm.FormC);
        if (s.Length == 0) return null;
        var lower = s.ToLower(CultureInfo.InvariantCulture);
        if (NotApplicableWords.Contains(lower)) return new LeafInput { NotApplicable = true };
        switch (leaf.Rule)
        {
            case AllOrNothingRule:
                if (YesWords.Contains(lower)) return new LeafInput { Met = true };
                if (NoWords.Contains(lower)) return new LeafInput { Met = false };
                error = $"'{text}' is not a yes/no; expected x / có / true (met) or không / false (not met)";
                return null;
            case ChoiceRule c:
                var option = c.Options.FirstOrDefault(o => string.Equals(o.Label.Normalize(NormalizationForm.FormC).Trim(), s, StringComparison.OrdinalIgnoreCase));
                if (option is not null) return new LeafInput { Choice = option.Label };
                error = $"'{text}' is not an option; expected one of " + string.Join(", ", c.Options.Select(o => $"'{o.Label}'"));
                return null;
            case StepsRule st:
                return ParseMeasure(st.Measure, s, text, out error);
            case ProportionalRule p:
                return ParseMeasure(p.Measure, s, text, out error);
            case PerItemRule or DeductionRule:
                return ParseMeasure(Engine.Rules.Measure.Count, s, text, out error);
            case ManualRule:
                return Numbers.TryParseDecimal(s, out var points, out error) ? new LeafInput { Points = points } : null;
            case SurveyRule:
                return ParseSurvey(s, text, out error);
            default:
                return ParseFields(s, text, out error);
        }
    }

    private static LeafInput? ParseMeasure(Measure measure, string s, string text, out string? error)
    {
        error = null;
        switch (measure)
        {
            case Engine.Rules.Measure.Count:
                return Numbers.TryParseWhole(s, out var count, out error) ? new LeafInput { Count = count } : null;
            case Engine.Rules.Measure.Value:
                return Numbers.TryParseDecimal(s, out var value, out error) ? new LeafInput { Value = value } : null;
            default:
                var slash = s.IndexOf('/', StringComparison.Ordinal);
                if (slash >= 0)
                {
                    if (Numbers.TryParseDecimal(s[..slash], out var num, out _) && Numbers.TryParseDecimal(s[(slash + 1)..], out var den, out _))
                        return new LeafInput { Numerator = num, Denominator = den };
                    error = $"'{text}' is not a ratio; expected numerator/denominator (45/50) or a percentage (90%)";
                    return null;
                }
                var percent = s.EndsWith('%') ? s[..^1] : s;
                if (Numbers.TryParseDecimal(percent, out var share, out _)) return new LeafInput { Value = share };
                error = $"'{text}' is not a ratio; expected numerator/denominator (45/50) or a percentage (90%)";
                return null;
        }
    }

    private static LeafInput? ParseSurvey(string s, string text, out string? error)
    {
        error = null;
        if (!s.Contains('=', StringComparison.Ordinal))
        {
            var percent = s.EndsWith('%') ? s[..^1] : s;
            if (Numbers.TryParseDecimal(percent, out var share, out _)) return new LeafInput { Value = share };
            error = $"'{text}' is not a survey share; expected a percentage (85%) or answer counts (A=10; B=5)";
            return null;
        }
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var part in s.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0 || !Numbers.TryParseWhole(part[(eq + 1)..], out var n, out _))
            {
                error = $"'{part}' is not an answer count; expected answer=respondents (A=10; B=5)";
                return null;
            }
            counts[part[..eq].Trim()] = n;
        }
        return new LeafInput { SurveyCounts = counts };
    }

    private static LeafInput? ParseFields(string s, string text, out string? error)
    {
        error = null;
        var input = new LeafInput();
        foreach (var part in s.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            var key = eq > 0 ? part[..eq].Trim().ToLowerInvariant() : string.Empty;
            var value = eq > 0 ? part[(eq + 1)..].Trim() : string.Empty;
            decimal d = 0m;
            int n = 0;
            string? e = null;
            var ok = key switch
            {
                "met" => bool.TryParse(value, out _),
                "count" => Numbers.TryParseWhole(value, out n, out e),
                "choice" => value.Length > 0,
                "value" or "numerator" or "denominator" or "points" => Numbers.TryParseDecimal(value, out d, out e),
                _ => false,
            };
            if (!ok)
            {
                error = $"'{text}': cannot read '{part}'; expected field=value with a field among met, value, count, numerator, denominator, choice, points";
                return null;
            }
            input = key switch
            {
                "met" => input with { Met = bool.Parse(value) },
                "count" => input with { Count = n },
                "choice" => input with { Choice = value },
                "value" => input with { Value = d },
                "numerator" => input with { Numerator = d },
                "denominator" => input with { Denominator = d },
                _ => input with { Points = d },
            };
        }
        return input;
    }

    /// <summary>Reads an evidence cell: provided, missing or insufficient; <see langword="null"/> when empty.</summary>
    public static EvidenceStatus? ParseEvidence(string text, out string? error)
    {
        error = null;
        var s = text.Trim().Normalize(NormalizationForm.FormC).ToLower(CultureInfo.InvariantCulture);
        if (s.Length == 0) return null;
        if (s is "có" or "co" or "x" or "đủ" or "provided" or "true") return EvidenceStatus.Provided;
        if (s is "không" or "khong" or "thiếu" or "missing" or "false") return EvidenceStatus.Missing;
        if (s is "chưa đạt" or "không đạt" or "insufficient") return EvidenceStatus.Insufficient;
        error = $"'{text}' is not an evidence status; expected có (provided), không (missing) or chưa đạt (insufficient)";
        return null;
    }
}
