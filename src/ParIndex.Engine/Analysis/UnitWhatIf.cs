using ParIndex.Engine.Model;

namespace ParIndex.Engine.Analysis;

/// <summary>One unit under the old and the new framework: index, band and rank under both, and what moved its points.</summary>
public sealed record UnitWhatIf
{
    /// <summary>The unit's id.</summary>
    public required string UnitId { get; init; }

    /// <summary>The unit's name.</summary>
    public required string UnitName { get; init; }

    /// <summary>The unit's block.</summary>
    public string? Block { get; init; }

    /// <summary>The index under the old framework (0 when not scored).</summary>
    public decimal OldIndex { get; init; }

    /// <summary>The band under the old framework.</summary>
    public string? OldBand { get; init; }

    /// <summary>The rank under the old framework.</summary>
    public int? OldRank { get; init; }

    /// <summary>The index under the new framework, from the translated inputs (0 when not scored).</summary>
    public decimal NewIndex { get; init; }

    /// <summary>The band under the new framework.</summary>
    public string? NewBand { get; init; }

    /// <summary>The rank under the new framework.</summary>
    public int? NewRank { get; init; }

    /// <summary>New − old index.</summary>
    public decimal Change => NewIndex - OldIndex;

    /// <summary>Old − new rank (positive: the unit moved up); <see langword="null"/> when either is missing.</summary>
    public int? RankChange => OldRank - NewRank;

    /// <summary>The groups of criteria whose points changed, largest change first.</summary>
    public required IReadOnlyList<CriterionShift> Shifts { get; init; }

    /// <summary>Why the unit could not be scored under the old or the new framework (with the translated inputs).</summary>
    public required IReadOnlyList<InputError> Errors { get; init; }

    /// <summary>Structural equality, lists included.</summary>
    public bool Equals(UnitWhatIf? other) =>
        other is not null && UnitId == other.UnitId && OldIndex == other.OldIndex && NewIndex == other.NewIndex && OldBand == other.OldBand
        && NewBand == other.NewBand && OldRank == other.OldRank && NewRank == other.NewRank && Shifts.SequenceEqual(other.Shifts) && Errors.SequenceEqual(other.Errors);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(UnitId, OldIndex, NewIndex);
}
