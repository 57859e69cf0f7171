namespace ParIndex.Engine.Rules;

// How a sheet cell holds a survey: the share in %, or respondents per answer.
public sealed partial record SurveyRule
{
    /// <inheritdoc />
    public override RuleInput DescribeInput(in RuleContext context) => new()
    {
        Shape = InputShape.Survey,
        Percentage = true,
        Options = [.. _options.Select(o => o.Label)],
        Hint = _options.Count > 0 ? "tỷ lệ % (85%) hoặc số phiếu: " + string.Join("; ", _options.Select(o => o.Label + "=…")) : "tỷ lệ % (85%)",
        HintEn = _options.Count > 0 ? "the share in % or answer counts" : "the share in %",
        Title = "khảo sát",
        TitleEn = "survey",
    };
}
