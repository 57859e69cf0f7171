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

    /// <summary>Units only in this year's cohort (a unit last year's inputs could not score is matched, not new).</summary>
    public IReadOnlyList<string> NewUnits => [.. Units.Where(u => !u.InPreviousYear).Select(u => u.UnitId)];

    /// <summary>Units only in last year's cohort.</summary>
    public IReadOnlyList<string> GoneUnits => [.. Units.Where(u => !u.InCurrentYear).Select(u => u.UnitId)];

    /// <summary>Units in both years' cohorts (matched by id, exactly).</summary>
    public int Matched => Units.Count(u => u.InPreviousYear && u.InCurrentYear);

    /// <summary>Units in both years whose inputs could not be scored in one of them: their rank and band movements are unknown.</summary>
    public IReadOnlyList<string> NotScoredInOneYear => [.. Units.Where(u => u.InPreviousYear && u.InCurrentYear && (u.PreviousIndex is null || u.CurrentIndex is null)).Select(u => u.UnitId)];

    /// <summary>Pairs of a new and a gone unit whose ids differ only in letter case ("XA-01" / "xa-01"): ids match exactly, so these are not matched.</summary>
    public IReadOnlyList<(string Previous, string Current)> CaseMismatches
    {
        get
        {
            var gone = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var id in GoneUnits) gone.TryAdd(id, id);
            return [.. NewUnits.Where(gone.ContainsKey).Select(id => (gone[id], id))];
        }
    }

    /// <summary>Compares last year's cohort with this year's.</summary>
    public static YearOverYear Between(CohortResult previous, CohortResult current)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(current);
        // Sized once and one record per unit: a million units are matched without copying the list or the records.
        var changes = new List<UnitChange>(current.Units.Count + previous.Units.Count / 16);
        foreach (var now in current.Units)
        {
            var before = previous.Find(now.UnitId);
            changes.Add(Change(previous, current, before, now, inPreviousYear: before is not null, inCurrentYear: true));
        }
        foreach (var gone in previous.Units)
            if (current.Find(gone.UnitId) is null) changes.Add(Change(previous, current, gone, null, inPreviousYear: true, inCurrentYear: false));
        return new YearOverYear { Units = changes };
    }

    private static UnitChange Change(CohortResult previous, CohortResult current, UnitStanding? before, UnitStanding? now, bool inPreviousYear, bool inCurrentYear)
    {
        var previousBand = before?.Card.IsScored == true ? before.Band : null;
        var currentBand = now?.Card.IsScored == true ? now.Band : null;
        var p = BandPosition(previous, previousBand);
        var c = BandPosition(current, currentBand);
        return new UnitChange
        {
            UnitId = (now ?? before)!.UnitId,
            InPreviousYear = inPreviousYear,
            InCurrentYear = inCurrentYear,
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
