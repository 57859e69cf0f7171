namespace ParIndex.Engine.Rules;

/// <summary>
/// What a rule asks a clerk to enter, declared by the rule (see <see cref="Rule.DescribeInput"/>): the shape of the
/// input, whether it is a percentage, the labels to choose from, and the words of an input template (Vietnamese and
/// English). Sheets, templates and converters work from this and never from the rule's type.
/// </summary>
public sealed record RuleInput
{
    private readonly IReadOnlyList<string> _options = [];

    /// <summary>The shape of the input.</summary>
    public required InputShape Shape { get; init; }

    /// <summary>
    /// Whether a number entered is a percentage (a ratio's or a survey's share), where 80% and 0.8 differ and a cell
    /// formatted as a percent means the value × 100.
    /// </summary>
    public bool Percentage { get; init; }

    /// <summary>The labels a clerk chooses from (a choice's options, a survey's answers); empty otherwise.</summary>
    public IReadOnlyList<string> Options { get => _options; init => _options = value is null ? [] : [.. value]; }

    /// <summary>How to fill the cell, in Vietnamese ("tỷ lệ: 45/50 hoặc 90%").</summary>
    public required string Hint { get; init; }

    /// <summary>How to fill the cell, in English ("a ratio: 45/50 or 90%").</summary>
    public required string HintEn { get; init; }

    /// <summary>The rule kind as a template names it, in Vietnamese ("theo bậc").</summary>
    public required string Title { get; init; }

    /// <summary>The rule kind as a template names it, in English ("steps").</summary>
    public required string TitleEn { get; init; }

    /// <summary>The input of a rule that measures a value, a count or a ratio in %.</summary>
    public static RuleInput OfMeasure(Measure measure, string title, string titleEn) => measure switch
    {
        Measure.Ratio => new() { Shape = InputShape.Ratio, Percentage = true, Hint = "tỷ lệ: 45/50 hoặc 90%", HintEn = "a ratio: 45/50 or 90%", Title = title, TitleEn = titleEn },
        Measure.Count => new() { Shape = InputShape.Count, Hint = "số nguyên", HintEn = "a whole count", Title = title, TitleEn = titleEn },
        _ => new() { Shape = InputShape.Value, Hint = "số, dấu . hoặc ,", HintEn = "a number, 12.5 or 12,5", Title = title, TitleEn = titleEn },
    };

    /// <summary>The input of a rule kind that declares none: the assessment's fields, "field=value; field=value".</summary>
    public static RuleInput Fields(string kind) => new()
    {
        Shape = InputShape.Fields,
        Hint = $"'{kind}': trường=giá trị",
        HintEn = "field=value, e.g. count=3",
        Title = kind,
        TitleEn = kind,
    };

    /// <inheritdoc />
    public bool Equals(RuleInput? other) =>
        other is not null && Shape == other.Shape && Percentage == other.Percentage && _options.SequenceEqual(other._options)
        && Hint == other.Hint && HintEn == other.HintEn && Title == other.Title && TitleEn == other.TitleEn;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Shape, Percentage, _options.Count, Hint, HintEn, Title, TitleEn);
}
