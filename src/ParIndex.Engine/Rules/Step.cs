namespace ParIndex.Engine.Rules;

/// <summary>One threshold of a steps rule and the points it gives.</summary>
public sealed record Step
{
    /// <summary>The threshold (in % for a ratio).</summary>
    public required decimal Threshold { get; init; }

    /// <summary>The points given when this step is the first one matched.</summary>
    public required decimal Points { get; init; }
}
