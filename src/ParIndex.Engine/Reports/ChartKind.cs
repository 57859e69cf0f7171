namespace ParIndex.Engine.Reports;

/// <summary>The charts a report draws.</summary>
public enum ChartKind
{
    /// <summary>One bar per category (the band distribution).</summary>
    Bars,

    /// <summary>Bars per category, one per series (per-area attainment: cohort mean, best, a unit).</summary>
    GroupedBars,

    /// <summary>One dot per category on a scale, with marked cut-offs (the index distribution and the band thresholds).</summary>
    Strip,

    /// <summary>One line per category from the first series to the second (year over year).</summary>
    Slope,

    /// <summary>
    /// One range per category from the first series to the second, with the third series as a mark on it (a unit's
    /// 5th–95th percentile rank interval and its nominal rank); the scale runs from 1 at the top down to the maximum.
    /// </summary>
    Interval,
}
