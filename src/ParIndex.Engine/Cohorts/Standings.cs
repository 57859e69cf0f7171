using System.Buffers;
using ParIndex.Engine.Model;
using ParIndex.Engine.Results;

namespace ParIndex.Engine.Cohorts;

/// <summary>
/// Ranks and final bands, per block, from the cards of a cohort. One sort of the ranked units by (block, index
/// descending, input order) and linear passes over it: O(n) when the indexes fit a 64-bit key (<see cref="RankKeys"/>:
/// a radix sort), O(n log n) otherwise, whatever the number of blocks or ties.
/// </summary>
internal static class Standings
{
    public static CohortResult Build(Framework framework, IReadOnlyList<ScoreCard> cards, IReadOnlyList<UnitAssessment?> units, Stage stage, CancellationToken cancellationToken = default)
    {
        var count = cards.Count;
        var blocks = new Dictionary<string, int>(StringComparer.Ordinal);
        var entries = new RankEntry[count];
        for (var i = 0; i < count; i++)
        {
            if ((i & 0xFFFF) == 0) cancellationToken.ThrowIfCancellationRequested();
            var card = cards[i];
            var block = card.Block is null ? -1 : blocks.TryGetValue(card.Block, out var b) ? b : blocks[card.Block] = blocks.Count;
            entries[i] = new RankEntry(block, card.IsScored, card.Ranked, card.Index, BandIndexOf(framework, card.Band), CapOf(framework, units[i], card.Stage));
        }
        var ranks = new int[count];
        var bands = new int[count];
        Rank(framework, entries, ranks, bands, cancellationToken);

        var standings = new UnitStanding[count];
        for (var i = 0; i < count; i++)
            standings[i] = new UnitStanding { Card = cards[i], Rank = ranks[i] > 0 ? ranks[i] : null, Band = bands[i] >= 0 ? framework.Bands[bands[i]].Label : null };
        return new CohortResult(framework, count > 0 ? cards[0].Framework : new FrameworkIdentity(framework.Info.Id, framework.Info.Version, framework.ContentHash), stage, standings);
    }

    /// <summary>The ranks (0 for none) and final bands (-1 for none) of <paramref name="units"/>; see <see cref="CohortScorer.Rank"/>.</summary>
    public static void Rank(Framework framework, ReadOnlySpan<RankEntry> units, Span<int> ranks, Span<int> bands, CancellationToken cancellationToken) =>
        Rank(framework, units, ranks, bands, RankRoute.Fastest, cancellationToken);

