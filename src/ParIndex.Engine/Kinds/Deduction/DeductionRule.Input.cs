namespace ParIndex.Engine.Rules;

// How a sheet cell holds a count of occurrences, and what a leader can be ranked on (the count).
public sealed partial record DeductionRule
{
    /// <inheritdoc />
    public override RuleInput DescribeInput(in RuleContext context) => RuleInput.OfMeasure(Measure.Count, "trừ điểm", "deduction") with
    {
        Hint = "số lần vi phạm, số nguyên",
        HintEn = "a whole count of occurrences",
    };

    /// <inheritdoc />
    public override Measure? MeasuredBy => Measure.Count;
}
