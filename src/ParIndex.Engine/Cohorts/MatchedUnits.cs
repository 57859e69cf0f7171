using System.Buffers;
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
        run.Previous < 0 ? null : _previous.Units[run.Previous + k], run.Current < 0 ? null : _current.Units[run.Current + k]);

    /// <summary>
    /// Matches this year's units with last year's by id, exactly: each unit of this year with the first of last year's
    /// units that has its id. The unit after the last one matched is tried first (years list their units alike, and
    /// reading both lists in order is what a million units need: a look-up each is a cache miss each); the id look-up
    /// is for the rest, and for every unit when last year repeats an id (only its first is matched).
    /// </summary>
    public static MatchedUnits Between(CohortResult previous, CohortResult current)
    {
        var runs = new List<Run>();
        var tally = default(YearOverYear.Tally);
        var before = previous.Units;
        var now = current.Units;
        var matched = ArrayPool<bool>.Shared.Rent(Math.Max(before.Count, 1));
        try
        {
            Array.Clear(matched, 0, before.Count);
            var next = 0;  // the unit of last year after the last one matched
            for (var i = 0; i < now.Count; i++)
            {
                var unit = now[i];
                var at = !previous.HasRepeatedIds && next < before.Count && string.Equals(before[next].UnitId, unit.UnitId, StringComparison.Ordinal)
                    ? next
                    : previous.PositionOf(unit.UnitId);
                if (at >= 0)
                {
                    matched[at] = true;
                    next = at + 1;
                }
                tally.Add(previous, current, at >= 0 ? before[at] : null, unit);
                Extend(runs, i, at);
            }
            for (var i = 0; i < before.Count; i++)
            {
                if (matched[i]) continue;
                // A second unit with the id of a matched one (the first) is not gone either.
                if (previous.HasRepeatedIds && previous.PositionOf(before[i].UnitId) is var first && first != i && matched[first]) continue;
                Extend(runs, -1, i);
            }
        }
        finally
        {
            ArrayPool<bool>.Shared.Return(matched);
        }
        return new MatchedUnits(previous, current, runs, tally);
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
