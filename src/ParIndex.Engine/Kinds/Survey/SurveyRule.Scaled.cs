namespace ParIndex.Engine.Rules;

// The point figures of survey scaled for the sensitivity analysis: the points of each step; weights are percentages, unchanged.
// Its point figures, for the framework's rounding warnings: each step's.
public sealed partial record SurveyRule
{
    /// <inheritdoc />
    public override Rule? WithPointsScaled(decimal factor, in RuleContext context) => this with { Steps = [.. _steps.Select(x => x with { Points = x.Points * factor })] };

    /// <inheritdoc />
    internal override IEnumerable<PointFigure> PointFigures() =>
        _steps.Select((s, i) => new PointFigure($"steps[{i}].points", s.Points, $"step {i + 1} gives"));
}
