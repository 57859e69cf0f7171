using ParIndex.Engine.Rules;

namespace ParIndex.Engine.Results;

/// <summary>What one node of the tree gave, and why.</summary>
public sealed record NodeScore
{
    /// <summary>The node's code ("3.4.1").</summary>
    public required string Code { get; init; }

    /// <summary>The Vietnamese name.</summary>
    public required string Name { get; init; }

    /// <summary>The English name, where the framework gives one.</summary>
    public string? NameEn { get; init; }

    /// <summary>1 for an area, 2 for a criterion, and so on.</summary>
    public required int Level { get; init; }

    /// <summary>Whether the node is a leaf.</summary>
    public required bool IsLeaf { get; init; }

    /// <summary>The node's max points.</summary>
    public required decimal MaxPoints { get; init; }

    /// <summary>The max that applied: the max less what was excluded as not applicable.</summary>
    public required decimal ApplicableMaxPoints { get; init; }

    /// <summary>The points awarded (điểm đạt), adjustments included.</summary>
    public required decimal Awarded { get; init; }

    /// <summary>The points lost (điểm bị mất): applicable max − awarded.</summary>
    public decimal Lost => ApplicableMaxPoints - Awarded;

    /// <summary>The outcome in one word.</summary>
    public required NodeStatus Status { get; init; }

    /// <summary>Why; every node below its applicable max has at least one reason.</summary>
    public required IReadOnlyList<Reason> Reasons { get; init; }

    /// <summary>The appraiser's note on a leaf (ghi chú, giải trình): the input's <see cref="LeafInput.Note"/>, carried as written.</summary>
    public string? Note { get; init; }
}
