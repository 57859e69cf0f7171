namespace ParIndex.Engine.Rules;

// The point figures of manual scaled for the sensitivity analysis: the step, so that the scaled max stays a multiple of it.
public sealed partial record ManualRule
{
    /// <inheritdoc />
    public override Rule? WithPointsScaled(decimal factor, in RuleContext context) => this with { Step = StepOf(context) * factor };
}
