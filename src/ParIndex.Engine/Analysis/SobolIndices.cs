namespace ParIndex.Engine.Analysis;

/// <summary>
/// The variance-based sensitivity indices of one factor with their bootstrap confidence intervals: the first-order
/// index (the share of the output's variance the factor explains alone) and the total-effect index (alone and through
/// its interactions with the others).
/// </summary>
/// <param name="FirstOrder">S_i, Saltelli et al. (2010) estimator.</param>
/// <param name="FirstOrderLow">The lower end of S_i's bootstrap percentile interval.</param>
/// <param name="FirstOrderHigh">The upper end of S_i's interval.</param>
/// <param name="Total">S_Ti, Jansen (1999) estimator.</param>
/// <param name="TotalLow">The lower end of S_Ti's interval.</param>
/// <param name="TotalHigh">The upper end of S_Ti's interval.</param>
public sealed record SobolIndices(double FirstOrder, double FirstOrderLow, double FirstOrderHigh, double Total, double TotalLow, double TotalHigh);
