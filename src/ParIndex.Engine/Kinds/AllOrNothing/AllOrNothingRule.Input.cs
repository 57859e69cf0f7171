namespace ParIndex.Engine.Rules;

// How a sheet cell holds an all-or-nothing input.
public sealed partial record AllOrNothingRule
{
    /// <inheritdoc />
    public override RuleInput DescribeInput(in RuleContext context) => new()
    {
        Shape = InputShape.Met,
        Hint = "x / có = đạt; không = không đạt",
        HintEn = "met: x, not met: không",
        Title = "đạt / không đạt",
        TitleEn = "all or nothing",
    };
}
