namespace ParIndex.Engine.Rules;

/// <summary>All or nothing (đạt / không đạt): met gives the max, not met gives 0. Input: <c>met</c>.</summary>
public sealed partial record AllOrNothingRule : Rule
{
    /// <summary>The kind's name in framework files.</summary>
    public const string KindName = "allOrNothing";

    /// <inheritdoc />
    public override string Kind => KindName;

    /// <inheritdoc />
    public override IEnumerable<RuleProblem> Validate(RuleContext context) => [];

    /// <inheritdoc />
    public override ErrorMessage? TryEncode(LeafInput input, RuleContext context, out InputCell cell)
    {
        cell = default;
        if (input.Met is not { } met) return ErrorCodes.ExpectedMet.With();
        cell = InputCell.Met(met);
        return null;
    }

    /// <inheritdoc />
    public override LeafResult Evaluate(in InputCell cell, in RuleContext context) =>
        cell.First == 1m ? new LeafResult(context.MaxPoints, NodeStatus.Full, ReasonCode.FullPoints, 1m)
        : cell.First == 0m ? new LeafResult(0m, context.MaxPoints > 0m ? NodeStatus.Zero : NodeStatus.Full, ReasonCode.NotMet)
        : LeafResult.Error;

    /// <inheritdoc />
    public override RuleExplanation Explain(in InputCell cell, in LeafResult result, in RuleContext context) =>
        cell.First == 1m
            ? new("đạt", null, $"Đạt yêu cầu: {Text.N(context.MaxPoints, true)} điểm.", $"Requirement met: {Text.N(context.MaxPoints)} points.")
            : new("không đạt", null, "Không đạt yêu cầu: 0 điểm.", "Requirement not met: 0 points.");

    /// <inheritdoc />
    public override string Describe() => "all or nothing";
}
