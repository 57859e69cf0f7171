namespace ParIndex.Engine.Analysis;

/// <summary>The output whose variance a sensitivity analysis apportions to the weights.</summary>
public enum SensitivityTarget
{
    /// <summary>The mean absolute rank shift: over the ranked units, the mean of |rank in the run − nominal rank|.</summary>
    MeanAbsoluteRankShift,

    /// <summary>One unit's index (on the framework's scale).</summary>
    UnitIndex,

    /// <summary>One unit's points before conversion to the scale (the sum of its parts' points): additive in the weights.</summary>
    UnitPoints,
}
