namespace ParIndex.Engine.Rules;

/// <summary>Which way a steps rule's thresholds point.</summary>
public enum StepDirection
{
    /// <summary>Higher is better: the first step whose threshold the measure reaches (≥) gives its points. Thresholds decrease.</summary>
    AtLeast,
    /// <summary>Lower is better: the first step whose threshold the measure does not exceed (≤) gives its points. Thresholds increase.</summary>
    AtMost,
}
