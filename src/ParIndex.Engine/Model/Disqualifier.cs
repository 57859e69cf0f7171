namespace ParIndex.Engine.Model;

/// <summary>
/// A condition that caps the band a unit can reach whatever its score (a unit whose head was disciplined
/// cannot be "Xuất sắc").
/// </summary>
public sealed record Disqualifier
{
    /// <summary>A code unique in the framework.</summary>
    public required string Code { get; init; }

    /// <summary>The Vietnamese name.</summary>
    public required string Name { get; init; }

    /// <summary>An optional English name.</summary>
    public string? NameEn { get; init; }

    /// <summary>The label of the best band a unit with this condition can reach.</summary>
    public required string HighestBand { get; init; }
}
