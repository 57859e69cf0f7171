namespace ParIndex.Engine.Model;

/// <summary>Whether an adjustment adds or removes points.</summary>
public enum AdjustmentKind
{
    /// <summary>Adds points (điểm thưởng).</summary>
    Bonus,

    /// <summary>Removes points (điểm trừ).</summary>
    Penalty,
}
