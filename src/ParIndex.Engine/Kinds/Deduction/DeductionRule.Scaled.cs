namespace ParIndex.Engine.Rules;

// The point figures of deduction scaled for the sensitivity analysis: the amount per occurrence, the start and the floor.
public sealed partial record DeductionRule
{
    /// <inheritdoc />
    public override Rule? WithPointsScaled(decimal factor, in RuleContext context) => this with { PointsPerOccurrence = PointsPerOccurrence * factor, Start = Start * factor, Floor = Floor * factor };
}
