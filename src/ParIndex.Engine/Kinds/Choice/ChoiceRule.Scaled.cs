namespace ParIndex.Engine.Rules;

// The point figures of choice scaled for the sensitivity analysis: the points of each option.
public sealed partial record ChoiceRule
{
    /// <inheritdoc />
    public override Rule? WithPointsScaled(decimal factor, in RuleContext context) => this with { Options = [.. _options.Select(o => o with { Points = o.Points * factor })] };
}
