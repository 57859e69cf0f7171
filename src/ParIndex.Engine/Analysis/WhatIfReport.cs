using ParIndex.Engine.Results;

namespace ParIndex.Engine.Analysis;

/// <summary>A past cohort re-scored under a new framework version (<see cref="WhatIfAnalysis.Run"/>).</summary>
public sealed record WhatIfReport
{
    /// <summary>The old framework's identity.</summary>
    public required FrameworkIdentity OldFramework { get; init; }

    /// <summary>The new framework's identity.</summary>
    public required FrameworkIdentity NewFramework { get; init; }

    /// <summary>Input codes that go nowhere in the new framework (not listed in the mapping, no such code there), with the number of units that gave them.</summary>
    public required IReadOnlyList<(string Code, int Units)> UnmappedInputs { get; init; }

    /// <summary>Codes the mapping drops on purpose, with the number of units that gave them.</summary>
    public required IReadOnlyList<(string Code, int Units)> DroppedInputs { get; init; }

    /// <summary>New leaves no translated input reaches, with the number of units left without one (they score as missing input, 0 points).</summary>
    public required IReadOnlyList<(string Code, int Units)> CriteriaWithoutInputs { get; init; }

    /// <summary>Every unit, in the input order.</summary>
    public required IReadOnlyList<UnitWhatIf> Units { get; init; }
}
