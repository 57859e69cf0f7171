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
    public static void Rank(Framework framework, ReadOnlySpan<RankEntry> units, Span<int> ranks, Span<int> bands, CancellationToken cancellationToken)
    {
        var policy = framework.Policy;
        var bandCount = framework.Bands.Count;
        var count = units.Length;
        ranks[..count].Clear();
        var m = 0;
        for (var i = 0; i < count; i++)
        {
            bands[i] = units[i].Scored ? units[i].BandIndex : -1;
            if (units[i].Scored && units[i].Ranked) m++;
        }

        // The ranked units sorted by (block, index descending, input order) into order[], with keys[] such that equal
        // keys are tied units and keys >> shift is the block: the passes below read only these two arrays, in order.
        var order = ArrayPool<int>.Shared.Rent(Math.Max(m, 1));
        var keys = ArrayPool<ulong>.Shared.Rent(Math.Max(m, 1));
        try
        {
            if (!RankKeys.SortByKey(units, order, keys, m, out var shift))
            {
                RankKeys.SortByComparison(units, order, keys, m);
                shift = 32;
            }
            cancellationToken.ThrowIfCancellationRequested();
            Walk(policy, bandCount, order.AsSpan(0, m), keys.AsSpan(0, m), shift, ranks, bands);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(order);
            ArrayPool<ulong>.Shared.Return(keys);
        }

        for (var i = 0; i < count; i++)
        {
            var unit = units[i];
            if (!unit.Scored || bandCount == 0 || (policy.BandsByRank && ranks[i] == 0))
            {
                bands[i] = -1;
                continue;
            }
            var index = Math.Max(bands[i], unit.BandCap);
            bands[i] = index >= 0 && index < bandCount ? index : -1;
        }
    }

    // Linear passes over the sorted units, a block (a run of equal keys >> shift) at a time.
    private static void Walk(ScoringPolicy policy, int bandCount, ReadOnlySpan<int> order, ReadOnlySpan<ulong> keys, int shift, Span<int> ranks, Span<int> bands)
    {
        var dense = policy.Ranking == RankingMethod.Dense;
        for (var start = 0; start < order.Length;)
        {
            var block = keys[start] >> shift;
            var end = start + 1;
            while (end < order.Length && keys[end] >> shift == block) end++;
            var n = end - start;
            var denseRank = 0;
            var competition = 0;
            for (var j = start; j < end; j++)
            {
                // Tied units (equal keys) share the competition rank of the first of them.
                if (j == start || keys[j] != keys[j - 1])
                {
                    denseRank++;
                    competition = j - start + 1;
                }
                ranks[order[j]] = dense ? denseRank : competition;
                // Split the ranked units into as many equal shares as there are bands, best first: the unit at
                // position p (0-based, tied units take the position of the first of them) gets band ⌊p × k / n⌋.
                if (bandCount > 0 && policy.BandsByRank) bands[order[j]] = (int)((long)(competition - 1) * bandCount / n);
            }

            if (bandCount > 0 && !policy.BandsByRank && policy.TopBandQuotaPercent is { } quota)
            {
                // At most ⌊quota % × n⌋ ranked units stay in the top band, best ranks first. Units tied at the cut
                // all fall: the quota is never exceeded, and tied units are never split. A tie group runs from its
                // competition rank to the end of the run of equal indexes.
                var allowed = (int)Math.Floor(quota * n / 100m);
                for (var j = start; j < end;)
                {
                    var groupEnd = j + 1;
                    while (groupEnd < end && keys[groupEnd] == keys[j]) groupEnd++;
                    var tiedThrough = groupEnd - start;
                    for (var g = j; g < groupEnd; g++)
                        if (bands[order[g]] == 0 && tiedThrough > allowed) bands[order[g]] = Math.Min(1, bandCount - 1);
                    j = groupEnd;
                }
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
