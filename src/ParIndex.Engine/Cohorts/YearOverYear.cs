namespace ParIndex.Engine.Cohorts;

/// <summary>
/// Two years of a cohort side by side, matched by unit id: per unit the change in points (index), rank and band,
/// and the counts a district publishes (Phù Yên 2022: 8 units gained points, 19 lost; 16 moved up, 2 kept their
/// rank, 9 moved down).
/// </summary>
public sealed record YearOverYear
{
    private readonly IReadOnlyList<UnitChange> _units = [];

    /// <summary>Every unit of either year: this year's order first, then the units gone.</summary>
    public required IReadOnlyList<UnitChange> Units
    {
        get => _units;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            _units = value;
            _counts = Counts.Of(value);
        }
    }

    // The counts, made once from the units as they are set: reports read several of them, and each was a pass over a
    // million records. A value, so two records with the same units stay equal.
    private readonly Counts _counts;

    /// <summary>Units scored both years whose index rose.</summary>
    public int Gained => _counts.Gained;

    /// <summary>Units scored both years whose index fell.</summary>
    public int Lost => _counts.Lost;

    /// <summary>Units scored both years whose index did not change.</summary>
    public int Unchanged => _counts.Unchanged;

    /// <summary>Units ranked both years that moved up.</summary>
    public int MovedUp => _counts.MovedUp;

    /// <summary>Units ranked both years that kept their rank.</summary>
    public int KeptRank => _counts.KeptRank;

    /// <summary>Units ranked both years that moved down.</summary>
    public int MovedDown => _counts.MovedDown;

    /// <summary>Units banded both years whose band rose.</summary>
    public int BandUp => _counts.BandUp;

    /// <summary>Units banded both years whose band fell.</summary>
    public int BandDown => _counts.BandDown;

    /// <summary>Units only in this year's cohort (a unit last year's inputs could not score is matched, not new).</summary>
    public IReadOnlyList<string> NewUnits => [.. Units.Where(u => !u.InPreviousYear).Select(u => u.UnitId)];

    /// <summary>Units only in last year's cohort.</summary>
    public IReadOnlyList<string> GoneUnits => [.. Units.Where(u => !u.InCurrentYear).Select(u => u.UnitId)];

    /// <summary>Units in both years' cohorts (matched by id, exactly).</summary>
    public int Matched => _counts.Matched;

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
        // Sized once and one record per unit: a million units are matched without copying the list or the records,
        // and with one look-up each (last year's units are marked as they are matched, so finding the units gone is
        // a look-up only for those not matched).
        var changes = new List<UnitChange>(current.Units.Count + previous.Units.Count / 16);
        var matched = new bool[previous.Units.Count];
        foreach (var now in current.Units)
        {
            var at = previous.PositionOf(now.UnitId);
            if (at >= 0) matched[at] = true;
            changes.Add(Change(previous, current, at >= 0 ? previous.Units[at] : null, now, inPreviousYear: at >= 0, inCurrentYear: true));
        }
        for (var i = 0; i < matched.Length; i++)
        {
            if (matched[i]) continue;
            var gone = previous.Units[i];
            // A second unit with the id of a matched one (the first) is not gone either.
            var first = previous.PositionOf(gone.UnitId);
            if (first != i && matched[first]) continue;
            changes.Add(Change(previous, current, gone, null, inPreviousYear: true, inCurrentYear: false));
        }
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

    private readonly record struct Counts(int Gained, int Lost, int Unchanged, int MovedUp, int KeptRank, int MovedDown, int BandUp, int BandDown, int Matched)
    {
        public static Counts Of(IReadOnlyList<UnitChange> units)
        {
            int gained = 0, lost = 0, unchanged = 0, up = 0, kept = 0, down = 0, bandUp = 0, bandDown = 0, matched = 0;
            for (var i = 0; i < units.Count; i++)
            {
                var u = units[i];
                if (u.IndexDelta is { } delta)
                {
                    if (delta > 0m) gained++;
                    else if (delta < 0m) lost++;
                    else unchanged++;
                }
                switch (u.Rank)
                {
                    case RankMovement.Up: up++; break;
                    case RankMovement.Same: kept++; break;
                    case RankMovement.Down: down++; break;
                }
                if (u.Band == RankMovement.Up) bandUp++;
                else if (u.Band == RankMovement.Down) bandDown++;
                if (u.InPreviousYear && u.InCurrentYear) matched++;
            }
            return new Counts(gained, lost, unchanged, up, kept, down, bandUp, bandDown, matched);
        }
    }
}
