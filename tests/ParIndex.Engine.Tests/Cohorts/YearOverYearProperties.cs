using FluentAssertions;
using ParIndex.Engine.Cohorts;
using ParIndex.Engine.Evaluation;
using ParIndex.Engine.Model;
using ParIndex.Engine.Rules;
using ParIndex.Engine.Serialization;
using Xunit;
using static ParIndex.Engine.Tests.Support.Build;

namespace ParIndex.Engine.Tests.Cohorts;

/// <summary>
/// Issue 14: year over year matches units in order where the two years list them alike and keeps the matches as runs,
/// making each unit's change only when it is read. These tests hold it to the definition written the plain way (a
/// look-up of the first unit with the id, a record per unit) on random pairs of cohorts: the same units kept, moved,
/// new and gone, repeated ids in either year, ids differing in letter case, units not scored or not ranked.
/// </summary>
public class YearOverYearProperties
{
    private static readonly Band[] Bands =
    [
        new() { Label = "Tốt", MinIndex = 80 }, new() { Label = "Khá", MinIndex = 65 }, new() { Label = "Trung bình", MinIndex = 50 },
        new() { Label = "Yếu", MinIndex = 0 },
    ];

    private static readonly CompiledFramework Framework =
        FrameworkCompiler.Compile(new Framework(Info(), [Leaf("1", 100, Manual(0.5m))], ScoringPolicy.Default, Bands, hasher: RuleKindRegistry.BuiltInHasher));

    [Fact]
    public void Every_figure_is_that_of_the_plain_definition_on_random_pairs_of_years()
    {
        for (var seed = 1; seed <= 200; seed++)
        {
            var random = new Random(seed);
            var (previousIds, currentIds) = Ids(random, random.Next(0, 60));
            var previous = Score(random, previousIds);
            var current = Score(random, currentIds);

            var actual = YearOverYear.Between(previous, current);
            var expected = Reference(previous, current);

            var because = $"seed {seed}: {string.Join(",", previousIds)} → {string.Join(",", currentIds)}";
            actual.Units.Should().Equal(expected.Units, because);
            actual.Units.Count.Should().Be(expected.Units.Count, because);
            for (var i = 0; i < expected.Units.Count; i++) actual.Units[i].Should().Be(expected.Units[i], because);
            actual.NewUnits.Should().Equal(expected.NewUnits, because);
            actual.GoneUnits.Should().Equal(expected.GoneUnits, because);
            actual.NotScoredInOneYear.Should().Equal(expected.NotScoredInOneYear, because);
            actual.CaseMismatches.Should().Equal(expected.CaseMismatches, because);
            (actual.Gained, actual.Lost, actual.Unchanged, actual.MovedUp, actual.KeptRank, actual.MovedDown, actual.BandUp, actual.BandDown, actual.Matched)
                .Should().Be((expected.Gained, expected.Lost, expected.Unchanged, expected.MovedUp, expected.KeptRank, expected.MovedDown, expected.BandUp,
                    expected.BandDown, expected.Matched), because);
        }
    }

    [Fact]
    public void Reading_a_unit_out_of_range_is_refused()
    {
        var (previousIds, currentIds) = Ids(new Random(7), 10);
        var change = YearOverYear.Between(Score(new Random(1), previousIds), Score(new Random(2), currentIds));
        var count = change.Units.Count;

        change.Invoking(c => c.Units[count]).Should().Throw<ArgumentOutOfRangeException>();
        change.Invoking(c => c.Units[-1]).Should().Throw<ArgumentOutOfRangeException>();
    }

