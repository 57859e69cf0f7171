namespace ParIndex.Engine.Rules;

// How a sheet cell holds ratio steps: a ratio (the CLI's ratio cell, "3/12"), and what a leader can be ranked on.
public sealed partial record RatioStepsRule
{
    /// <inheritdoc />
    public override RuleInput DescribeInput(in RuleContext context) => RuleInput.OfMeasure(Measure.Ratio, "theo bậc tỷ lệ, có số lượng tối thiểu", "ratio steps") with
    {
        Hint = $"tử số/mẫu số: 3/12; mẫu số dưới {Text.Exact(MinDenominator, true)} = không áp dụng",
        HintEn = $"numerator/denominator: 3/12; a denominator below {Text.Exact(MinDenominator)} is not applicable",
    };

    /// <inheritdoc />
    public override Measure? MeasuredBy => Measure.Ratio;
}
