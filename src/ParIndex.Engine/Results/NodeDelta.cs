namespace ParIndex.Engine.Results;

/// <summary>One node's points at two stages.</summary>
/// <param name="Code">The node's code.</param>
/// <param name="Name">Its Vietnamese name.</param>
/// <param name="IsLeaf">Whether it is a leaf.</param>
/// <param name="Claimed">Points at the earlier stage (the self-assessment).</param>
/// <param name="Appraised">Points at the later stage (the appraisal).</param>
public sealed record NodeDelta(string Code, string Name, bool IsLeaf, decimal Claimed, decimal Appraised)
{
    /// <summary>Appraised − claimed: negative where the unit over-claimed.</summary>
    public decimal Delta => Appraised - Claimed;
}
