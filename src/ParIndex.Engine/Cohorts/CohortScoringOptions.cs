using ParIndex.Engine.Model;

namespace ParIndex.Engine.Cohorts;

/// <summary>How a cohort is scored.</summary>
public sealed record CohortScoringOptions
{
    /// <summary>The defaults: the final stage, in parallel on all cores.</summary>
    public static CohortScoringOptions Default { get; } = new();

    /// <summary>The stage scored; <see cref="Stage.Final"/> (the latest appraisal) by default.</summary>
    public Stage Stage { get; init; } = Stage.Final;

    /// <summary>Whether units are scored in parallel. Results are identical either way, in the input order.</summary>
    public bool Parallel { get; init; } = true;

    /// <summary>The most threads used; <see langword="null"/> for all cores.</summary>
    public int? MaxDegreeOfParallelism { get; init; }
}
