using ParIndex.Engine.Model;

namespace ParIndex.Engine.Analysis;

/// <summary>How an uncertainty analysis runs: the factors, the number of draws, the seed, the stage and the threads.</summary>
public sealed record UncertaintyOptions
{
    /// <summary>What a draw may change.</summary>
    public UncertaintyFactors Factors { get; init; } = new();

    /// <summary>The number of draws (re-computations of the cohort); 1,000 by default.</summary>
    public int Draws { get; init; } = 1000;

    /// <summary>The seed: the same seed, factors and inputs give the same report, whatever the number of threads.</summary>
    public long Seed { get; init; } = 1;

    /// <summary>The stage scored; the final appraisal by default.</summary>
    public Stage Stage { get; init; } = Stage.Final;

    /// <summary>The most threads used; <see langword="null"/> for all cores, 1 for a sequential run.</summary>
    public int? MaxDegreeOfParallelism { get; init; }

    /// <summary>Whether to re-score every draw through the engine even when the re-weighting fast path applies (slower; same results).</summary>
    public bool ForceFullRescore { get; init; }
}
