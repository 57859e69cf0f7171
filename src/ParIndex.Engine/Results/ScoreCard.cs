using ParIndex.Engine.Model;

namespace ParIndex.Engine.Results;

/// <summary>
/// A unit's score at one stage: every node's points and reasons, the parts, the index and the band, stamped
/// with the framework's identity. A card with <see cref="Errors"/> has no index: bad input never becomes a score.
/// </summary>
public sealed record ScoreCard
{
    private readonly IReadOnlyList<NodeScore> _nodes = [];
    private Dictionary<string, NodeScore>? _byCode;

    /// <summary>The framework that made the score.</summary>
    public required FrameworkIdentity Framework { get; init; }

    /// <summary>The unit's id.</summary>
    public required string UnitId { get; init; }

    /// <summary>The unit's name.</summary>
    public required string UnitName { get; init; }

    /// <summary>The unit's block, where it has one.</summary>
    public string? Block { get; init; }

    /// <summary>Whether the unit takes part in ranks.</summary>
    public bool Ranked { get; init; } = true;

    /// <summary>The stage scored (never <see cref="Model.Stage.Final"/>: the appraisal it resolved to).</summary>
    public required Stage Stage { get; init; }

    /// <summary>Why the unit could not be scored; empty when it was.</summary>
    public IReadOnlyList<InputError> Errors { get; init; } = [];

    /// <summary>Whether the unit was scored (it has no errors).</summary>
    public bool IsScored => Errors.Count == 0;

    /// <summary>Every node, depth first in the decision's order; empty when not scored.</summary>
    public IReadOnlyList<NodeScore> Nodes
    {
        get => _nodes;
        init
        {
            _nodes = value is null ? [] : [.. value];
            _byCode = null;
        }
    }

    /// <summary>The parts (one, "all", when the framework declares none).</summary>
    public IReadOnlyList<PartScore> Parts { get; init; } = [];

    /// <summary>The adjustments that applied, at nodes and on the index.</summary>
    public IReadOnlyList<AppliedAdjustment> Adjustments { get; init; } = [];

    /// <summary>The sum of the parts' converted points, on the framework's own max (70 raw for Phù Yên).</summary>
    public decimal Total { get; init; }

    /// <summary>The index on the framework's scale, rounded as the framework says, total adjustments included.</summary>
    public decimal Index { get; init; }

    /// <summary>
    /// The arithmetic of the index, with the unit's numbers and the rounding ("8.8 × 7.5 / 12 = 5.5 → 6"), then its
    /// adjustments; <see langword="null"/> on a card with errors.
    /// </summary>
    public Reason? IndexReason { get; init; }

    /// <summary>The band label, or <see langword="null"/> when the framework has no bands (or bands by rank, set by the cohort).</summary>
    public string? Band { get; init; }

    /// <summary>The disqualifiers that capped the band, where any did.</summary>
    public IReadOnlyList<string> BandCappedBy { get; init; } = [];

    /// <summary>The node with this code.</summary>
    /// <exception cref="KeyNotFoundException">No node has this code.</exception>
    public NodeScore this[string code] =>
        ByCode.TryGetValue(code, out var node) ? node : throw new KeyNotFoundException($"No node '{code}' in the score card of unit '{UnitId}'.");

    /// <summary>Finds a node by code.</summary>
    public NodeScore? Find(string code) => ByCode.GetValueOrDefault(code);

    // Built on first look-up: most cards of a cohort are only listed, never searched. A benign race builds equal maps.
    private Dictionary<string, NodeScore> ByCode => _byCode ??= _nodes.ToDictionary(n => n.Code, StringComparer.Ordinal);

    /// <summary>
    /// The remediation list: every leaf below its applicable max, with the points lost and the reasons, in the
    /// decision's order (the list a unit must fix next year).
    /// </summary>
    public IReadOnlyList<NodeScore> BelowMax => [.. _nodes.Where(n => n.IsLeaf && n.Lost > 0m)];

    /// <inheritdoc />
    public bool Equals(ScoreCard? other) =>
        other is not null && Framework == other.Framework && UnitId == other.UnitId && UnitName == other.UnitName
        && Block == other.Block && Ranked == other.Ranked && Stage == other.Stage && Total == other.Total && Index == other.Index
        && Band == other.Band && Errors.SequenceEqual(other.Errors) && BandCappedBy.SequenceEqual(other.BandCappedBy)
        && Parts.SequenceEqual(other.Parts) && Adjustments.SequenceEqual(other.Adjustments)
        && _nodes.Count == other._nodes.Count && _nodes.Zip(other._nodes).All(p => NodeEquals(p.First, p.Second));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(UnitId, Stage, Index);

    private static bool NodeEquals(NodeScore a, NodeScore b) =>
        a with { Reasons = [] } == b with { Reasons = [] } && a.Reasons.SequenceEqual(b.Reasons);
}
