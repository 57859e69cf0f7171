namespace ParIndex.Engine.Rules;

// The point figures of manual scaled for the sensitivity analysis: the step, so that the scaled max stays a multiple of it.
// Its point figure, for the framework's rounding warnings: its step, or the framework's that it inherits.
public sealed partial record ManualRule
{
    /// <inheritdoc />
    public override Rule? WithPointsScaled(decimal factor, in RuleContext context) => this with { Step = StepOf(context) * factor };

    /// <inheritdoc />
    internal override IEnumerable<PointFigure> PointFigures() =>
        [new PointFigure(Step is null ? null : "step", Step ?? 0m, "the manual step")];
}
