namespace ParIndex.Engine.Cohorts;

/// <summary>
/// Two years of a cohort side by side, matched by unit id: per unit the change in points (index), rank and band,
/// and the counts a district publishes (Phù Yên 2022: 8 units gained points, 19 lost; 16 moved up, 2 kept their
/// rank, 9 moved down).
/// </summary>
public sealed record YearOverYear
{
    /// <summary>Every unit of either year: this year's order first, then the units gone.</summary>
    public required IReadOnlyList<UnitChange> Units { get; init; }

    /// <summary>Units scored both years whose index rose.</summary>
    public int Gained => Units.Count(u => u.IndexDelta > 0m);

    /// <summary>Units scored both years whose index fell.</summary>
    public int Lost => Units.Count(u => u.IndexDelta < 0m);

    /// <summary>Units scored both years whose index did not change.</summary>
    public int Unchanged => Units.Count(u => u.IndexDelta == 0m);

    /// <summary>Units ranked both years that moved up.</summary>
    public int MovedUp => Units.Count(u => u.Rank == RankMovement.Up);

    /// <summary>Units ranked both years that kept their rank.</summary>
    public int KeptRank => Units.Count(u => u.Rank == RankMovement.Same);

    /// <summary>Units ranked both years that moved down.</summary>
    public int MovedDown => Units.Count(u => u.Rank == RankMovement.Down);

    /// <summary>Units banded both years whose band rose.</summary>
    public int BandUp => Units.Count(u => u.Band == RankMovement.Up);

    /// <summary>Units banded both years whose band fell.</summary>
    public int BandDown => Units.Count(u => u.Band == RankMovement.Down);

    /// <summary>Units only in this year's cohort.</summary>
    public IReadOnlyList<string> NewUnits => [.. Units.Where(u => u.PreviousIndex is null && u.CurrentIndex is not null).Select(u => u.UnitId)];

    /// <summary>Units only in last year's cohort.</summary>
    public IReadOnlyList<string> GoneUnits => [.. Units.Where(u => u.CurrentIndex is null && u.PreviousIndex is not null).Select(u => u.UnitId)];

    /// <summary>Compares last year's cohort with this year's.</summary>
    public static YearOverYear Between(CohortResult previous, CohortResult current)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(current);
        var changes = new List<UnitChange>();
        foreach (var now in current.Units)
        {
            var before = previous.Find(now.UnitId);
            changes.Add(Change(previous, current, before, now));
        }
        foreach (var gone in previous.Units.Where(u => current.Find(u.UnitId) is null))
            changes.Add(Change(previous, current, gone, null));
        return new YearOverYear { Units = changes };
    }

    private static UnitChange Change(CohortResult previous, CohortResult current, UnitStanding? before, UnitStanding? now)
    {
        var previousBand = before?.Card.IsScored == true ? before.Band : null;
        var currentBand = now?.Card.IsScored == true ? now.Band : null;
        var p = BandPosition(previous, previousBand);
        var c = BandPosition(current, currentBand);
        return new UnitChange
        {
            UnitId = (now ?? before)!.UnitId,
            UnitName = (now ?? before)!.UnitName,
            PreviousIndex = before?.Card.IsScored == true ? before.Index : null,
            CurrentIndex = now?.Card.IsScored == true ? now.Index : null,
            PreviousRank = before?.Rank,
            CurrentRank = now?.Rank,
            PreviousBand = previousBand,
            CurrentBand = currentBand,
            Band = p < 0 || c < 0 ? RankMovement.None : c < p ? RankMovement.Up : c == p ? RankMovement.Same : RankMovement.Down,
        };
    }

    private static int BandPosition(CohortResult result, string? label)
    {
        if (label is null) return -1;
        for (var i = 0; i < result.Framework.Bands.Count; i++) if (result.Framework.Bands[i].Label == label) return i;
        return -1;
    }
}
