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

    /// <summary>One unit's change: <paramref name="before"/> is its position last year (-1 for a new unit), <paramref name="now"/> this year (-1 for a unit gone).</summary>
    internal static UnitChange Change(CohortResult previous, CohortResult current, int before, int now)
    {
        var was = before < 0 ? null : previous.Units[before];
        var @is = now < 0 ? null : current.Units[now];
        var (scoredBefore, scoredNow, _, _, band) = Compare(previous.Columns, current.Columns, before, now);
        return new UnitChange
        {
            UnitId = (@is ?? was)!.UnitId,
            InPreviousYear = was is not null,
            InCurrentYear = @is is not null,
            UnitName = (@is ?? was)!.UnitName,
            PreviousIndex = scoredBefore ? was!.Index : null,
            CurrentIndex = scoredNow ? @is!.Index : null,
            PreviousRank = was?.Rank,
            CurrentRank = @is?.Rank,
            PreviousBand = scoredBefore ? was!.Band : null,
            CurrentBand = scoredNow ? @is!.Band : null,
            Band = band,
        };
    }

    // What a unit's change is made of beyond its standings' own fields, read once from the columns: the record and
    // the counts both take it from here. An index and a band count only for a unit scored that year; a rank only when
    // the unit has one both years.
    private static (bool ScoredBefore, bool ScoredNow, decimal? Delta, RankMovement Rank, RankMovement Band) Compare(
        CohortColumns previous, CohortColumns current, int before, int now)
    {
        var was = before < 0 ? default : previous.Rows[before];
        var @is = now < 0 ? default : current.Rows[now];
        var scoredBefore = before >= 0 && was.Scored;
        var scoredNow = now >= 0 && @is.Scored;
        return (scoredBefore, scoredNow,
            scoredBefore && scoredNow ? @is.Index - was.Index : null,
            was.Rank > 0 && @is.Rank > 0 ? Movement(was.Rank, @is.Rank) : RankMovement.None,
            Movement(scoredBefore ? was.Band : -1, scoredNow ? @is.Band : -1));
    }

    // Up when the position number falls (rank 1 and the first band are the best); none when either is unknown (< 0).
    internal static RankMovement Movement(int before, int now) =>
        before < 0 || now < 0 ? RankMovement.None : now < before ? RankMovement.Up : now == before ? RankMovement.Same : RankMovement.Down;

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

        /// <summary>Adds the unit at these positions (-1 for none), as <see cref="Change"/> would make its record, without making it.</summary>
        public void Add(CohortColumns previous, CohortColumns current, int before, int now)
        {
            var (_, _, delta, rank, band) = Compare(previous, current, before, now);
            Add(delta, rank, band, before >= 0 && now >= 0);
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
