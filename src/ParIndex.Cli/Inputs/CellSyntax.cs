using System.Buffers;
using System.Globalization;
using System.Text;
using ParIndex.Engine.Model;
using ParIndex.Engine.Rules;

namespace ParIndex.Cli.Inputs;

/// <summary>
/// What a cell of an input sheet holds for a leaf, by the shape of input its rule declares (<see cref="Rule.DescribeInput"/>),
/// and how it is read: a new rule kind whose input has one of these shapes needs no change here. See docs/cli.md,
/// "Filling the sheet".
/// <list type="bullet">
/// <item>met (all or nothing): "x", "có", "đạt", "true", "1" (met) or "không", "không đạt", "false", "0" (not met);</item>
/// <item>choice: one of the option labels, matched by <see cref="ChoiceLabelComparer"/> (as in JSON);</item>
/// <item>ratio: "45/50" (numerator/denominator), "90%", "90 %" or "90" (a percentage); a bare 0 &lt; v ≤ 1 is refused;</item>
/// <item>count (per item, deduction, steps on a count): a whole number;</item>
/// <item>value: a number; points (manual): points within 0 to max, on the step;</item>
/// <item>survey: the share in % ("85%") or respondents per answer ("A=10; B=5");</item>
/// <item>any leaf: "KPS" / "không phát sinh" / "n/a" for not applicable; empty for no input (0 points);</item>
/// <item>fields (a rule kind that declares no other shape): the assessment's fields as "field=value; field=value" ("count=3").</item>
/// </list>
/// </summary>
internal static class CellSyntax
{
    // Characters that have no case: a cell made only of them (nearly every cell: a number) is its own lower case, and
    // lower-casing each of a million rows' cells was 2 % of a whole-country run.
    private static readonly SearchValues<char> Caseless = SearchValues.Create("0123456789.,;:/%=+- ");

    private static readonly string[] NotApplicableWords = ["kps", "không phát sinh", "khong phat sinh", "n/a", "na"];
    private static readonly string[] YesWords = ["x", "có", "co", "đạt", "dat", "true", "yes", "1"];
    private static readonly string[] NoWords = ["không", "khong", "không đạt", "khong dat", "false", "no", "0"];

    /// <summary>How to fill the leaf's cell, in Vietnamese with the English in brackets (the rule's <see cref="Rule.DescribeInput"/>).</summary>
    public static string Describe(Node leaf, ScoringPolicy policy)
    {
        var max = Numbers.Format(leaf.MaxPoints, 4);
        var what = InputOf(leaf, policy) is { } input ? $"{input.Hint} ({input.HintEn})" : string.Empty;
        return what + $"; tối đa {max} điểm; KPS = không phát sinh (not applicable)";
    }

    /// <summary>What the leaf's rule asks a clerk to enter; <see langword="null"/> for a leaf without a rule.</summary>
    public static RuleInput? InputOf(Node leaf, ScoringPolicy? policy = null) =>
        leaf.Rule?.DescribeInput(new RuleContext(leaf.MaxPoints, policy ?? ScoringPolicy.Default));

    /// <summary>Reads a cell: <see langword="null"/> input for an empty cell; otherwise the input, or what is wrong.</summary>
    public static LeafInput? Parse(Node leaf, string text, out string? error) => Parse(leaf, new SheetCell(text), out error);

