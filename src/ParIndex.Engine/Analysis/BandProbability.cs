namespace ParIndex.Engine.Analysis;

/// <summary>How often a unit fell in a band over the draws.</summary>
/// <param name="Band">The band's label ("Tốt").</param>
/// <param name="Probability">The share of draws, 0 to 1.</param>
public sealed record BandProbability(string Band, decimal Probability);
