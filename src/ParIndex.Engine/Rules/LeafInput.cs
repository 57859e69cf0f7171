namespace ParIndex.Engine.Rules;

/// <summary>
/// What a unit enters for one leaf at one stage, as written in an assessment file. Which fields a leaf reads
/// depends on its rule kind; the others must be left empty.
/// </summary>
public sealed record LeafInput
{
    private readonly IReadOnlyList<string> _references = [];

    /// <summary>All-or-nothing: whether the requirement was met.</summary>
    public bool? Met { get; init; }

    /// <summary>A value, or a percentage (0 to 100) for a ratio measure, or a survey percentage.</summary>
    public decimal? Value { get; init; }

    /// <summary>A whole count (items, occurrences, late reports).</summary>
    public int? Count { get; init; }

    /// <summary>A ratio's numerator (dossiers settled on time).</summary>
    public decimal? Numerator { get; init; }

    /// <summary>A ratio's denominator (dossiers received).</summary>
    public decimal? Denominator { get; init; }

    /// <summary>A choice rule's label ("kịp thời").</summary>
    public string? Choice { get; init; }

    /// <summary>Manual points entered by the appraiser.</summary>
    public decimal? Points { get; init; }

    /// <summary>Survey answers: respondents per option label.</summary>
    public IReadOnlyDictionary<string, int>? SurveyCounts { get; init; }

    /// <summary>Nothing happened to measure (không phát sinh).</summary>
    public bool NotApplicable { get; init; }

    /// <summary>The state of the evidence; <see langword="null"/> when not stated (missing, where the leaf requires it).</summary>
    public EvidenceStatus? Evidence { get; init; }

    /// <summary>References to the evidence (document numbers, links).</summary>
    public IReadOnlyList<string> References { get => _references; init => _references = value is null ? [] : [.. value]; }

    /// <summary>A free note (giải trình).</summary>
    public string? Note { get; init; }

    /// <inheritdoc />
    public bool Equals(LeafInput? other) =>
        other is not null && Met == other.Met && Value == other.Value && Count == other.Count
        && Numerator == other.Numerator && Denominator == other.Denominator && Choice == other.Choice
        && Points == other.Points && NotApplicable == other.NotApplicable && Evidence == other.Evidence
        && Note == other.Note && _references.SequenceEqual(other._references)
        && SurveyEquals(SurveyCounts, other.SurveyCounts);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Met, Value, Count, Numerator, Denominator, Choice, Points, NotApplicable);

    private static bool SurveyEquals(IReadOnlyDictionary<string, int>? a, IReadOnlyDictionary<string, int>? b) =>
        a is null || b is null ? a is null && b is null
        : a.Count == b.Count && a.All(kv => b.TryGetValue(kv.Key, out var v) && v == kv.Value);
}
