namespace ParIndex.Engine.Scenarios;

/// <summary>What must come out for one unit of a scenario; unset parts are not checked.</summary>
public sealed record UnitExpectation
{
    private readonly IReadOnlyDictionary<string, NodeExpectation> _nodes = new Dictionary<string, NodeExpectation>();

    /// <summary>The unit's id.</summary>
    public required string UnitId { get; init; }

    /// <summary>The index.</summary>
    public decimal? Index { get; init; }

    /// <summary>The final band (after the cohort's band rules).</summary>
    public string? Band { get; init; }

    /// <summary>The rank in the unit's block.</summary>
    public int? Rank { get; init; }

    /// <summary>The unit's input errors as the card prints them; <see langword="null"/>: the unit must be scored.</summary>
    public IReadOnlyList<string>? Errors { get; init; }

    /// <summary>Expected results by node code.</summary>
    public IReadOnlyDictionary<string, NodeExpectation> Nodes
    {
        get => _nodes;
        init => _nodes = value is null ? new Dictionary<string, NodeExpectation>() : new Dictionary<string, NodeExpectation>(value, StringComparer.Ordinal);
    }
}
