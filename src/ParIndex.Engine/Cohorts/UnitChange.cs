namespace ParIndex.Engine.Cohorts;

/// <summary>One unit's change from one year to the next.</summary>
public sealed record UnitChange
{
    /// <summary>The unit's id, the key the two years are matched on.</summary>
    public required string UnitId { get; init; }

    /// <summary>Whether last year's cohort has this unit (scored or not: a unit whose inputs failed last year is not "new").</summary>
    public bool InPreviousYear { get; init; } = true;

    /// <summary>Whether this year's cohort has this unit.</summary>
    public bool InCurrentYear { get; init; } = true;

    /// <summary>The unit's name (this year's, or last year's for a unit gone).</summary>
    public required string UnitName { get; init; }

    /// <summary>Last year's index; <see langword="null"/> for a new unit or one not scored.</summary>
    public decimal? PreviousIndex { get; init; }

    /// <summary>This year's index; <see langword="null"/> for a unit gone or not scored.</summary>
    public decimal? CurrentIndex { get; init; }

    /// <summary>This year's index − last year's; <see langword="null"/> unless both are known.</summary>
    public decimal? IndexDelta => PreviousIndex is { } p && CurrentIndex is { } c ? c - p : null;

    /// <summary>Last year's rank.</summary>
    public int? PreviousRank { get; init; }

    /// <summary>This year's rank.</summary>
    public int? CurrentRank { get; init; }

    /// <summary>Up (a smaller rank number), same or down; none unless ranked both years.</summary>
    public RankMovement Rank => PreviousRank is { } p && CurrentRank is { } c ? YearOverYear.Movement(p, c) : RankMovement.None;

    /// <summary>Last year's band.</summary>
    public string? PreviousBand { get; init; }

    /// <summary>This year's band.</summary>
    public string? CurrentBand { get; init; }

    /// <summary>Up (a better band), same or down, by each year's band order; none unless banded both years.</summary>
    public RankMovement Band { get; init; }
}