    /// <summary>The same by a chosen route (the tests compare them; every route gives the same ranks and bands).</summary>
    internal static void Rank(Framework framework, ReadOnlySpan<RankEntry> units, Span<int> ranks, Span<int> bands, RankRoute route, CancellationToken cancellationToken)
    {
        var policy = framework.Policy;
        var bandCount = framework.Bands.Count;
        var byRank = policy.BandsByRank;
        var count = units.Length;
        ranks[..count].Clear();

        // The one read of the entries (RankKeys says why one). A band is final here but for what the ranking decides: by
        // index, the cap applied before the top-band quota gives what it would after (the quota only moves band 0 to 1,
        // and a capped unit is in band 0 only when its cap is 0); by rank, it holds the cap until the ranking raises it
        // to the rank's band.
        var sort = new RankKeys(count);
        try
        {
            Span<int> bits = stackalloc int[4];
            for (var i = 0; i < count; i++)
            {
                ref readonly var unit = ref units[i];
                if (!unit.Scored || bandCount == 0) bands[i] = -1;
                else if (byRank) bands[i] = unit.Ranked ? unit.BandCap : -1;
                else bands[i] = InRange(Math.Max(unit.BandIndex, unit.BandCap), bandCount);
                if (unit.Scored && unit.Ranked) sort.Add(i, in unit, bits);
            }
            var rules = new GroupRules(policy, bandCount);
            if (route != RankRoute.Comparison && sort.TryMakeKeys())
            {
                if (route != RankRoute.Radix && Counted(sort.KeyLimit, sort.Count))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    RankByCount(rules, sort.Order, sort.Keys, sort.Shift, (int)sort.KeyLimit, ranks, bands);
                    return;
                }
                sort.SortByKey();
            }
            else sort.SortByComparison(units);
            cancellationToken.ThrowIfCancellationRequested();
            Walk(rules, sort.Order, sort.Keys, sort.Shift, ranks, bands);
        }
        finally
        {
            sort.Dispose();
        }
    }

    /// <summary>The ways to the ranking: <see cref="Fastest"/> chooses; the others are for the tests.</summary>
    internal enum RankRoute
    {
        /// <summary>Counting when the keys are few enough, else the radix sort, else the comparison sort.</summary>
        Fastest,

        /// <summary>The radix sort when the indexes fit a key, else the comparison sort.</summary>
        Radix,

        /// <summary>The comparison sort.</summary>
        Comparison,
    }

    // Counting needs a table entry per possible key: worth it while the table is no larger than the units (plus a
    // floor, so that a cohort of a few thousand units with indexes to two decimals is counted too), and bounded.
    private const int CountedFloor = 1 << 16;
    private const int CountedCeiling = 1 << 22;

    private static bool Counted(ulong keyLimit, int ranked) => keyLimit <= CountedCeiling && keyLimit <= (ulong)ranked * 2 + CountedFloor;

    private static int InRange(int band, int bandCount) => band >= 0 && band < bandCount ? band : -1;

    // What the ranking decides for a group of tied units: the same for each of them, so it is decided once a group.
    private readonly struct GroupRules(ScoringPolicy policy, int bandCount)
    {
        private readonly bool _dense = policy.Ranking == RankingMethod.Dense;
        private readonly decimal? _quota = bandCount > 0 && !policy.BandsByRank ? policy.TopBandQuotaPercent : null;
        private readonly int _bandCount = bandCount;
        private readonly int _demoted = Math.Min(1, bandCount - 1);

        public bool ByRank { get; } = bandCount > 0 && policy.BandsByRank;

        // At most ⌊quota % × n⌋ ranked units of a block stay in the top band, best ranks first. Units tied at the cut all
        // fall: the quota is never exceeded, and tied units are never split.
        public int Allowed(int n) => _quota is { } q ? (int)Math.Floor(q * n / 100m) : int.MaxValue;

        // A group of `size` tied units, the first of them at 0-based position `at` of a block of `n` ranked units, and
        // the number of groups before it (dense ranks): its rank, and its decision: with bands by rank, the band of
        // its position (the ranked units split into as many equal shares as there are bands, best first, tied units at
        // the position of the first of them); otherwise 1 when it falls below the top-band quota, else 0.
        public (int Rank, int Decision) Decide(int at, int size, int n, int groupsBefore, int allowed) =>
            (_dense ? groupsBefore + 1 : at + 1,
             ByRank ? (int)((long)at * _bandCount / n) : at + size > allowed ? 1 : 0);

        // A unit of a group: its rank, and its band as the decision says (never above the cap held in bands[]).
        public void Place(int unit, int rank, int decision, Span<int> ranks, Span<int> bands)
        {
            ranks[unit] = rank;
            if (ByRank) bands[unit] = InRange(Math.Max(decision, bands[unit]), _bandCount);
            else if (decision != 0 && bands[unit] == 0) bands[unit] = _demoted;
        }
    }

    // One linear pass over the sorted units, a block (a run of equal keys >> shift) at a time and within it a tie group
    // (a run of equal keys) at a time: each unit's rank and band are written together, so the one random access per
    // unit (its input position) is not repeated by a second pass for the quota.
    private static void Walk(GroupRules rules, ReadOnlySpan<int> order, ReadOnlySpan<ulong> keys, int shift, Span<int> ranks, Span<int> bands)
    {
        for (var start = 0; start < order.Length;)
        {
            var block = keys[start] >> shift;
            var end = start + 1;
            while (end < order.Length && keys[end] >> shift == block) end++;
            var n = end - start;
            var allowed = rules.Allowed(n);
            var groups = 0;
            for (var j = start; j < end;)
            {
                var groupEnd = j + 1;
                while (groupEnd < end && keys[groupEnd] == keys[j]) groupEnd++;
                var (rank, decision) = rules.Decide(j - start, groupEnd - j, n, groups++, allowed);
                for (var g = j; g < groupEnd; g++) rules.Place(order[g], rank, decision, ranks, bands);
                j = groupEnd;
            }
            start = end;
        }
    }

    // The ranking without a sort, when the keys are few (indexes to a few decimals): the units per key are counted,
    // one walk over the keys in order decides each tie group (a key) from the counts before it, and one pass in the
    // input order places every unit. Every pass reads or writes in order, so a million units cost, per unit, what ten
    // thousand do: a sort moves every unit several times and writes the ranks all over the arrays.
    private static void RankByCount(GroupRules rules, ReadOnlySpan<int> order, ReadOnlySpan<ulong> keys, int shift, int keyLimit, Span<int> ranks, Span<int> bands)
    {
        var ranksOf = ArrayPool<int>.Shared.Rent(keyLimit);      // units per key, then the rank of the key's group
        var decisions = ArrayPool<int>.Shared.Rent(keyLimit);
        try
        {
            var counts = ranksOf.AsSpan(0, keyLimit);
            counts.Clear();
            foreach (var key in keys) counts[(int)key]++;
            var blockKeys = 1 << shift;
            for (var start = 0; start < keyLimit; start += blockKeys)
            {
                var end = Math.Min(keyLimit, start + blockKeys);
                var n = 0;
                for (var k = start; k < end; k++) n += counts[k];
                if (n == 0) continue;
                var allowed = rules.Allowed(n);
                var (at, groups) = (0, 0);
                for (var k = start; k < end; k++)
                {
                    var size = counts[k];
                    if (size == 0) continue;
                    (counts[k], decisions[k]) = rules.Decide(at, size, n, groups++, allowed);
                    at += size;
                }
            }
            for (var j = 0; j < order.Length; j++)
            {
                var k = (int)keys[j];
                rules.Place(order[j], counts[k], decisions[k], ranks, bands);
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(ranksOf);
            ArrayPool<int>.Shared.Return(decisions);
        }
    }

    internal static int BandIndexOf(Framework framework, string? label)
    {
        if (label is null) return -1;
        for (var b = 0; b < framework.Bands.Count; b++) if (framework.Bands[b].Label == label) return b;
        return -1;
    }

    /// <summary>The worst band index any of the unit's disqualifiers allows (-1 when none applies).</summary>
    private static int CapOf(Framework framework, UnitAssessment? unit, Stage stage)
    {
        if (unit is null || framework.Disqualifiers.Count == 0 || !unit.Stages.TryGetValue(stage, out var inputs)) return -1;
        return CapOf(framework, inputs.Disqualifiers);
    }

    internal static int CapOf(Framework framework, IEnumerable<string> disqualifiers)
    {
        var cap = -1;
        foreach (var code in disqualifiers)
        {
            var d = framework.Disqualifiers.FirstOrDefault(x => x.Code == code);
            if (d is not null) cap = Math.Max(cap, BandIndexOf(framework, d.HighestBand));
        }
        return cap;
    }
}
