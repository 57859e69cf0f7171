using ParIndex.Engine.Model;

namespace ParIndex.Engine.Analysis;

/// <summary>A node whose max (weight) is an uncertain factor: its code, Vietnamese name and nominal max.</summary>
/// <param name="Code">The node's code ("3", "3.4").</param>
/// <param name="Name">The node's Vietnamese name.</param>
/// <param name="MaxPoints">The nominal max points.</param>
public sealed record WeightedNode(string Code, string Name, decimal MaxPoints)
{
    /// <summary>
    /// The weighted nodes of a framework at <paramref name="level"/> (1 areas, 2 criteria), in the decision's order:
    /// the nodes at that level, and the leaves above it; a "best of" parent is taken whole (its children compete, so
    /// weighting them apart would change which one counts rather than how much).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not 1 to <see cref="Framework.MaxLevels"/>.</exception>
    public static IReadOnlyList<WeightedNode> Select(Framework framework, int level)
    {
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentOutOfRangeException.ThrowIfLessThan(level, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(level, Framework.MaxLevels);
        var result = new List<WeightedNode>();
        void Walk(Node node, int depth)
        {
            if (depth == level || node.IsLeaf || node.Aggregation == Aggregation.BestOf)
            {
                result.Add(new WeightedNode(node.Code, node.Name, node.MaxPoints));
                return;
            }
            foreach (var child in node.Children) Walk(child, depth + 1);
        }
        foreach (var area in framework.Areas) Walk(area, 1);
        return result;
    }
}
