namespace ParIndex.Engine.Rules;

// How a sheet cell holds the measure of a proportional leaf, and what a leader can be ranked on.
public sealed partial record ProportionalRule
{
    /// <inheritdoc />
    public override RuleInput DescribeInput(in RuleContext context) => RuleInput.OfMeasure(Measure, "tỷ lệ thuận", "proportional");

    /// <inheritdoc />
    public override Measure? MeasuredBy => Measure;
}
