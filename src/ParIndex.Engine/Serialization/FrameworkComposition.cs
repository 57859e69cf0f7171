using ParIndex.Engine.Model;

namespace ParIndex.Engine.Serialization;

/// <summary>
/// A framework that <c>extends</c> a base framework (a district's additions to its province's framework): the base,
/// the changes as declared, and the composed framework, validated as one and with its own content hash.
/// </summary>
public sealed record FrameworkComposition
{
    /// <summary>The base framework, as loaded.</summary>
    public required Framework Base { get; init; }

    /// <summary>Where the base came from: the file, or "id version" when it was found by id.</summary>
    public required string BaseSource { get; init; }

    /// <summary>The composed framework: the base with the changes and the district's own identity, bands and policy.</summary>
    public required Framework Composed { get; init; }

    /// <summary>The changes, in the file's order.</summary>
    public required IReadOnlyList<FrameworkChange> Changes { get; init; }
}
