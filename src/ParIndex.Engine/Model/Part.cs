namespace ParIndex.Engine.Model;

/// <summary>
/// A group of top-level areas with its own max (appraisal 70 + survey 30). Each part is re-based on
/// its own when leaves are excluded as not applicable. With no parts declared, the framework is one part.
/// </summary>
public sealed record Part
{
    private readonly IReadOnlyList<string> _areaCodes = [];

    /// <summary>A short code for the part ("TD" for appraisal, "DT" for survey).</summary>
    public required string Code { get; init; }

    /// <summary>The Vietnamese name.</summary>
    public required string Name { get; init; }

    /// <summary>An optional English name.</summary>
    public string? NameEn { get; init; }

    /// <summary>The part's max; equals the sum of its areas' maxima.</summary>
    public required decimal MaxPoints { get; init; }

    /// <summary>The codes of the top-level areas in this part.</summary>
    public required IReadOnlyList<string> AreaCodes { get => _areaCodes; init => _areaCodes = value is null ? [] : [.. value]; }

    /// <inheritdoc />
    public bool Equals(Part? other) =>
        other is not null && Code == other.Code && Name == other.Name && NameEn == other.NameEn
        && MaxPoints == other.MaxPoints && _areaCodes.SequenceEqual(other._areaCodes);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Code, MaxPoints);
}
