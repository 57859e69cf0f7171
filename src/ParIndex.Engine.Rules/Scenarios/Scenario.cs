using ParIndex.Engine.Model;

namespace ParIndex.Engine.Scenarios;

/// <summary>One case of a scenario file: the inputs of a unit or a small cohort, and what must come out.</summary>
public sealed record Scenario
{
    /// <summary>The name, shown as the test's name.</summary>
    public required string Name { get; init; }

    /// <summary>What the case checks.</summary>
    public string? Description { get; init; }

    /// <summary>The stage scored.</summary>
    public Stage Stage { get; init; } = Stage.Final;

    /// <summary>The largest difference accepted on points and index; 0 (exact) by default.</summary>
    public decimal Tolerance { get; init; }

    /// <summary>The units, scored together as a cohort (so ranks and relative-to-best rules work).</summary>
    public required IReadOnlyList<UnitAssessment> Units { get; init; }

    /// <summary>The expectations, one per unit checked.</summary>
    public required IReadOnlyList<UnitExpectation> Expectations { get; init; }

    /// <inheritdoc />
    public override string ToString() => Name;
}
