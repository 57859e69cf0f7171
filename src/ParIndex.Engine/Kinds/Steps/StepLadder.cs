namespace ParIndex.Engine.Rules;

/// <summary>
/// The steps of a rule that scores by steps (<see cref="StepsRule"/>, <see cref="RatioStepsRule"/>) and what every
/// such rule does with them: the checks, the match of a measure, the step texts and explanations, the point figures.
/// Immutable.
/// </summary>
/// <remarks>
/// It holds only the steps: direction, measure and "otherwise" stay the rules' own init properties and are passed in,
/// so a <c>with</c> on any of them cannot leave a stale copy here.
/// </remarks>
internal sealed class StepLadder
{
    private readonly decimal[] _thresholds;
    private readonly decimal[] _points;

    /// <summary>No steps: what a rule holds before its <c>Steps</c> are set.</summary>
    public static readonly StepLadder Empty = new(null);

    public StepLadder(IReadOnlyList<Step>? steps)
    {
        Steps = steps is null ? [] : [.. steps];
        // Split once so that the match loop reads two flat arrays, not a list of records.
        _thresholds = [.. Steps.Select(s => s.Threshold)];
        _points = [.. Steps.Select(s => s.Points)];
    }

    /// <summary>The steps, best first (a copy of what the rule was given).</summary>
    public IReadOnlyList<Step> Steps { get; }

    /// <summary>
    /// The checks of the steps and of "otherwise"; <paramref name="percentOf"/> and <paramref name="whole"/> as in
    /// <see cref="StepChecks.Check"/>.
    /// </summary>
    public IEnumerable<RuleProblem> Validate(StepDirection direction, decimal otherwise, string? percentOf, bool whole, decimal maxPoints)
    {
        if (Steps.Count == 0) yield return new("steps", ErrorCodes.NoSteps.With());
        foreach (var problem in StepChecks.Check(Steps, direction, percentOf, whole, maxPoints))
            yield return problem;
        if (otherwise < 0m || otherwise > maxPoints)
            yield return new("otherwise", ErrorCodes.OtherwiseRange.With(otherwise, maxPoints));
        else if (Steps.Count > 0 && otherwise > Steps[^1].Points)
            yield return new("otherwise", ErrorCodes.OtherwiseAboveLastStep.With(otherwise, Steps[^1].Points));
    }

    /// <summary>The first step the measured cell reaches, or "otherwise".</summary>
    public LeafResult Match(Measure measure, StepDirection direction, decimal otherwise, in InputCell cell, decimal measured, in RuleContext context)
    {
        var thresholds = _thresholds;
        if (direction == StepDirection.AtLeast)
        {
            for (var i = 0; i < thresholds.Length; i++)
                if (MeasureReader.Compare(measure, cell, measured, thresholds[i]) >= 0) return LeafResult.Of(_points[i], context.MaxPoints, ReasonCode.StepMatched, measured, i);
        }
        else
        {
            for (var i = 0; i < thresholds.Length; i++)
                if (MeasureReader.Compare(measure, cell, measured, thresholds[i]) <= 0) return LeafResult.Of(_points[i], context.MaxPoints, ReasonCode.StepMatched, measured, i);
        }
        return LeafResult.Of(otherwise, context.MaxPoints, ReasonCode.BelowAllSteps, measured);
    }

    /// <summary>
    /// The explanation of a matched step or of "otherwise". <paramref name="kindName"/> opens the English text
    /// ("steps matched …"); the notes follow the input in each language (empty, or " (…)").
    /// </summary>
    public RuleExplanation Explain(Measure measure, StepDirection direction, in InputCell cell, in LeafResult result, in RuleContext context, string kindName, string noteVi, string noteEn)
    {
        var input = MeasureReader.Describe(measure, cell, result.Measured);
        var inputVi = MeasureReader.Describe(measure, cell, result.Measured, true);
        if (result.Matched >= 0)
        {
            var step = StepText(result.Matched, direction, measure, false);
            return new(input, step,
                $"Bậc '{StepText(result.Matched, direction, measure, true)}' với {inputVi}{noteVi}: {Text.N(result.Points, true)}/{Text.N(context.MaxPoints, true)} điểm.",
                $"{kindName} matched '{step}' with {input}{noteEn}: {Text.N(result.Points)} of {Text.N(context.MaxPoints)} points.");
        }
        var last = Steps.Count > 0 ? StepText(Steps.Count - 1, direction, measure, false) : "-";
        var lastVi = Steps.Count > 0 ? StepText(Steps.Count - 1, direction, measure, true) : "-";
        return new(input, "otherwise",
            $"Không đạt bậc nào (thấp nhất '{lastVi}') với {inputVi}{noteVi}: {Text.N(result.Points, true)}/{Text.N(context.MaxPoints, true)} điểm.",
            $"no step matched (lowest '{last}') with {input}{noteEn}: otherwise {Text.N(result.Points)} of {Text.N(context.MaxPoints)} points.");
    }

    /// <summary>A step as a clerk reads it: "≥ 90 %".</summary>
    public string StepText(int index, StepDirection direction, Measure measure, bool vietnamese) =>
        (direction == StepDirection.AtLeast ? "≥ " : "≤ ") + Text.Exact(Steps[index].Threshold, vietnamese) + Text.Unit(measure);

    /// <summary>The first step giving these points, "otherwise" if it gives them, else null.</summary>
    public string? StepGiving(decimal points, StepDirection direction, Measure measure, decimal otherwise)
    {
        for (var i = 0; i < Steps.Count; i++)
            if (Steps[i].Points == points) return StepText(i, direction, measure, false);
        return otherwise == points ? "otherwise" : null;
    }

    /// <summary>The steps and "otherwise" as the rule's description lists them: "≥ 90 % → 2; otherwise 0".</summary>
    public string Describe(StepDirection direction, Measure measure, decimal otherwise) =>
        string.Join("; ", Steps.Select((s, i) => $"{StepText(i, direction, measure, false)} → {Text.Exact(s.Points)}"))
        + $"; otherwise {Text.Exact(otherwise)}";

    /// <summary>The steps with their points scaled.</summary>
    public IReadOnlyList<Step> Scaled(decimal factor) => [.. Steps.Select(x => x with { Points = x.Points * factor })];

    /// <summary>The point figures, for the framework's rounding warnings: each step's and otherwise.</summary>
    public IEnumerable<PointFigure> PointFigures(decimal otherwise) =>
        Steps.Select((s, i) => new PointFigure($"steps[{i}].points", s.Points, $"step {i + 1} gives"))
            .Append(new PointFigure("otherwise", otherwise, "'otherwise' gives"));

    /// <summary>Whether both hold the same steps.</summary>
    public bool SameSteps(StepLadder other) => Steps.SequenceEqual(other.Steps);
}
