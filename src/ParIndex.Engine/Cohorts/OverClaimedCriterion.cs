using ParIndex.Engine.Results;

namespace ParIndex.Engine.Cohorts;

/// <summary>A leaf that units of a cohort claimed more for than the appraisal gave.</summary>
/// <param name="Code">The leaf's code.</param>
/// <param name="Name">Its Vietnamese name.</param>
/// <param name="Units">How many units over-claimed it.</param>
/// <param name="Points">The points over-claimed in all (claimed − appraised, summed).</param>
public sealed record OverClaimedCriterion(string Code, string Name, int Units, decimal Points)
{
    /// <summary>
    /// The criteria most often over-claimed across a cohort, most units first, then most points, then code: from the
    /// self-assessment and the appraisal of every unit scored at both stages.
    /// </summary>
    public static IReadOnlyList<OverClaimedCriterion> MostOften(CohortResult claimed, CohortResult appraised)
    {
        ArgumentNullException.ThrowIfNull(claimed);
        ArgumentNullException.ThrowIfNull(appraised);
        var deltas = new List<NodeDelta>();
        foreach (var self in claimed.Scored)
        {
            var council = appraised.Find(self.UnitId);
            if (council is null || !council.Card.IsScored || council.Card.Framework != self.Card.Framework) continue;
            deltas.AddRange(StageComparison.Between(self.Card, council.Card).OverClaimed);
        }
        return [.. deltas.GroupBy(d => d.Code)
            .Select(g => new OverClaimedCriterion(g.Key, g.First().Name, g.Count(), g.Sum(d => -d.Delta)))
            .OrderByDescending(c => c.Units).ThenByDescending(c => c.Points).ThenBy(c => c.Code, StringComparer.Ordinal)];
    }
}
