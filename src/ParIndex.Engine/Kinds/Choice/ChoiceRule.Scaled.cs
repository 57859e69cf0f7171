namespace ParIndex.Engine.Rules;

// The point figures of choice scaled for the sensitivity analysis: the points of each option.
// Its point figures, for the framework's rounding warnings: each option's.
public sealed partial record ChoiceRule
{
    /// <inheritdoc />
    public override Rule? WithPointsScaled(decimal factor, in RuleContext context) => this with { Options = [.. _options.Select(o => o with { Points = o.Points * factor })] };

    /// <inheritdoc />
    internal override IEnumerable<PointFigure> PointFigures() =>
        _options.Select((o, i) => new PointFigure($"options[{i}].points", o.Points, $"option '{o.Label}' gives"));
}
