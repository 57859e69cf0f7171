using ParIndex.Engine.Results;

namespace ParIndex.Engine.Cohorts;

/// <summary>A unit's place in its cohort: its card, its rank in its block and its final band after the cohort's band rules.</summary>
public sealed record UnitStanding
{
    /// <summary>The unit's score card (with errors, and no score, when its input could not be scored).</summary>
    public required ScoreCard Card { get; init; }

    /// <summary>The rank in the unit's block; <see langword="null"/> when unranked or not scored.</summary>
    public int? Rank { get; init; }

    /// <summary>The final band: the card's band after the cohort's quota or rank bands; never above a disqualifier's cap.</summary>
    public string? Band { get; init; }

    /// <summary>The unit's id.</summary>
    public string UnitId => Card.UnitId;

    /// <summary>The unit's name.</summary>
    public string UnitName => Card.UnitName;

    /// <summary>The unit's block.</summary>
    public string? Block => Card.Block;

    /// <summary>The rounded index (0 when not scored).</summary>
    public decimal Index => Card.Index;
}
