namespace ParIndex.Engine.Rules;

/// <summary>The checks every list of steps passes, whichever rule holds it (steps, survey).</summary>
internal static class StepChecks
{
    /// <param name="steps">The steps, best first.</param>
    /// <param name="direction">Which way the thresholds point.</param>
    /// <param name="percentOf">For thresholds that are percentages, what they are a percentage of ("ratio", "survey"); null otherwise.</param>
    /// <param name="whole">Whether thresholds must be whole numbers (counts).</param>
    /// <param name="maxPoints">The leaf's max.</param>
    public static IEnumerable<RuleProblem> Check(IReadOnlyList<Step> steps, StepDirection direction, string? percentOf, bool whole, decimal maxPoints)
    {
        for (var i = 0; i < steps.Count; i++)
        {
            var s = steps[i];
            if (s.Points < 0m || s.Points > maxPoints)
                yield return new($"steps[{i}].points", ErrorCodes.StepPointsRange.With(i + 1, s.Points, maxPoints));
            if (percentOf is not null && (s.Threshold < 0m || s.Threshold > 100m))
                yield return new($"steps[{i}].threshold", ErrorCodes.ThresholdNotPercent.With(percentOf, s.Threshold));
            if (whole && decimal.Truncate(s.Threshold) != s.Threshold)
                yield return new($"steps[{i}].threshold", ErrorCodes.ThresholdNotWhole.With(s.Threshold));
            if (i == 0) continue;
            var prev = steps[i - 1];
            if (direction == StepDirection.AtLeast && s.Threshold >= prev.Threshold)
                yield return new($"steps[{i}].threshold", ErrorCodes.ThresholdsMustDecrease.With(s.Threshold, prev.Threshold));
            if (direction == StepDirection.AtMost && s.Threshold <= prev.Threshold)
                yield return new($"steps[{i}].threshold", ErrorCodes.ThresholdsMustIncrease.With(s.Threshold, prev.Threshold));
            if (s.Points > prev.Points)
                yield return new($"steps[{i}].points", ErrorCodes.WorseStepMorePoints.With(s.Points, prev.Points));
        }
    }
}
