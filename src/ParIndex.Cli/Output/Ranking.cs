using ParIndex.Engine.Model;
using ParIndex.Engine.Results;

namespace ParIndex.Cli.Output;

/// <summary>
/// Ranks of scored cards within their blocks (competition "1224" or dense "1223", as the framework says), best
/// index first, ties in input order. A thin seam: the cohort module of the engine takes this over when it lands.
/// </summary>
internal static class Ranking
{
    public static IReadOnlyDictionary<ScoreCard, int> Rank(IReadOnlyList<ScoreCard> cards, RankingMethod method)
    {
        var ranks = new Dictionary<ScoreCard, int>(ReferenceEqualityComparer.Instance);
        foreach (var block in cards.Where(c => c.IsScored && c.Ranked).GroupBy(c => c.Block ?? string.Empty))
        {
            var ordered = block.Select((c, i) => (Card: c, Order: i)).OrderByDescending(x => x.Card.Index).ThenBy(x => x.Order).Select(x => x.Card).ToList();
            var rank = 0;
            var dense = 0;
            decimal? previous = null;
            for (var i = 0; i < ordered.Count; i++)
            {
                if (previous != ordered[i].Index)
                {
                    rank = i + 1;
                    dense++;
                    previous = ordered[i].Index;
                }
                ranks[ordered[i]] = method == RankingMethod.Dense ? dense : rank;
            }
        }
        return ranks;
    }

    /// <summary>The cards in table order: by block (in order of first appearance), then rank, then unranked and unscored ones.</summary>
    public static IReadOnlyList<ScoreCard> Order(IReadOnlyList<ScoreCard> cards, IReadOnlyDictionary<ScoreCard, int> ranks)
    {
        var blocks = cards.Select(c => c.Block ?? string.Empty).Distinct().ToList();
        return [.. cards.Select((c, i) => (Card: c, Order: i))
            .OrderBy(x => blocks.IndexOf(x.Card.Block ?? string.Empty))
            .ThenBy(x => ranks.TryGetValue(x.Card, out var r) ? r : int.MaxValue)
            .ThenBy(x => x.Order)
            .Select(x => x.Card)];
    }
}
