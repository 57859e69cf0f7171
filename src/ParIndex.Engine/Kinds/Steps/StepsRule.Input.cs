namespace ParIndex.Engine.Rules;

// How a sheet cell holds the measure of steps, and what a leader can be ranked on.
public sealed partial record StepsRule
{
    /// <inheritdoc />
    public override RuleInput DescribeInput(in RuleContext context) => RuleInput.OfMeasure(Measure, "theo bậc", "steps");

    /// <inheritdoc />
    public override Measure? MeasuredBy => Measure;
}
