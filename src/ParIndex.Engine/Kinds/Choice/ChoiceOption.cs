namespace ParIndex.Engine.Rules;

/// <summary>One label of a choice rule and the points it picks ("kịp thời" → 1).</summary>
public sealed record ChoiceOption
{
    /// <summary>The label as entered; inputs match it by <see cref="ChoiceLabelComparer"/> (NFC, trimmed, case ignored, diacritics kept).</summary>
    public required string Label { get; init; }

    /// <summary>An optional English label.</summary>
    public string? LabelEn { get; init; }

    /// <summary>The points it picks.</summary>
    public required decimal Points { get; init; }
}