    // Last year's ids and this year's: mostly the same in the same order, with runs moved, units gone and new, a few
    // repeated, a few in another letter case.
    private static (List<string> Previous, List<string> Current) Ids(Random random, int count)
    {
        var previous = Enumerable.Range(0, count).Select(i => "xa-" + i).ToList();
        var current = new List<string>(previous);
        for (var k = random.Next(0, 4); k > 0 && current.Count > 0; k--) current.RemoveAt(random.Next(current.Count));
        for (var k = random.Next(0, 4); k > 0; k--) current.Insert(random.Next(current.Count + 1), "moi-" + random.Next(1000));
        if (random.Next(3) == 0 && current.Count > 4)
        {
            // A run moved elsewhere.
            var at = random.Next(current.Count - 3);
            var run = current.GetRange(at, 3);
            current.RemoveRange(at, 3);
            current.InsertRange(random.Next(current.Count + 1), run);
        }
        if (random.Next(4) == 0 && current.Count > 0) current[random.Next(current.Count)] = current[random.Next(current.Count)];
        if (random.Next(4) == 0 && previous.Count > 0) previous[random.Next(previous.Count)] = previous[random.Next(previous.Count)];
        if (random.Next(4) == 0 && current.Count > 0)
        {
            var at = random.Next(current.Count);
            current[at] = current[at].ToUpperInvariant();
        }
        if (random.Next(6) == 0) current = [.. current.OrderBy(_ => random.Next())];
        return (previous, current);
    }

    private static CohortResult Score(Random random, List<string> ids)
    {
        string?[] blocks = [null, "xã", "phường"];
        var units = ids.Select(id => new UnitAssessment
        {
            UnitId = id, UnitName = "Đơn vị " + id, Block = blocks[random.Next(blocks.Length)], Ranked = random.Next(6) != 0,
            Stages = new Dictionary<Stage, StageInputs>
            {
                // Few distinct indexes, so that kept ranks and unchanged indexes are common; one in ten not scored.
                [Stage.Appraisal1] = new() { Inputs = new Dictionary<string, LeafInput> { ["1"] = Points(random.Next(10) == 0 ? 150m : random.Next(0, 12) * 9m) } },
            },
        }).ToList();
        return CohortScorer.Score(Framework, units, new CohortScoringOptions { Parallel = false });
    }

    // The definition: each unit of this year with the first of last year's units with its id, a record per unit; then
    // last year's units matched by none, except a repeat of a matched id.
    private static YearOverYear Reference(CohortResult previous, CohortResult current)
    {
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < previous.Units.Count; i++) first.TryAdd(previous.Units[i].UnitId, i);
        var matched = new HashSet<int>();
        var changes = new List<UnitChange>();
        foreach (var now in current.Units)
        {
            UnitStanding? before = null;
            if (first.TryGetValue(now.UnitId, out var at))
            {
                before = previous.Units[at];
                matched.Add(at);
            }
            changes.Add(Change(previous, current, before, now));
        }
        for (var i = 0; i < previous.Units.Count; i++)
            if (!matched.Contains(first[previous.Units[i].UnitId])) changes.Add(Change(previous, current, previous.Units[i], null));
        return new YearOverYear { Units = changes };
    }

    private static UnitChange Change(CohortResult previous, CohortResult current, UnitStanding? before, UnitStanding? now)
    {
        string? BandOf(UnitStanding? u) => u is { Card.IsScored: true } ? u.Band : null;
        int Position(CohortResult r, string? band) => band is null ? -1 : r.Framework.Bands.ToList().FindIndex(b => b.Label == band);
        var p = Position(previous, BandOf(before));
        var c = Position(current, BandOf(now));
        return new UnitChange
        {
            UnitId = (now ?? before)!.UnitId,
            UnitName = (now ?? before)!.UnitName,
            InPreviousYear = before is not null,
            InCurrentYear = now is not null,
            PreviousIndex = before is { Card.IsScored: true } ? before.Index : null,
            CurrentIndex = now is { Card.IsScored: true } ? now.Index : null,
            PreviousRank = before?.Rank,
            CurrentRank = now?.Rank,
            PreviousBand = BandOf(before),
            CurrentBand = BandOf(now),
            Band = p < 0 || c < 0 ? RankMovement.None : c < p ? RankMovement.Up : c == p ? RankMovement.Same : RankMovement.Down,
        };
    }
}
