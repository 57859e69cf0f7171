using ParIndex.Engine.Rules;

namespace ParIndex.Engine.Model;

/// <summary>
/// A node of a framework's tree: an area (lĩnh vực), a criterion (tiêu chí) or a sub-criterion
/// (tiêu chí thành phần). A leaf carries exactly one <see cref="Rule"/>; a parent carries children.
/// </summary>
/// <remarks>Plain immutable data. The tree is checked as a whole when a <see cref="Framework"/> is built.</remarks>
public sealed record Node
{
    private readonly IReadOnlyList<Node> _children = [];
    private readonly IReadOnlyList<Adjustment> _adjustments = [];

    /// <summary>The dotted code as written in the decision: "3", "3.4", "3.4.1".</summary>
    public required string Code { get; init; }

    /// <summary>The Vietnamese name, as written in the decision.</summary>
    public required string Name { get; init; }

    /// <summary>An optional English name.</summary>
    public string? NameEn { get; init; }

    /// <summary>The max points (điểm tối đa).</summary>
    public required decimal MaxPoints { get; init; }

    /// <summary>The rule that turns a leaf's input into points; <see langword="null"/> on a parent.</summary>
    public Rule? Rule { get; init; }

    /// <summary>How a parent aggregates its children. Ignored on a leaf.</summary>
    public Aggregation Aggregation { get; init; } = Aggregation.Sum;

    /// <summary>The children, in the order of the decision; empty on a leaf.</summary>
    public IReadOnlyList<Node> Children { get => _children; init => _children = Copy(value); }

    /// <summary>What a leaf needs as evidence (tài liệu kiểm chứng); <see langword="null"/> when none is required.</summary>
    public EvidenceRequirement? Evidence { get; init; }

    /// <summary>This leaf's not-applicable policy; <see langword="null"/> takes the framework's default.</summary>
    public NotApplicablePolicy? NotApplicable { get; init; }

    /// <summary>Bonuses and penalties applied at this node, after its own points are known.</summary>
    public IReadOnlyList<Adjustment> Adjustments { get => _adjustments; init => _adjustments = Copy(value); }

    /// <summary>Whether this node is a leaf (it has no children).</summary>
    public bool IsLeaf => _children.Count == 0;

    /// <summary>Structural equality, children and adjustments included.</summary>
    public bool Equals(Node? other) =>
        other is not null
        && Code == other.Code && Name == other.Name && NameEn == other.NameEn
        && MaxPoints == other.MaxPoints && Equals(Rule, other.Rule) && Aggregation == other.Aggregation
        && Equals(Evidence, other.Evidence) && NotApplicable == other.NotApplicable
        && _children.SequenceEqual(other._children) && _adjustments.SequenceEqual(other._adjustments);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Code, MaxPoints, _children.Count);

    private static T[] Copy<T>(IReadOnlyList<T>? value) => value is null ? [] : [.. value];
}
