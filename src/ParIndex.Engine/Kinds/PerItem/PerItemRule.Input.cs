namespace ParIndex.Engine.Rules;

// How a sheet cell holds a per-item count, and what a leader can be ranked on (the count).
public sealed partial record PerItemRule
{
    /// <inheritdoc />
    public override RuleInput DescribeInput(in RuleContext context) => RuleInput.OfMeasure(Measure.Count, "theo số lần", "per item") with
    {
        Hint = "số lần, số nguyên",
    };

    /// <inheritdoc />
    public override Measure? MeasuredBy => Measure.Count;
}
