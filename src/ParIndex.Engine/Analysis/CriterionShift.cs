namespace ParIndex.Engine.Analysis;

/// <summary>
/// The points a unit has on a group of corresponding criteria under the old and the new framework: one old leaf and
/// its new leaves (moved or split), a dropped leaf, or an added one. Raw points of each framework, before conversion
/// to the scale.
/// </summary>
/// <param name="OldCodes">The old leaves of the group (empty for an added criterion).</param>
/// <param name="NewCodes">The new leaves of the group (empty for a dropped criterion).</param>
/// <param name="OldPoints">The points under the old framework.</param>
/// <param name="NewPoints">The points under the new framework.</param>
public sealed record CriterionShift(IReadOnlyList<string> OldCodes, IReadOnlyList<string> NewCodes, decimal OldPoints, decimal NewPoints)
{
    /// <summary>New − old points.</summary>
    public decimal Change => NewPoints - OldPoints;

    /// <summary>The group's codes for tables: "3.4 → 3.4.1 + 3.4.2", "7.3 → (dropped)", "(added) → 8.5".</summary>
    public string Label =>
        (OldCodes.Count == 0 ? "(mới / added)" : string.Join(" + ", OldCodes)) + " → " + (NewCodes.Count == 0 ? "(bỏ / dropped)" : string.Join(" + ", NewCodes));

    /// <summary>Structural equality, code lists included.</summary>
    public bool Equals(CriterionShift? other) =>
        other is not null && OldCodes.SequenceEqual(other.OldCodes) && NewCodes.SequenceEqual(other.NewCodes) && OldPoints == other.OldPoints && NewPoints == other.NewPoints;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(OldCodes.Count, NewCodes.Count, OldPoints, NewPoints);
}
