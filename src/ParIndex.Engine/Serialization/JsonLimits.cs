namespace ParIndex.Engine.Serialization;

/// <summary>
/// Bounds the loaders enforce so that no file can hang the process or take unbounded memory. Frameworks (and
/// scenario files) are small hand-written documents; an assessment holds a whole cohort and has limits of its own
/// (bytes, units, input cells), its units mapped one at a time as they are parsed. docs/reliability.md lists what
/// happens at each limit.
/// </summary>
public sealed record JsonLimits
{
    /// <summary>The defaults: 32 MiB, depth 64, 100,000 framework nodes; assessments up to 1 GiB, 100,000 units and 10,000,000 input cells; 100 problems reported.</summary>
    public static JsonLimits Default { get; } = new();

    /// <summary>The largest framework (or scenario file) accepted, in bytes.</summary>
    public long MaxBytes { get; init; } = 32L * 1024 * 1024;

    /// <summary>The deepest nesting of JSON objects and arrays accepted.</summary>
    public int MaxDepth { get; init; } = 64;

    /// <summary>The most nodes a framework may have; counted while parsing, which stops at the first node past it.</summary>
    public int MaxNodes { get; init; } = 100_000;

    /// <summary>The largest assessment accepted, in bytes (at most 2 GiB − 1: positions are 32-bit).</summary>
    public long MaxAssessmentBytes { get; init; } = 1L << 30;

    /// <summary>The most units an assessment file may hold; counted while parsing, which stops at the first unit past it.</summary>
    public int MaxUnits { get; init; } = 100_000;

    /// <summary>The most input cells (a leaf's input at a stage of a unit) an assessment may hold, all units together.</summary>
    public int MaxCells { get; init; } = 10_000_000;

    /// <summary>The most problems reported for one file; past it, one more problem says how many were left out.</summary>
    public int MaxProblems { get; init; } = 100;
}
