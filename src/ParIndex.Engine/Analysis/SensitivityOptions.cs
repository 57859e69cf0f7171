using ParIndex.Engine.Model;

namespace ParIndex.Engine.Analysis;

/// <summary>How a sensitivity analysis runs: the weights and their noise, the target, the sample size, the bootstrap.</summary>
public sealed record SensitivityOptions
{
    /// <summary>The relative noise on the weighted nodes' maxima (0.2 for ±20 %), as in <see cref="UncertaintyFactors.WeightNoise"/>.</summary>
    public decimal WeightNoise { get; init; } = 0.2m;

    /// <summary>Whose maxima are the factors: 1 areas, 2 criteria (<see cref="WeightedNode.Select"/>).</summary>
    public int WeightLevel { get; init; } = 1;

    /// <summary>What is explained.</summary>
    public SensitivityTarget Target { get; init; } = SensitivityTarget.MeanAbsoluteRankShift;

    /// <summary>The unit of <see cref="SensitivityTarget.UnitIndex"/> and <see cref="SensitivityTarget.UnitPoints"/>.</summary>
    public string? UnitId { get; init; }

    /// <summary>N, the rows of each design matrix: the analysis runs N·(d + 2) re-computations for d weights.</summary>
    public int BaseSamples { get; init; } = 500;

    /// <summary>The number of bootstrap resamples for the confidence intervals.</summary>
    public int Bootstrap { get; init; } = 1000;

    /// <summary>The intervals' coverage (0.95).</summary>
    public double Confidence { get; init; } = 0.95;

    /// <summary>The seed of the design and of the bootstrap.</summary>
    public long Seed { get; init; } = 1;

    /// <summary>The stage scored.</summary>
    public Stage Stage { get; init; } = Stage.Final;

    /// <summary>The most threads; results do not depend on it.</summary>
    public int? MaxDegreeOfParallelism { get; init; }
}
