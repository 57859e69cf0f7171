namespace ParIndex.Engine.Rules;

// How a sheet cell holds the measure of a relative-to-best leaf, and what a leader can be ranked on.
public sealed partial record RelativeToBestRule
{
    /// <inheritdoc />
    public override RuleInput DescribeInput(in RuleContext context)
    {
        var input = RuleInput.OfMeasure(Measure, "so với đơn vị cao nhất", "relative to best");
        return input with { Hint = input.Hint + " (so với đơn vị cao nhất)", HintEn = input.HintEn + ", relative to the best unit" };
    }

    /// <inheritdoc />
    public override Measure? MeasuredBy => Measure;
}
