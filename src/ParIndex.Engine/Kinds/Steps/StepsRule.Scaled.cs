namespace ParIndex.Engine.Rules;

// The point figures of steps scaled for the sensitivity analysis: the points of each step and otherwise.
// Its point figures, for the framework's rounding warnings: each step's and otherwise.
public sealed partial record StepsRule
{
    /// <inheritdoc />
    public override Rule? WithPointsScaled(decimal factor, in RuleContext context) => this with { Steps = _ladder.Scaled(factor), Otherwise = Otherwise * factor };

    /// <inheritdoc />
    internal override IEnumerable<PointFigure> PointFigures() => _ladder.PointFigures(Otherwise);
}
