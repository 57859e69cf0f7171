namespace ParIndex.Engine.Cohorts;

/// <summary>
/// One unit as the cohort ranking sees it: its block, whether it was scored and takes part in the ranking, its index,
/// its band from the index (after disqualifiers) and the worst band a disqualifier allows. Used by
/// <see cref="CohortScorer.Rank"/>, the ranking of units scored through the bulk path without score cards.
/// </summary>
/// <param name="Block">The block, as a number the caller assigns (units with the same number are ranked together).</param>
/// <param name="Scored">Whether the unit has a score.</param>
/// <param name="Ranked">Whether the unit takes part in the ranking (an unranked unit keeps its band, without a rank).</param>
/// <param name="Index">The rounded index.</param>
/// <param name="BandIndex">The band from the index, best first (-1 for none).</param>
/// <param name="BandCap">The worst band a disqualifier of the unit allows (-1 for none).</param>
public readonly record struct RankEntry(int Block, bool Scored, bool Ranked, decimal Index, int BandIndex, int BandCap);
