namespace ParIndex.Engine.Model;

/// <summary>
/// A bonus or a penalty (điểm thưởng, điểm trừ) at a node or on the total: a fixed amount, or an amount per
/// occurrence, never more than its cap. A node stays within [0, its max]; the index stays within [0, scale]
/// unless the framework declares it uncapped.
/// </summary>
public sealed record Adjustment
{
    /// <summary>A code unique in the framework ("P1", "T-KL").</summary>
    public required string Code { get; init; }

    /// <summary>The Vietnamese name ("Cán bộ bị kỷ luật").</summary>
    public required string Name { get; init; }

    /// <summary>An optional English name.</summary>
    public string? NameEn { get; init; }

    /// <summary>Bonus or penalty.</summary>
    public required AdjustmentKind Kind { get; init; }

    /// <summary>Points per occurrence; the input gives the number of occurrences.</summary>
    public decimal? PointsPerOccurrence { get; init; }

    /// <summary>Fixed points when the adjustment applies (any positive number of occurrences).</summary>
    public decimal? FixedPoints { get; init; }

    /// <summary>The most this adjustment can add or remove.</summary>
    public required decimal Cap { get; init; }

    /// <summary>The points for <paramref name="occurrences"/> occurrences, capped; 0 for none.</summary>
    public decimal PointsFor(int occurrences)
    {
        if (occurrences <= 0) return 0m;
        var raw = FixedPoints ?? (PointsPerOccurrence ?? 0m) * occurrences;
        return raw > Cap ? Cap : raw;
    }
}
