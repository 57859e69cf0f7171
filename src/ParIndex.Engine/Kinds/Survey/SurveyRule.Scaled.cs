namespace ParIndex.Engine.Rules;

// The point figures of survey scaled for the sensitivity analysis: the points of each step; weights are percentages, unchanged.
public sealed partial record SurveyRule
{
    /// <inheritdoc />
    public override Rule? WithPointsScaled(decimal factor, in RuleContext context) => this with { Steps = [.. _steps.Select(x => x with { Points = x.Points * factor })] };
}
