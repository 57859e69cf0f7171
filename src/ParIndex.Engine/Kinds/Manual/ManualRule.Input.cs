namespace ParIndex.Engine.Rules;

// How a sheet cell holds manual points.
public sealed partial record ManualRule
{
    /// <inheritdoc />
    public override RuleInput DescribeInput(in RuleContext context)
    {
        var max = Text.Exact(context.MaxPoints);
        var step = Text.Exact(StepOf(context));
        return new()
        {
            Shape = InputShape.Points,
            Hint = $"điểm 0 đến {max}, bước {step}",
            HintEn = $"points 0 to {max} in steps of {step}",
            Title = "chấm điểm trực tiếp",
            TitleEn = "manual",
        };
    }
}
