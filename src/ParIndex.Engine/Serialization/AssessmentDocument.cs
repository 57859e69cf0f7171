using ParIndex.Engine.Model;

namespace ParIndex.Engine.Serialization;

/// <summary>An assessment file: the framework it is for and the units it assesses, with their inputs per stage.</summary>
public sealed record AssessmentDocument
{
    private readonly IReadOnlyList<UnitAssessment> _units = [];

    /// <summary>The id of the framework the inputs are for.</summary>
    public required string FrameworkId { get; init; }

    /// <summary>The framework version the inputs were entered against, where stated.</summary>
    public string? FrameworkVersion { get; init; }

    /// <summary>The units, in the file's order.</summary>
    public required IReadOnlyList<UnitAssessment> Units { get => _units; init => _units = value is null ? [] : [.. value]; }

    /// <inheritdoc />
    public bool Equals(AssessmentDocument? other) =>
        other is not null && FrameworkId == other.FrameworkId && FrameworkVersion == other.FrameworkVersion && _units.SequenceEqual(other._units);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(FrameworkId, _units.Count);
}
