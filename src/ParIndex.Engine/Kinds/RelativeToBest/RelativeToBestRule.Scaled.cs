namespace ParIndex.Engine.Rules;

// The point figures of relative to best scaled for the sensitivity analysis: a share of its max: nothing to scale but the max itself.
public sealed partial record RelativeToBestRule
{
    /// <inheritdoc />
    public override Rule? WithPointsScaled(decimal factor, in RuleContext context) => this;
}