    /// <summary>
    /// Reads a cell as the workbook stored it: a date, an error value or a formula without a saved value is never a
    /// score; a number keeps its exact value (no separator to guess); a percent format means the value × 100.
    /// </summary>
    public static LeafInput? Parse(Node leaf, SheetCell cell, out string? error)
    {
        error = null;
        var text = cell.Text;
        switch (cell.Kind)
        {
            case CellKind.Date:
                error = $"Excel đã đổi ô thành ngày tháng — found a date ({text}): Excel turned what was typed into a date; expected {Expected(leaf)}; format the column as Text (Định dạng ô → Văn bản) and type the value again";
                return null;
            case CellKind.Error:
                error = $"ô có lỗi của Excel — found Excel's error value {text}; expected {Expected(leaf)}; fix the formula or type the value";
                return null;
            case CellKind.FormulaWithoutValue:
                error = $"công thức chưa có giá trị — found a formula whose result was never saved; expected {Expected(leaf)}; open the workbook in Excel and save it again, or type the value";
                return null;
        }
        var s = Nfc(text.Trim());
        if (s.Length == 0) return null;
        var lower = s.AsSpan().ContainsAnyExcept(Caseless) ? s.ToLower(CultureInfo.InvariantCulture) : s;
        if (NotApplicableWords.Contains(lower)) return new LeafInput { NotApplicable = true };
        if (cell.Percent && cell.Kind == CellKind.Number && !IsPercentage(leaf))
        {
            error = $"ô định dạng phần trăm ở cột không phải tỷ lệ — found {Percent(text)} (a cell formatted as a percent) in a column that takes {Expected(leaf)}; format the cell as Number or Text and type the value";
            return null;
        }
        var number = cell.Kind == CellKind.Number;
        var shape = InputOf(leaf);
        switch (shape?.Shape)
        {
            case InputShape.Met:
                if (YesWords.Contains(lower)) return new LeafInput { Met = true };
                if (NoWords.Contains(lower)) return new LeafInput { Met = false };
                error = $"không phải có/không — found '{text}', which is not a yes/no; expected x / có / true (met) or không / false (not met)";
                return null;
            case InputShape.Choice:
                // The first option equal to the text under ChoiceLabelComparer, as before; an option typed exactly as
                // its label (the common case) is recognised without the comparer, which normalizes and lower-cases
                // both sides.
                string? option = null;
                foreach (var o in shape.Options)
                    if (string.Equals(o, s, StringComparison.Ordinal) || ChoiceLabelComparer.Instance.Equals(o, s)) { option = o; break; }
                if (option is not null) return new LeafInput { Choice = option };
                error = $"không có trong danh sách lựa chọn — found '{text}', which is not an option; expected one of " + string.Join(", ", shape.Options.Select(o => $"'{o}'"));
                return null;
            case InputShape.Ratio:
                return ParseMeasure(Engine.Rules.Measure.Ratio, cell, s, out error);
            case InputShape.Count:
                return ParseMeasure(Engine.Rules.Measure.Count, cell, s, out error);
            case InputShape.Value:
                return ParseMeasure(Engine.Rules.Measure.Value, cell, s, out error);
            case InputShape.Points:
                return Decimal(s, number, out var points, out error) ? new LeafInput { Points = points } : null;
            case InputShape.Survey:
                return ParseSurvey(cell, s, out error);
            default:
                return ParseFields(s, text, out error);
        }
    }

    /// <summary>
    /// Text in Unicode normalization form C. Text made only of characters below U+0300 (Latin, with the Vietnamese
    /// letters of Latin-1 and Latin Extended) or of the precomposed Vietnamese letters U+1EA0–U+1EF9 is in form C
    /// already (every such character is a starter that no normalization changes, and none composes with another), so
    /// the normalizer is asked only about the rest: a cell of a million-row sheet is read without it.
    /// </summary>
    internal static string Nfc(string text)
    {
        foreach (var c in text)
            if (c >= '\u0300' && c is < '\u1EA0' or > '\u1EF9') return text.Normalize(NormalizationForm.FormC);
        return text;
    }

    /// <summary>Whether the leaf's cell is a percentage (a ratio's share, a survey's share), where 80% and 0.8 differ.</summary>
    public static bool IsPercentage(Node leaf) => InputOf(leaf)?.Percentage == true;

    private static string Expected(Node leaf) => InputOf(leaf) is not { } input ? "a number" : input.Shape switch
    {
        InputShape.Met => "x / có (met) or không (not met)",
        InputShape.Choice => "one of " + string.Join(", ", input.Options.Select(o => $"'{o}'")),
        InputShape.Ratio => "a ratio (45/50) or a percentage (90%)",
        InputShape.Count => "a whole count",
        InputShape.Survey => "a percentage (85%) or answer counts (A=10; B=5)",
        InputShape.Points => "points",
        _ => "a number",
    };

