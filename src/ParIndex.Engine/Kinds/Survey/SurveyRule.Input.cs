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

    // A survey's card shows the answers as counted ((1 × 60 + 23 × 88) / 24), which the compact cell no longer holds.
    internal override bool ExplainsFromInput => true;

    /// <inheritdoc />
    internal override RuleExplanation ExplainFromInput(in InputCell cell, in LeafResult result, in RuleContext context, LeafInput input) =>
        Explain(cell, result, context, input.SurveyCounts);
}
