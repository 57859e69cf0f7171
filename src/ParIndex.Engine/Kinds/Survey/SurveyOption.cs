namespace ParIndex.Engine.Rules;

/// <summary>One answer of a survey question and its weight in % ("A" 100, "B" 60, "C" 20, "D" 0).</summary>
public sealed record SurveyOption
{
    /// <summary>The answer's label.</summary>
    public required string Label { get; init; }

    /// <summary>The answer's weight, 0 to 100 (%).</summary>
    public required decimal WeightPercent { get; init; }
}
