namespace ParIndex.Engine.Rules;

// The point figures of per item scaled for the sensitivity analysis: the points per item and the cap.
public sealed partial record PerItemRule
{
    /// <inheritdoc />
    public override Rule? WithPointsScaled(decimal factor, in RuleContext context) => this with { PointsPerItem = PointsPerItem * factor, Cap = Cap * factor };
}
