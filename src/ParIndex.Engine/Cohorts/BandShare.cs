namespace ParIndex.Engine.Cohorts;

/// <summary>How many units of a cohort are in a band, and their share.</summary>
/// <param name="Label">The band.</param>
/// <param name="Count">The units in it.</param>
/// <param name="SharePercent">Count / scored units × 100, rounded.</param>
public sealed record BandShare(string Label, int Count, decimal SharePercent);
