using ParIndex.Engine.Model;
using ParIndex.Engine.Results;

namespace ParIndex.Engine.Cohorts;

/// <summary>Ranks and final bands, per block, from the cards of a cohort.</summary>
internal static class Standings
{
    public static CohortResult Build(Framework framework, IReadOnlyList<ScoreCard> cards, IReadOnlyList<UnitAssessment?> units, Stage stage)
    {
        var policy = framework.Policy;
        var bands = framework.Bands;
        var ranks = new int?[cards.Count];
        var bandIndex = new int[cards.Count];
        for (var i = 0; i < cards.Count; i++) bandIndex[i] = BandIndexOf(framework, cards[i].Band);

        foreach (var block in cards.Select(c => c.Block).Distinct())
        {
            // Ranked units of the block, best first; ties keep the input order (a stable sort).
            var ranked = Enumerable.Range(0, cards.Count)
                .Where(i => cards[i].Block == block && cards[i].Ranked && cards[i].IsScored)
                .OrderByDescending(i => cards[i].Index)
                .ToList();
            AssignRanks(ranked, cards, ranks, policy.Ranking);
            var competition = CompetitionRanks(ranked, cards);

            if (bands.Count == 0) continue;
            if (policy.BandsByRank)
            {
                // Split the ranked units into as many equal shares as there are bands, best first: the unit at
                // position p (0-based, tied units take the position of the first of them) gets band ⌊p × k / n⌋.
                for (var j = 0; j < ranked.Count; j++)
                    bandIndex[ranked[j]] = (competition[j] - 1) * bands.Count / ranked.Count;
            }
            else if (policy.TopBandQuotaPercent is { } quota && ranked.Count > 0)
            {
                // At most ⌊quota % × n⌋ ranked units stay in the top band, best ranks first. Units tied at the cut
                // all fall: the quota is never exceeded, and tied units are never split.
                var allowed = (int)Math.Floor(quota * ranked.Count / 100m);
                for (var j = 0; j < ranked.Count; j++)
                {
                    var unit = ranked[j];
                    if (bandIndex[unit] != 0) continue;
                    var tiedThrough = competition[j] - 1 + competition.Count(r => r == competition[j]);
                    if (tiedThrough > allowed) bandIndex[unit] = Math.Min(1, bands.Count - 1);
                }
            }
        }

        var standings = new UnitStanding[cards.Count];
        for (var i = 0; i < cards.Count; i++)
        {
            var card = cards[i];
            string? band = null;
            if (card.IsScored && bands.Count > 0 && (!policy.BandsByRank || ranks[i] is not null))
            {
                var index = Math.Max(bandIndex[i], CapOf(framework, units[i], card.Stage));
                band = index >= 0 && index < bands.Count ? bands[index].Label : null;
            }
            standings[i] = new UnitStanding { Card = card, Rank = ranks[i], Band = band };
        }
        return new CohortResult(framework, cards.Count > 0 ? cards[0].Framework : new FrameworkIdentity(framework.Info.Id, framework.Info.Version, framework.ContentHash), stage, standings);
    }

    private static void AssignRanks(List<int> ranked, IReadOnlyList<ScoreCard> cards, int?[] ranks, RankingMethod method)
    {
        var dense = 0;
        for (var j = 0; j < ranked.Count; j++)
        {
            var tied = j > 0 && cards[ranked[j]].Index == cards[ranked[j - 1]].Index;
            if (!tied) dense++;
            ranks[ranked[j]] = method == RankingMethod.Dense ? dense : tied ? ranks[ranked[j - 1]] : j + 1;
        }
    }

    private static List<int> CompetitionRanks(List<int> ranked, IReadOnlyList<ScoreCard> cards)
    {
        var result = new List<int>(ranked.Count);
        for (var j = 0; j < ranked.Count; j++)
            result.Add(j > 0 && cards[ranked[j]].Index == cards[ranked[j - 1]].Index ? result[j - 1] : j + 1);
        return result;
    }

    private static int BandIndexOf(Framework framework, string? label)
    {
        for (var b = 0; b < framework.Bands.Count; b++) if (framework.Bands[b].Label == label) return b;
        return -1;
    }

    /// <summary>The worst band index any of the unit's disqualifiers allows (-1 when none applies).</summary>
    private static int CapOf(Framework framework, UnitAssessment? unit, Stage stage)
    {
        if (unit is null || framework.Disqualifiers.Count == 0 || !unit.Stages.TryGetValue(stage, out var inputs)) return -1;
        var cap = -1;
        foreach (var code in inputs.Disqualifiers)
        {
            var d = framework.Disqualifiers.FirstOrDefault(x => x.Code == code);
            if (d is not null) cap = Math.Max(cap, BandIndexOf(framework, d.HighestBand));
        }
        return cap;
    }
}
