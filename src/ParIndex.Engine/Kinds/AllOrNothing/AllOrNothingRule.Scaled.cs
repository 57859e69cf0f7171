namespace ParIndex.Engine.Rules;

// The point figures of all or nothing scaled for the sensitivity analysis: gives its max: nothing to scale but the max itself.
public sealed partial record AllOrNothingRule
{
    /// <inheritdoc />
    public override Rule? WithPointsScaled(decimal factor, in RuleContext context) => this;
}