    private static string Percent(string exact) =>
        decimal.TryParse(exact, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? Numbers.Format(d * 100m, 10) + "%" : exact;

    /// <summary>A decimal from a cell: a workbook number as stored; a typed one by <see cref="Numbers"/>, refusing the thousands-dot ambiguity.</summary>
    private static bool Decimal(string s, bool storedAsNumber, out decimal value, out string? error)
    {
        if (storedAsNumber)
        {
            error = null;
            return decimal.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out value) || Fail(s, out value, out error);
        }
        if (Numbers.IsThousandsAmbiguous(s, out var asThousands, out var asDecimal))
        {
            value = 0m;
            error = $"không rõ dấu phân cách hàng nghìn hay dấu thập phân — found '{s}', which reads as {asThousands} with '{s[^4]}' as a thousands separator (vi-VN: 5.806 = five thousand eight hundred and six) or as {asDecimal} with it as the decimal mark; type it without a thousands separator ({asThousands}) or with more decimals ({asDecimal}0)";
            return false;
        }
        if (!Numbers.TryParseDecimal(s, out value, out error)) return false;
        return true;
    }

    private static bool Fail(string s, out decimal value, out string? error)
    {
        value = 0m;
        error = $"không phải là số — found '{s}', which is not a number";
        return false;
    }

    private static bool Whole(string s, bool storedAsNumber, out int value, out string? error)
    {
        value = 0;
        if (!storedAsNumber && Numbers.IsThousandsAmbiguous(s, out var asThousands, out _))
        {
            error = $"không phải số nguyên — found '{s}', which is not a whole number; a count is typed without a thousands separator: if you mean {asThousands}, type {asThousands}";
            return false;
        }
        if (!Decimal(s, storedAsNumber, out var d, out error)) return false;
        if (decimal.Truncate(d) != d || d < 0m || d > int.MaxValue)
        {
            error = $"không phải số nguyên — found '{s}', which is not a whole number of 0 or more";
            return false;
        }
        value = (int)d;
        return true;
    }

    private static LeafInput? ParseMeasure(Measure measure, SheetCell cell, string s, out string? error)
    {
        error = null;
        var number = cell.Kind == CellKind.Number;
        switch (measure)
        {
            case Engine.Rules.Measure.Count:
                return Whole(s, number, out var count, out error) ? new LeafInput { Count = count } : null;
            case Engine.Rules.Measure.Value:
                return Decimal(s, number, out var value, out error) ? new LeafInput { Value = value } : null;
            default:
                var slash = number ? -1 : s.IndexOf('/', StringComparison.Ordinal);
                if (slash >= 0)
                {
                    if (Decimal(s[..slash].Trim(), false, out var num, out error) && Decimal(s[(slash + 1)..].Trim(), false, out var den, out error))
                        return new LeafInput { Numerator = num, Denominator = den };
                    error ??= $"không phải tỷ lệ — found '{s}', which is not a ratio; expected numerator/denominator (45/50) or a percentage (90%)";
                    return null;
                }
                return Share(cell, s, "a ratio; expected numerator/denominator (45/50) or a percentage (90%)", out error) is { } share ? new LeafInput { Value = share } : null;
        }
    }

