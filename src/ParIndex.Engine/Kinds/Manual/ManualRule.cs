namespace ParIndex.Engine.Rules;

/// <summary>
/// Manual judgement: the appraiser enters points within [0, max] on a step (the framework's manual step unless
/// the rule sets its own). A value off the step or out of range is an input error, never clamped. Input: <c>points</c>.
/// </summary>
public sealed partial record ManualRule : Rule
{
    /// <summary>The kind's name in framework files.</summary>
    public const string KindName = "manual";

    /// <inheritdoc />
    public override string Kind => KindName;

    /// <summary>This leaf's step; <see langword="null"/> takes the framework's manual step.</summary>
    public decimal? Step { get; init; }

    /// <inheritdoc />
    public override IEnumerable<RuleProblem> Validate(RuleContext context)
    {
        var step = StepOf(context);
        if (step <= 0m) yield return new("step", ErrorCodes.RuleStepNotPositive.With(step));
        else if (context.MaxPoints % step != 0m) yield return new("step", ErrorCodes.MaxNotMultipleOfStep.With(context.MaxPoints, step));
    }

    /// <inheritdoc />
    public override ErrorMessage? TryEncode(LeafInput input, RuleContext context, out InputCell cell)
    {
        cell = default;
        if (input.Points is not { } points) return ErrorCodes.ExpectedPoints.With(context.MaxPoints, StepOf(context));
        if (points < 0m || points > context.MaxPoints) return ErrorCodes.PointsOutOfRange.With(points, context.MaxPoints);
        if (points % StepOf(context) != 0m) return ErrorCodes.PointsOffStep.With(points, StepOf(context));
        cell = InputCell.Points(points);
        return null;
    }

    /// <inheritdoc />
    public override LeafResult Evaluate(in InputCell cell, in RuleContext context)
    {
        var points = cell.First;
        var step = StepOf(context);
        if (points < 0m || points > context.MaxPoints || step <= 0m || points % step != 0m) return LeafResult.Error;
        return LeafResult.Of(points, context.MaxPoints, points >= context.MaxPoints ? ReasonCode.FullPoints : ReasonCode.ManualPoints, points);
    }

    /// <inheritdoc />
    public override RuleExplanation Explain(in InputCell cell, in LeafResult result, in RuleContext context) =>
        new(Text.Exact(cell.First), null,
            $"Hội đồng thẩm định chấm {Text.N(result.Points, true)}/{Text.N(context.MaxPoints, true)} điểm.",
            $"points set by the appraiser: {Text.N(result.Points)} of {Text.N(context.MaxPoints)}.");

    /// <inheritdoc />
    public override string Describe() => "manual" + (Step is { } s ? $", step {Text.Exact(s)}" : string.Empty);

    private decimal StepOf(in RuleContext context) => Step ?? context.Policy.ManualStep;
}
