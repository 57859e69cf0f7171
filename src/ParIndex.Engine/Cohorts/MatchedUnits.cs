using System.Collections;

namespace ParIndex.Engine.Cohorts;

/// <summary>
/// The units of <see cref="YearOverYear.Between"/>, kept as runs of consecutive positions in the two cohorts rather
/// than as a record per unit: two years of the same unit list are a handful of runs, so comparing a million units
/// allocates next to nothing and leaves nothing for the collector to trace. A <see cref="UnitChange"/> is made when it
/// is read, from the two standings, by the same code that made the counts.
/// </summary>
internal sealed class MatchedUnits : IReadOnlyList<UnitChange>
{
    // A run: Length units at Current, Current + 1, ... matched with Previous, Previous + 1, ...; Previous is -1 for
    // units new this year, Current -1 for units gone. Runs are in the order of Units: this year's, then the gone.
    private readonly record struct Run(int Current, int Previous, int Length);

    private readonly CohortResult _previous;
    private readonly CohortResult _current;
    private readonly Run[] _runs;
    private readonly int[] _starts;  // the position in Units of each run's first unit

    private MatchedUnits(CohortResult previous, CohortResult current, List<Run> runs, YearOverYear.Tally tally)
    {
        _previous = previous;
        _current = current;
        _runs = [.. runs];
        _starts = new int[_runs.Length];
        var at = 0;
        for (var r = 0; r < _runs.Length; r++)
        {
            _starts[r] = at;
            at += _runs[r].Length;
        }
        Count = at;
        Tally = tally;
    }

    /// <summary>The counts, made while matching.</summary>
    public YearOverYear.Tally Tally { get; }

    public int Count { get; }

    public UnitChange this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            var r = Array.BinarySearch(_starts, index);
            if (r < 0) r = ~r - 1;
            return Change(_runs[r], index - _starts[r]);
        }
    }

    public IEnumerator<UnitChange> GetEnumerator()
    {
        foreach (var run in _runs)
            for (var k = 0; k < run.Length; k++) yield return Change(run, k);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The ids of the units new this year, in this year's order.</summary>
    public List<string> NewIds() => Ids(r => r.Previous < 0);

    /// <summary>The ids of the units gone, in last year's order.</summary>
    public List<string> GoneIds() => Ids(r => r.Current < 0);

    private List<string> Ids(Func<Run, bool> which)
    {
        var ids = new List<string>();
        foreach (var run in _runs)
        {
            if (!which(run)) continue;
            for (var k = 0; k < run.Length; k++) ids.Add(run.Current < 0 ? _previous.Units[run.Previous + k].UnitId : _current.Units[run.Current + k].UnitId);
        }
        return ids;
    }

    private UnitChange Change(Run run, int k) => YearOverYear.Change(_previous, _current,
        run.Previous < 0 ? -1 : run.Previous + k, run.Current < 0 ? -1 : run.Current + k);

    /// <summary>
    /// Matches this year's units with last year's by id, exactly: each unit of this year with the first of last year's
    /// units that has its id. The unit after the last one matched is tried first (years list their units alike, and
    /// reading both lists in order is what a million units need: a look-up each is a cache miss each); the id look-up
    /// is for the rest, and for every unit when last year repeats an id (only its first is matched). Ids and figures
    /// are read from the cohorts' columns, in order (<see cref="CohortColumns"/>).
    /// </summary>
    public static MatchedUnits Between(CohortResult previous, CohortResult current)
    {
        var runs = new List<Run>();
        var tally = default(YearOverYear.Tally);
        var before = previous.Columns;
        var now = current.Columns;
        var beforeCount = previous.Units.Count;
        var nowCount = current.Units.Count;
        var next = 0;  // the unit of last year after the last one matched
        for (var i = 0; i < nowCount; i++)
        {
            var at = !previous.HasRepeatedIds && next < beforeCount && before.Id(next).SequenceEqual(now.Id(i))
                ? next
                : previous.PositionOf(now.Id(i));
            if (at >= 0) next = at + 1;
            tally.Add(before, now, at, i);
            Extend(runs, i, at);
        }

        // The units gone: last year's positions outside every matched run, so finding them costs a sort of the runs,
        // not a mark per unit. The runs' spans of last year's positions, in order and merged (two units of this year
        // with one id both match the same unit of last year).
        var taken = Taken(runs);
        bool IsTaken(int position)
        {
            var r = Array.BinarySearch(taken, (position, int.MaxValue));
            return (r < 0 ? ~r : r) - 1 is var k && k >= 0 && position < taken[k].End;
        }
        var t = 0;
        for (var i = 0; i < beforeCount; i++)
        {
            if (t < taken.Length && taken[t].Start <= i)
            {
                i = taken[t++].End - 1;
                continue;
            }
            // A second unit with the id of a matched one (the first) is not gone either.
            if (previous.HasRepeatedIds && previous.PositionOf(previous.Units[i].UnitId) is var first && first != i && IsTaken(first)) continue;
            Extend(runs, -1, i);
        }
        return new MatchedUnits(previous, current, runs, tally);
    }

    // The last year's positions the runs matched, as disjoint spans [Start, End) in order.
    private static (int Start, int End)[] Taken(List<Run> runs)
    {
        var spans = runs.Where(r => r.Current >= 0 && r.Previous >= 0).Select(r => (Start: r.Previous, End: r.Previous + r.Length)).ToArray();
        Array.Sort(spans);
        var merged = 0;
        foreach (var span in spans)
        {
            if (merged > 0 && span.Start <= spans[merged - 1].End) spans[merged - 1].End = Math.Max(spans[merged - 1].End, span.End);
            else spans[merged++] = span;
        }
        return spans[..merged];
    }

    // Adds a unit (current position, previous position; -1 for none) to the last run when it continues it.
    private static void Extend(List<Run> runs, int current, int previous)
    {
        if (runs.Count > 0)
        {
            var last = runs[^1];
            var continuesCurrent = current < 0 ? last.Current < 0 : last.Current >= 0 && last.Current + last.Length == current;
            var continuesPrevious = previous < 0 ? last.Previous < 0 : last.Previous >= 0 && last.Previous + last.Length == previous;
            if (continuesCurrent && continuesPrevious)
            {
                runs[^1] = last with { Length = last.Length + 1 };
                return;
            }
        }
        runs.Add(new Run(current, previous, 1));
    }
}
