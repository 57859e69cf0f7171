namespace ParIndex.Engine.Results;

/// <summary>
/// Two stages of one unit side by side: self-assessment against appraisal, per node (units routinely
/// over-score themselves: 93 claimed, 85 appraised).
/// </summary>
public sealed record StageComparison
{
    /// <summary>The unit.</summary>
    public required string UnitId { get; init; }

    /// <summary>The earlier card's index (claimed).</summary>
    public required decimal ClaimedIndex { get; init; }

    /// <summary>The later card's index (appraised).</summary>
    public required decimal AppraisedIndex { get; init; }

    /// <summary>Appraised − claimed.</summary>
    public decimal IndexDelta => AppraisedIndex - ClaimedIndex;

    /// <summary>Every node, in the decision's order.</summary>
    public required IReadOnlyList<NodeDelta> Nodes { get; init; }

    /// <summary>The leaves the unit over-claimed (claimed more than appraised), in the decision's order.</summary>
    public IReadOnlyList<NodeDelta> OverClaimed => [.. Nodes.Where(n => n.IsLeaf && n.Delta < 0m)];

    /// <summary>Compares two cards of the same unit and framework.</summary>
    /// <exception cref="ArgumentException">The cards are of different units or frameworks, or one was not scored.</exception>
    public static StageComparison Between(ScoreCard claimed, ScoreCard appraised)
    {
        ArgumentNullException.ThrowIfNull(claimed);
        ArgumentNullException.ThrowIfNull(appraised);
        if (claimed.UnitId != appraised.UnitId) throw new ArgumentException($"Cannot compare unit '{claimed.UnitId}' with unit '{appraised.UnitId}'.", nameof(appraised));
        if (claimed.Framework != appraised.Framework) throw new ArgumentException($"Cannot compare cards made with different frameworks ({claimed.Framework.Id} {claimed.Framework.Version} and {appraised.Framework.Id} {appraised.Framework.Version}).", nameof(appraised));
        if (!claimed.IsScored || !appraised.IsScored) throw new ArgumentException($"Unit '{claimed.UnitId}' has a card with input errors; fix them before comparing stages.", nameof(claimed));
        return new StageComparison
        {
            UnitId = claimed.UnitId,
            ClaimedIndex = claimed.Index,
            AppraisedIndex = appraised.Index,
            Nodes = [.. claimed.Nodes.Select(c => new NodeDelta(c.Code, c.Name, c.IsLeaf, c.Awarded, appraised[c.Code].Awarded))],
        };
    }
}
