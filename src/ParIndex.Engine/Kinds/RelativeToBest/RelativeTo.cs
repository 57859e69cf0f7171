namespace ParIndex.Engine.Rules;

/// <summary>What a relative-to-best leaf compares a unit's value with.</summary>
public enum RelativeTo
{
    /// <summary>The best (highest) value of the leaf in the cohort.</summary>
    Best,
    /// <summary>The value of the cohort's leader: the unit with the highest value on another leaf, the indicator.</summary>
    Leader,
}
