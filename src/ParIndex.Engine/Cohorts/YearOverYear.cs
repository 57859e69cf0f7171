using System.Diagnostics.CodeAnalysis;

namespace ParIndex.Engine.Cohorts;

/// <summary>
/// Two years of a cohort side by side, matched by unit id: per unit the change in points (index), rank and band,
/// and the counts a district publishes (Phù Yên 2022: 8 units gained points, 19 lost; 16 moved up, 2 kept their
/// rank, 9 moved down).
/// </summary>
public sealed record YearOverYear
{
    private readonly IReadOnlyList<UnitChange> _units = [];

    // The counts, made once: reports read several of them, and each was a pass over a million records. A value, so
    // two records with the same units stay equal.
    private readonly Tally _counts;

    /// <summary>An empty comparison; set <see cref="Units"/>.</summary>
    public YearOverYear()
    {
    }

    [SetsRequiredMembers]
    private YearOverYear(MatchedUnits units)
    {
        Units = units;
    }

    /// <summary>Every unit of either year: this year's order first, then the units gone.</summary>
    public required IReadOnlyList<UnitChange> Units
    {
        get => _units;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            _units = value;
            _counts = value is MatchedUnits matched ? matched.Tally : Tally.Of(value);
        }
    }

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
    public IReadOnlyList<string> NewUnits => _units is MatchedUnits m ? m.NewIds() : [.. Units.Where(u => !u.InPreviousYear).Select(u => u.UnitId)];

    /// <summary>Units only in last year's cohort.</summary>
    public IReadOnlyList<string> GoneUnits => _units is MatchedUnits m ? m.GoneIds() : [.. Units.Where(u => !u.InCurrentYear).Select(u => u.UnitId)];

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
        return new YearOverYear(MatchedUnits.Between(previous, current));
    }

    /// <summary>One unit's change: <paramref name="before"/> is last year's standing (none for a new unit), <paramref name="now"/> this year's (none for a unit gone).</summary>
    internal static UnitChange Change(CohortResult previous, CohortResult current, UnitStanding? before, UnitStanding? now)
    {
        var (previousIndex, currentIndex, previousBand, currentBand, band) = Compare(previous, current, before, now);
        return new UnitChange
        {
            UnitId = (now ?? before)!.UnitId,
            InPreviousYear = before is not null,
            InCurrentYear = now is not null,
            UnitName = (now ?? before)!.UnitName,
            PreviousIndex = previousIndex,
            CurrentIndex = currentIndex,
            PreviousRank = before?.Rank,
            CurrentRank = now?.Rank,
            PreviousBand = previousBand,
            CurrentBand = currentBand,
            Band = band,
        };
    }

    // What a unit's change is made of beyond its standings' own fields, read once: the record and the counts both
    // take it from here. An index and a band count only for a unit scored that year.
    private static (decimal? PreviousIndex, decimal? CurrentIndex, string? PreviousBand, string? CurrentBand, RankMovement Band) Compare(
        CohortResult previous, CohortResult current, UnitStanding? before, UnitStanding? now)
    {
        var scoredBefore = before?.Card.IsScored == true;
        var scoredNow = now?.Card.IsScored == true;
        var previousBand = scoredBefore ? before!.Band : null;
        var currentBand = scoredNow ? now!.Band : null;
        return (scoredBefore ? before!.Index : null, scoredNow ? now!.Index : null, previousBand, currentBand,
            Movement(BandPosition(previous, previousBand), BandPosition(current, currentBand)));
    }

    // Up when the position number falls (rank 1 and the first band are the best); none when either is unknown (< 0).
    internal static RankMovement Movement(int before, int now) =>
        before < 0 || now < 0 ? RankMovement.None : now < before ? RankMovement.Up : now == before ? RankMovement.Same : RankMovement.Down;

    private static int BandPosition(CohortResult result, string? label)
    {
        if (label is null) return -1;
        var bands = result.Framework.Bands;
        for (var i = 0; i < bands.Count; i++) if (string.Equals(bands[i].Label, label, StringComparison.Ordinal)) return i;
        return -1;
    }

    /// <summary>The counts of a comparison, added up a unit at a time: from records, or from the two standings without making one.</summary>
    internal record struct Tally(int Gained, int Lost, int Unchanged, int MovedUp, int KeptRank, int MovedDown, int BandUp, int BandDown, int Matched)
    {
        public static Tally Of(IReadOnlyList<UnitChange> units)
        {
            var tally = default(Tally);
            for (var i = 0; i < units.Count; i++)
            {
                var u = units[i];
                tally.Add(u.IndexDelta, u.Rank, u.Band, u.InPreviousYear && u.InCurrentYear);
            }
            return tally;
        }

        /// <summary>Adds the unit whose standings are these, as <see cref="Change"/> would make its record, without making it.</summary>
        public void Add(CohortResult previous, CohortResult current, UnitStanding? before, UnitStanding? now)
        {
            var (previousIndex, currentIndex, _, _, band) = Compare(previous, current, before, now);
            decimal? delta = previousIndex is { } p && currentIndex is { } c ? c - p : null;
            var rank = before?.Rank is { } r0 && now?.Rank is { } r1 ? Movement(r0, r1) : RankMovement.None;
            Add(delta, rank, band, before is not null && now is not null);
        }

        private void Add(decimal? delta, RankMovement rank, RankMovement band, bool matched)
        {
            if (delta is { } d)
            {
                if (d > 0m) Gained++;
                else if (d < 0m) Lost++;
                else Unchanged++;
            }
            switch (rank)
            {
                case RankMovement.Up: MovedUp++; break;
                case RankMovement.Same: KeptRank++; break;
                case RankMovement.Down: MovedDown++; break;
            }
            if (band == RankMovement.Up) BandUp++;
            else if (band == RankMovement.Down) BandDown++;
            if (matched) Matched++;
        }
    }
}
