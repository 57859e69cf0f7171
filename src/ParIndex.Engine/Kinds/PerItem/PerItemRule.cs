namespace ParIndex.Engine.Rules;

/// <summary>Points per item, at most a cap (1 point per application, at most 5). Input: <c>count</c>.</summary>
public sealed partial record PerItemRule : Rule
{
    /// <summary>The kind's name in framework files.</summary>
    public const string KindName = "perItem";

    /// <inheritdoc />
    public override string Kind => KindName;

    /// <summary>Points for each item.</summary>
    public required decimal PointsPerItem { get; init; }

    /// <summary>The most the leaf gives; <see langword="null"/> means the leaf's max.</summary>
    public decimal? Cap { get; init; }

    /// <inheritdoc />
    public override IEnumerable<RuleProblem> Validate(RuleContext context)
    {
        if (PointsPerItem <= 0m) yield return new("pointsPerItem", ErrorCodes.PointsPerItemNotPositive.With(PointsPerItem));
        if (PointsPerItem > context.MaxPoints) yield return new("pointsPerItem", ErrorCodes.PointsPerItemAboveMax.With(PointsPerItem, context.MaxPoints));
        if (Cap is { } cap && (cap <= 0m || cap > context.MaxPoints)) yield return new("cap", ErrorCodes.PerItemCapRange.With(context.MaxPoints, cap));
    }

    /// <inheritdoc />
    public override ErrorMessage? TryEncode(LeafInput input, RuleContext context, out InputCell cell) =>
        MeasureReader.Encode(Measure.Count, input, context, out cell);

    /// <inheritdoc />
    public override LeafResult Evaluate(in InputCell cell, in RuleContext context)
    {
        if (MeasureReader.Read(Measure.Count, cell, context, out var count) < 0) return LeafResult.Error;
        var cap = Cap ?? context.MaxPoints;
        var points = count * PointsPerItem;
        if (points > cap) points = cap;
        return LeafResult.Of(points, context.MaxPoints, points >= context.MaxPoints ? ReasonCode.FullPoints : ReasonCode.PerItem, count);
    }

    /// <inheritdoc />
    public override RuleExplanation Explain(in InputCell cell, in LeafResult result, in RuleContext context)
    {
        var cap = Text.Exact(Cap ?? context.MaxPoints);
        return new(Text.Exact(result.Measured), $"{Text.Exact(PointsPerItem)} per item, at most {cap}",
            $"{Text.Exact(result.Measured, true)} lần × {Text.Exact(PointsPerItem, true)} điểm (tối đa {cap}): {Text.N(result.Points, true)}/{Text.N(context.MaxPoints, true)} điểm.",
            $"{Text.Exact(result.Measured)} items × {Text.Exact(PointsPerItem)} points (at most {cap}): {Text.N(result.Points)} of {Text.N(context.MaxPoints)} points.");
    }

    /// <inheritdoc />
    public override string Describe() => $"per item: {Text.Exact(PointsPerItem)} each" + (Cap is { } c ? $", at most {Text.Exact(c)}" : string.Empty);
}
