using ParIndex.Engine.Model;
using ParIndex.Engine.Results;

namespace ParIndex.Engine.Cohorts;

/// <summary>
/// Ranks and final bands, per block, from the cards of a cohort. One sort of the ranked units by (block, index
/// descending, input order) and linear passes over it: O(n log n) whatever the number of blocks or ties.
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
        for (var i = 0; i < count; i++) bands[i] = units[i].Scored ? units[i].BandIndex : -1;

        // Ranked units, best first within each block; ties keep the input order (the index is the last key).
        var ranked = new List<int>(count);
        for (var i = 0; i < count; i++) if (units[i].Scored && units[i].Ranked) ranked.Add(i);
        var keys = units.ToArray();
        ranked.Sort((x, y) =>
        {
            var c = keys[x].Block.CompareTo(keys[y].Block);
            if (c != 0) return c;
            c = keys[y].Index.CompareTo(keys[x].Index);
            return c != 0 ? c : x.CompareTo(y);
        });
        cancellationToken.ThrowIfCancellationRequested();

        var competition = new int[ranked.Count];
        for (var start = 0; start < ranked.Count;)
        {
            var end = start;
            while (end < ranked.Count && keys[ranked[end]].Block == keys[ranked[start]].Block) end++;
            var n = end - start;
            var dense = 0;
            for (var j = start; j < end; j++)
            {
                var tied = j > start && keys[ranked[j]].Index == keys[ranked[j - 1]].Index;
                if (!tied) dense++;
                competition[j] = tied ? competition[j - 1] : j - start + 1;
                ranks[ranked[j]] = policy.Ranking == RankingMethod.Dense ? dense : competition[j];
            }

            if (bandCount > 0 && policy.BandsByRank)
            {
                // Split the ranked units into as many equal shares as there are bands, best first: the unit at
                // position p (0-based, tied units take the position of the first of them) gets band ⌊p × k / n⌋.
                for (var j = start; j < end; j++) bands[ranked[j]] = (int)((long)(competition[j] - 1) * bandCount / n);
            }
            else if (bandCount > 0 && policy.TopBandQuotaPercent is { } quota)
            {
                // At most ⌊quota % × n⌋ ranked units stay in the top band, best ranks first. Units tied at the cut
                // all fall: the quota is never exceeded, and tied units are never split. A tie group runs from its
                // competition rank to the end of the run of equal indexes.
                var allowed = (int)Math.Floor(quota * n / 100m);
                for (var j = start; j < end;)
                {
                    var groupEnd = j + 1;
                    while (groupEnd < end && keys[ranked[groupEnd]].Index == keys[ranked[j]].Index) groupEnd++;
                    var tiedThrough = groupEnd - start;
                    for (var g = j; g < groupEnd; g++)
                        if (bands[ranked[g]] == 0 && tiedThrough > allowed) bands[ranked[g]] = Math.Min(1, bandCount - 1);
                    j = groupEnd;
                }
            }
            start = end;
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
