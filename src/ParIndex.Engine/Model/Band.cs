namespace ParIndex.Engine.Model;

/// <summary>
/// A band (xếp loại, nhóm) on the index: from <see cref="MinIndex"/> inclusive up to the next band's
/// minimum (exclusive), compared on the rounded index.
/// </summary>
public sealed record Band
{
    /// <summary>The label as published: "Tốt", "Khá", "A".</summary>
    public required string Label { get; init; }

    /// <summary>An optional English label ("Good").</summary>
    public string? LabelEn { get; init; }

    /// <summary>The lowest index in this band, inclusive.</summary>
    public required decimal MinIndex { get; init; }

    /// <summary>
    /// The index this band ends at, exclusive (the top band's is the scale, inclusive);
    /// <see langword="null"/> means "up to the next band". Declaring it lets the framework check for gaps and overlaps.
    /// </summary>
    public decimal? MaxIndex { get; init; }
}
