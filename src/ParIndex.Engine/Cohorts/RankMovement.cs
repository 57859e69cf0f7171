namespace ParIndex.Engine.Cohorts;

/// <summary>Which way a unit moved between two years (in rank, or in band).</summary>
public enum RankMovement
{
    /// <summary>Not comparable: the unit was not ranked (or banded) in one of the years.</summary>
    None,
    /// <summary>Better than last year.</summary>
    Up,
    /// <summary>The same as last year.</summary>
    Same,
    /// <summary>Worse than last year.</summary>
    Down,
}
