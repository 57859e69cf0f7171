namespace ParIndex.Engine.Analysis;

/// <summary>One weighted node's sensitivity indices.</summary>
/// <param name="Node">The weighted node.</param>
/// <param name="Indices">Its first-order and total-effect indices with their intervals.</param>
public sealed record FactorSensitivity(WeightedNode Node, SobolIndices Indices);
