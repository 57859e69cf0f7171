namespace ParIndex.Engine.Rules;

/// <summary>
/// The shape of what a clerk enters for a leaf, whatever its rule kind: a sheet reads and writes a cell by its shape,
/// so a new kind that takes an input of an existing shape needs no change in the tools that read sheets.
/// </summary>
public enum InputShape
{
    /// <summary>Any other input: the assessment's fields written as "field=value; field=value" ("count=3").</summary>
    Fields,
    /// <summary>Met or not met (<see cref="LeafInput.Met"/>): "x", "có" / "không".</summary>
    Met,
    /// <summary>One of the rule's option labels (<see cref="LeafInput.Choice"/>).</summary>
    Choice,
    /// <summary>A decimal value (<see cref="LeafInput.Value"/>).</summary>
    Value,
    /// <summary>A whole count of 0 or more (<see cref="LeafInput.Count"/>).</summary>
    Count,
    /// <summary>A ratio: numerator and denominator ("45/50"), or a percentage ("90%") as <see cref="LeafInput.Value"/>.</summary>
    Ratio,
    /// <summary>Points set by the appraiser (<see cref="LeafInput.Points"/>).</summary>
    Points,
    /// <summary>A survey: the share in % ("85%") or respondents per answer ("A=10; B=5", <see cref="LeafInput.SurveyCounts"/>).</summary>
    Survey,
}
