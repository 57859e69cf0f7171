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
    public static void Rank(Framework framework, ReadOnlySpan<RankEntry> units, Span<int> ranks, Span<int> bands, CancellationToken cancellationToken)
    {
        var policy = framework.Policy;
        var bandCount = framework.Bands.Count;
        var byRank = policy.BandsByRank;
        var count = units.Length;
        ranks[..count].Clear();

        // The one read of the entries (RankKeys says why one). A band is final here but for what the ranking decides: by
        // index, the cap applied before the top-band quota gives what it would after (the quota only moves band 0 to 1,
        // and a capped unit is in band 0 only when its cap is 0); by rank, it holds the cap until the walk raises it to
        // the rank's band.
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
            if (!sort.TrySortByKey()) sort.SortByComparison(units);
            cancellationToken.ThrowIfCancellationRequested();
            Walk(policy, bandCount, sort.Order, sort.Keys, sort.Shift, ranks, bands);
        }
        finally
        {
            sort.Dispose();
        }
    }

    private static int InRange(int band, int bandCount) => band >= 0 && band < bandCount ? band : -1;

    // One linear pass over the sorted units, a block (a run of equal keys >> shift) at a time and within it a tie group
    // (a run of equal keys) at a time: each unit's rank and band are written together, so the one random access per
    // unit (its input position) is not repeated by a second pass for the quota.
    private static void Walk(ScoringPolicy policy, int bandCount, ReadOnlySpan<int> order, ReadOnlySpan<ulong> keys, int shift, Span<int> ranks, Span<int> bands)
    {
        var dense = policy.Ranking == RankingMethod.Dense;
        var byRank = bandCount > 0 && policy.BandsByRank;
        var quota = bandCount > 0 && !policy.BandsByRank ? policy.TopBandQuotaPercent : null;
        var demoted = Math.Min(1, bandCount - 1);
        for (var start = 0; start < order.Length;)
        {
            var block = keys[start] >> shift;
            var end = start + 1;
            while (end < order.Length && keys[end] >> shift == block) end++;
            var n = end - start;
            // At most ⌊quota % × n⌋ ranked units stay in the top band, best ranks first. Units tied at the cut all fall:
            // the quota is never exceeded, and tied units are never split.
            var allowed = quota is { } q ? (int)Math.Floor(q * n / 100m) : int.MaxValue;
            var denseRank = 0;
            for (var j = start; j < end;)
            {
                var groupEnd = j + 1;
                while (groupEnd < end && keys[groupEnd] == keys[j]) groupEnd++;
                // Tied units share the competition rank of the first of them.
                var competition = j - start + 1;
                var rank = dense ? ++denseRank : competition;
                // Bands by rank: the ranked units split into as many equal shares as there are bands, best first: the
                // unit at position p (0-based, tied units take the position of the first of them) gets band
                // ⌊p × k / n⌋, or its cap (held in bands[] until now) when that is worse.
                var rankBand = byRank ? (int)((long)(competition - 1) * bandCount / n) : 0;
                var overQuota = groupEnd - start > allowed;
                for (var g = j; g < groupEnd; g++)
                {
                    var unit = order[g];
                    ranks[unit] = rank;
                    if (byRank) bands[unit] = InRange(Math.Max(rankBand, bands[unit]), bandCount);
                    else if (overQuota && bands[unit] == 0) bands[unit] = demoted;
                }
                j = groupEnd;
            }
            start = end;
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
