namespace ParIndex.Engine.Rules;

/// <summary>
/// Steps on a ratio in % with a minimum denominator (bậc thang theo tỷ lệ, có số lượng tối thiểu): as
/// <see cref="StepsRule"/> on a ratio, but a ratio over fewer cases than <see cref="MinDenominator"/> says too little to
/// be judged, so the criterion is not applicable (không áp dụng do số lượng dưới mức tối thiểu) and the framework's
/// not-applicable policy gives the points. Input: <c>numerator</c> and <c>denominator</c> (a percentage alone cannot
/// show the denominator). Compared exactly: the ratio is never divided before it is compared with a threshold.
/// </summary>
public sealed partial record RatioStepsRule : Rule
{
    private readonly StepLadder _ladder = StepLadder.Empty;

    /// <summary>The kind's name in framework files.</summary>
    public const string KindName = "ratioSteps";

    private static readonly LeafResult BelowMinimum = new(0m, NodeStatus.NotApplicable, ReasonCode.NotApplicableBelowMinimum);

    /// <inheritdoc />
    public override string Kind => KindName;

    /// <summary>The least denominator for which the ratio is scored; below it the criterion is not applicable. Positive.</summary>
    public required decimal MinDenominator { get; init; }

    /// <summary>Higher is better (<see cref="StepDirection.AtLeast"/>) or lower is better.</summary>
    public StepDirection Direction { get; init; } = StepDirection.AtLeast;

    /// <summary>The steps, best first; thresholds are percentages (0 to 100).</summary>
    public required IReadOnlyList<Step> Steps
    {
        get => _ladder.Steps;
        init => _ladder = new(value);
    }

    /// <summary>The points when no step matches (the denominator reaching the minimum).</summary>
    public decimal Otherwise { get; init; }

    /// <inheritdoc />
    public override IEnumerable<RuleProblem> Validate(RuleContext context)
    {
        if (MinDenominator <= 0m)
            yield return new("minDenominator", ErrorCodes.MinDenominatorNotPositive.With(MinDenominator));
        foreach (var problem in _ladder.Validate(Direction, Otherwise, "ratio", whole: false, context.MaxPoints))
            yield return problem;
    }

    /// <inheritdoc />
    public override ErrorMessage? TryEncode(LeafInput input, RuleContext context, out InputCell cell)
    {
        cell = default;
        if (input.Numerator is not { } num || input.Denominator is not { } den)
            return input.Value is not null && input.Numerator is null && input.Denominator is null
                ? ErrorCodes.PercentageWithoutDenominator.With(MinDenominator)
                : ErrorCodes.ExpectedRatioCounts.With();
        if (input.Value is not null) return ErrorCodes.RatioAndValue.With();
        if (num < 0m || den < 0m) return ErrorCodes.NegativeRatio.With(num, den);
        if (num > den) return ErrorCodes.NumeratorAboveDenominator.With(num, den);
        cell = InputCell.Ratio(num, den);
        return null;
    }

    /// <inheritdoc />
    public override LeafResult Evaluate(in InputCell cell, in RuleContext context)
    {
        var read = MeasureReader.ReadAtLeast(cell, MinDenominator, context, out var measured);
        if (read <= 0) return read == 0 ? BelowMinimum : LeafResult.Error;
        return _ladder.Match(Measure.Ratio, Direction, Otherwise, cell, measured, context);
    }

    /// <inheritdoc />
    public override RuleExplanation Explain(in InputCell cell, in LeafResult result, in RuleContext context)
    {
        var min = Text.Exact(MinDenominator);
        if (result.Reason == ReasonCode.NotApplicableBelowMinimum)
        {
            // The leaf's not-applicable policy gave the points: left out (status not applicable), the max, or 0.
            var ratio = $"{Text.Exact(cell.First)}/{Text.Exact(cell.Second)}";
            var ratioVi = $"{Text.Exact(cell.First, true)}/{Text.Exact(cell.Second, true)}";
            var excluded = result.Status == NodeStatus.NotApplicable;
            return new(ratio, $"denominator ≥ {min}",
                $"Không áp dụng do số lượng dưới mức tối thiểu: {ratioVi}, mẫu số {Text.Exact(cell.Second, true)} dưới mức tối thiểu {Text.Exact(MinDenominator, true)}; "
                + (excluded ? "không tính vào điểm đạt và điểm tối đa." : $"{Text.N(result.Points, true)}/{Text.N(context.MaxPoints, true)} điểm theo quy định của bộ chỉ số."),
                $"not applicable, the count is below the minimum: {ratio}, denominator {Text.Exact(cell.Second)} below the minimum {min}; "
                + (excluded ? "left out of both awarded points and max." : $"{Text.N(result.Points)} of {Text.N(context.MaxPoints)} points by the framework's policy."));
        }
        return _ladder.Explain(Measure.Ratio, Direction, cell, result, context, "ratio steps",
            $" (mẫu số {Text.Exact(cell.Second, true)} đạt mức tối thiểu {Text.Exact(MinDenominator, true)})",
            $" (denominator {Text.Exact(cell.Second)} at least the minimum {min})");
    }

    /// <summary>A step as a clerk reads it: "≥ 90 %".</summary>
    public string StepText(int index) => _ladder.StepText(index, Direction, Measure.Ratio, false);

    /// <inheritdoc />
    public override string? StepGiving(decimal points) => _ladder.StepGiving(points, Direction, Measure.Ratio, Otherwise);

    /// <inheritdoc />
    public override string Describe() =>
        $"ratio steps (denominator at least {Text.Exact(MinDenominator)}): " + _ladder.Describe(Direction, Measure.Ratio, Otherwise);

    /// <inheritdoc />
    public bool Equals(RatioStepsRule? other) =>
        other is not null && MinDenominator == other.MinDenominator && Direction == other.Direction && Otherwise == other.Otherwise
        && _ladder.SameSteps(other._ladder);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(MinDenominator, Direction, Otherwise, _ladder.Steps.Count);
}