    /// <summary>
    /// A percentage: "80%" / "80 %" / a cell formatted as a percent holding 0.8 are 80; "80" is 80; a bare 0 &lt; v ≤ 1
    /// is refused, since only a fraction makes sense of it (0.8 typed for 80%), and the clerk's intent cannot be known.
    /// </summary>
    private static decimal? Share(SheetCell cell, string s, string what, out string? error)
    {
        error = null;
        if (cell.Kind == CellKind.Number)
        {
            var stored = decimal.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);
            if (cell.Percent) return stored * 100m;
            if (stored > 0m && stored <= 1m)
            {
                error = FractionOnly(s, stored);
                return null;
            }
            return stored;
        }
        var bare = s.EndsWith('%') ? s[..^1].TrimEnd() : s;
        if (!Decimal(bare, false, out var share, out error))
        {
            if (error is not null && error.Contains("thousands", StringComparison.Ordinal)) return null;
            error = $"không đọc được — found '{s}', which is not {what}";
            return null;
        }
        if (ReferenceEquals(bare, s) && share > 0m && share <= 1m)
        {
            error = FractionOnly(s, share);
            return null;
        }
        return share;
    }

    private static string FractionOnly(string s, decimal v) =>
        $"ô tỷ lệ thiếu dấu % — found {s} in a percentage column without a % sign: only plausible as a fraction ({Numbers.Format(v * 100m, 10)}%); type {Numbers.Format(v * 100m, 10)}% if that is meant, or {s}% for {s} percent";

    private static LeafInput? ParseSurvey(SheetCell cell, string s, out string? error)
    {
        error = null;
        if (!s.Contains('=', StringComparison.Ordinal))
            return Share(cell, s, "a survey share; expected a percentage (85%) or answer counts (A=10; B=5)", out error) is { } share ? new LeafInput { Value = share } : null;
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var part in s.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0 || !Numbers.TryParseWhole(part[(eq + 1)..], out var n, out _))
            {
                error = $"không phải số phiếu — found '{part}', which is not an answer count; expected answer=respondents (A=10; B=5)";
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

    /// <summary>
    /// The cell text that reads back as <paramref name="input"/> (without its evidence, references and note, which have
    /// their own columns): the inverse of <see cref="Parse(Node, string, out string?)"/>, for <c>convert</c>.
    /// </summary>
    public static string Format(Node leaf, LeafInput input)
    {
        static string N(decimal d) => Numbers.Unambiguous(d);
        if (input.NotApplicable) return "KPS";
        var shape = InputOf(leaf);
        return shape?.Shape switch
        {
            InputShape.Met when input.Met is { } met => met ? "x" : "không",
            InputShape.Choice when input.Choice is { } choice => choice,
            InputShape.Value or InputShape.Count or InputShape.Ratio when input.Numerator is { } n && input.Denominator is { } d => $"{N(n)}/{N(d)}",
            InputShape.Ratio when input.Value is { } v => N(v) + "%",
            InputShape.Value or InputShape.Count or InputShape.Ratio when input.Count is { } c => c.ToString(CultureInfo.InvariantCulture),
            InputShape.Value or InputShape.Ratio when input.Value is { } v => N(v),
            InputShape.Points when input.Points is { } p => N(p),
            InputShape.Survey when input.SurveyCounts is { } counts => string.Join("; ", counts.Select(kv => $"{kv.Key}={kv.Value.ToString(CultureInfo.InvariantCulture)}")),
            InputShape.Survey when input.Value is { } v => N(v) + "%",
            _ => Fields(input),
        };
    }

    private static string Fields(LeafInput input)
    {
        var parts = new List<string>();
        if (input.Met is { } met) parts.Add("met=" + (met ? "true" : "false"));
        if (input.Value is { } v) parts.Add("value=" + Numbers.Unambiguous(v));
        if (input.Count is { } c) parts.Add("count=" + c.ToString(CultureInfo.InvariantCulture));
        if (input.Numerator is { } n) parts.Add("numerator=" + Numbers.Unambiguous(n));
        if (input.Denominator is { } d) parts.Add("denominator=" + Numbers.Unambiguous(d));
        if (input.Choice is { } ch) parts.Add("choice=" + ch);
        if (input.Points is { } p) parts.Add("points=" + Numbers.Unambiguous(p));
        return string.Join("; ", parts);
    }

    /// <summary>The text of an evidence cell.</summary>
    public static string FormatEvidence(EvidenceStatus status) => status switch
    {
        EvidenceStatus.Provided => "có",
        EvidenceStatus.Missing => "không",
        _ => "chưa đạt",
    };

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
