namespace ParIndex.Engine.Model;

/// <summary>How a parent node turns its children's points into its own.</summary>
public enum Aggregation
{
    /// <summary>The parent gives the sum of its children; its max is the sum of their maxima.</summary>
    Sum,

    /// <summary>The parent gives the best of its children; its max is the largest of their maxima.</summary>
    BestOf,
}
