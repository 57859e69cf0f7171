namespace ParIndex.Engine.Rules;

// The point figures of proportional scaled for the sensitivity analysis: a share of its max: nothing to scale but the max itself.
public sealed partial record ProportionalRule
{
    /// <inheritdoc />
    public override Rule? WithPointsScaled(decimal factor, in RuleContext context) => this;
}
