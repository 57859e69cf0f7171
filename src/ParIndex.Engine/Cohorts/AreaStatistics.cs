namespace ParIndex.Engine.Cohorts;

/// <summary>One area across a cohort: its max, the mean points and the attainment.</summary>
/// <param name="Code">The area's code.</param>
/// <param name="Name">Its Vietnamese name.</param>
/// <param name="MaxPoints">Its max.</param>
/// <param name="MeanPoints">The mean points awarded, rounded.</param>
/// <param name="AttainmentPercent">Points awarded / points applicable × 100 over the cohort (the mean / max when nothing was excluded), rounded.</param>
public sealed record AreaStatistics(string Code, string Name, decimal MaxPoints, decimal MeanPoints, decimal AttainmentPercent);
