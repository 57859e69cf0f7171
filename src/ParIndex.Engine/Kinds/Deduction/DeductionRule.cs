namespace ParIndex.Engine.Rules;

/// <summary>
/// Per-occurrence deduction: start (the max by default) minus an amount per occurrence, never below a floor (0 by
/// default); optionally, from the N-th occurrence on, the floor at once ("wipe out the rest"). Input: <c>count</c>.
/// </summary>
public sealed partial record DeductionRule : Rule
{
    /// <summary>The kind's name in framework files.</summary>
    public const string KindName = "deduction";

    /// <inheritdoc />
    public override string Kind => KindName;

    /// <summary>Points removed per occurrence.</summary>
    public required decimal PointsPerOccurrence { get; init; }

    /// <summary>The points with no occurrence; <see langword="null"/> means the leaf's max.</summary>
    public decimal? Start { get; init; }

    /// <summary>The least the leaf gives.</summary>
    public decimal Floor { get; init; }

    /// <summary>From this occurrence on, the floor is given at once; <see langword="null"/>: never.</summary>
    public int? WipeOutFrom { get; init; }

    /// <inheritdoc />
    public override IEnumerable<RuleProblem> Validate(RuleContext context)
    {
        var start = Start ?? context.MaxPoints;
        if (PointsPerOccurrence <= 0m) yield return new("pointsPerOccurrence", ErrorCodes.PointsPerOccurrenceNotPositive.With(PointsPerOccurrence));
        if (start < 0m || start > context.MaxPoints) yield return new("start", ErrorCodes.DeductionStartRange.With(context.MaxPoints, start));
        if (Floor < 0m || Floor > start) yield return new("floor", ErrorCodes.DeductionFloorRange.With(start, Floor));
        if (WipeOutFrom is { } n && n < 1) yield return new("wipeOutFrom", ErrorCodes.WipeOutFromRange.With(n));
    }

    /// <inheritdoc />
    public override ErrorMessage? TryEncode(LeafInput input, RuleContext context, out InputCell cell) =>
        MeasureReader.Encode(Measure.Count, input, context, out cell);

    /// <inheritdoc />
    public override LeafResult Evaluate(in InputCell cell, in RuleContext context)
    {
        if (MeasureReader.Read(Measure.Count, cell, context, out var count) < 0) return LeafResult.Error;
        var start = Start ?? context.MaxPoints;
        if (count == 0m) return LeafResult.Of(start, context.MaxPoints, start >= context.MaxPoints ? ReasonCode.FullPoints : ReasonCode.Deducted, 0m);
        if (WipeOutFrom is { } n && count >= n) return LeafResult.Of(Floor, context.MaxPoints, ReasonCode.WipedOut, count);
        // Compare before multiplying: a huge count must reach the floor, not overflow.
        var points = count >= (start - Floor) / PointsPerOccurrence ? Floor : start - PointsPerOccurrence * count;
        return LeafResult.Of(points, context.MaxPoints, ReasonCode.Deducted, count);
    }

    /// <inheritdoc />
    public override RuleExplanation Explain(in InputCell cell, in LeafResult result, in RuleContext context)
    {
        var count = Text.Exact(result.Measured);
        if (result.Reason == ReasonCode.WipedOut)
            return new(count, $"from occurrence {WipeOutFrom}",
                $"{count} lần vi phạm, từ lần thứ {WipeOutFrom} mất toàn bộ: {Text.N(result.Points, true)}/{Text.N(context.MaxPoints, true)} điểm.",
                $"{count} occurrences; from occurrence {WipeOutFrom} the rest is wiped out: {Text.N(result.Points)} of {Text.N(context.MaxPoints)} points.");
        return new(count, $"-{Text.Exact(PointsPerOccurrence)} per occurrence",
            $"{count} lần, trừ {Text.Exact(PointsPerOccurrence, true)} điểm mỗi lần: {Text.N(result.Points, true)}/{Text.N(context.MaxPoints, true)} điểm.",
            $"{count} occurrences, {Text.Exact(PointsPerOccurrence)} points deducted each: {Text.N(result.Points)} of {Text.N(context.MaxPoints)} points.");
    }

    /// <inheritdoc />
    public override string Describe() =>
        $"deduction: -{Text.Exact(PointsPerOccurrence)} per occurrence" + (Start is { } s ? $" from {Text.Exact(s)}" : string.Empty)
        + (Floor != 0m ? $", floor {Text.Exact(Floor)}" : string.Empty) + (WipeOutFrom is { } n ? $", wiped out from occurrence {n}" : string.Empty);
}
