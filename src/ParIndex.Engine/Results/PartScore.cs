namespace ParIndex.Engine.Results;

/// <summary>A part's points, and their conversion when some of its leaves were excluded as not applicable.</summary>
public sealed record PartScore
{
    /// <summary>The part's code; "all" when the framework declares no parts.</summary>
    public required string Code { get; init; }

    /// <summary>The Vietnamese name.</summary>
    public required string Name { get; init; }

    /// <summary>The part's max.</summary>
    public required decimal MaxPoints { get; init; }

    /// <summary>The max that applied.</summary>
    public required decimal ApplicableMaxPoints { get; init; }

    /// <summary>The points awarded in the part's areas.</summary>
    public required decimal Awarded { get; init; }

    /// <summary>Awarded re-based on the part's max: awarded / applicable max × max, rounded to the index decimals.</summary>
    public required decimal Converted { get; init; }

    /// <summary>
    /// The arithmetic of the conversion, with the unit's numbers and the rounding ("36.5 × 50 / 45 = 40.555… → 40.56"),
    /// when the part was re-based; <see langword="null"/> when nothing was excluded (converted = awarded).
    /// </summary>
    public Reason? Reason { get; init; }
}
