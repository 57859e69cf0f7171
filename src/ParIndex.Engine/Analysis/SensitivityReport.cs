using ParIndex.Engine.Results;

namespace ParIndex.Engine.Analysis;

/// <summary>The result of <see cref="SensitivityAnalysis.Run"/>: per weighted node, how much of the target's variance its weight explains.</summary>
public sealed record SensitivityReport
{
    /// <summary>The nominal framework's identity.</summary>
    public required FrameworkIdentity Framework { get; init; }

    /// <summary>The options the analysis ran with.</summary>
    public required SensitivityOptions Options { get; init; }

    /// <summary>The number of re-computations, N·(d + 2).</summary>
    public required int Runs { get; init; }

    /// <summary>The target's mean over the runs of A and B.</summary>
    public required double Mean { get; init; }

    /// <summary>The target's variance over the runs of A and B; 0 when nothing moves it (every index is then 0).</summary>
    public required double Variance { get; init; }

    /// <summary>One entry per weighted node, in the decision's order.</summary>
    public required IReadOnlyList<FactorSensitivity> Factors { get; init; }
}
