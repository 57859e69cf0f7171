namespace ParIndex.Engine.Rules;

// The point figures of steps scaled for the sensitivity analysis: the points of each step and otherwise.
public sealed partial record StepsRule
{
    /// <inheritdoc />
    public override Rule? WithPointsScaled(decimal factor, in RuleContext context) => this with { Steps = [.. _steps.Select(x => x with { Points = x.Points * factor })], Otherwise = Otherwise * factor };
}
