namespace ParIndex.Engine.Rules;

// How a sheet cell holds a choice: one of the labels.
public sealed partial record ChoiceRule
{
    /// <inheritdoc />
    public override RuleInput DescribeInput(in RuleContext context) => new()
    {
        Shape = InputShape.Choice,
        Options = [.. _options.Select(o => o.Label)],
        Hint = "một trong: " + string.Join(" | ", _options.Select(o => o.Label)),
        HintEn = "one of the labels",
        Title = "lựa chọn",
        TitleEn = "choice",
    };
}
