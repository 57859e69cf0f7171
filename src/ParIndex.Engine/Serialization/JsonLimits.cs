namespace ParIndex.Engine.Serialization;

/// <summary>Bounds the loaders enforce so that no file can hang the process or take unbounded memory.</summary>
public sealed record JsonLimits
{
    /// <summary>The defaults: 32 MiB, depth 64, 100,000 framework nodes, 100,000 units.</summary>
    public static JsonLimits Default { get; } = new();

    /// <summary>The largest document accepted, in bytes.</summary>
    public long MaxBytes { get; init; } = 32L * 1024 * 1024;

    /// <summary>The deepest nesting of JSON objects and arrays accepted.</summary>
    public int MaxDepth { get; init; } = 64;

    /// <summary>The most nodes a framework may have.</summary>
    public int MaxNodes { get; init; } = 100_000;

    /// <summary>The most units an assessment file may hold.</summary>
    public int MaxUnits { get; init; } = 100_000;
}
