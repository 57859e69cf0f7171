namespace ParIndex.Engine.Rules;

/// <summary>
/// Proportional: max × min(1, measure / target), rounded to the framework's leaf decimals. The target defaults
/// to 100 (%), so a ratio of 85 % gives 0.85 × max.
/// </summary>
public sealed partial record ProportionalRule : Rule
{
    /// <summary>The kind's name in framework files.</summary>
    public const string KindName = "proportional";

    /// <inheritdoc />
    public override string Kind => KindName;

    /// <summary>What is measured (a ratio in % by default).</summary>
    public Measure Measure { get; init; } = Measure.Ratio;

    /// <summary>The measure that gives the full max; 100 (%) by default.</summary>
    public decimal Target { get; init; } = 100m;

    /// <inheritdoc />
    public override IEnumerable<RuleProblem> Validate(RuleContext context)
    {
        if (Target <= 0m) yield return new("target", ErrorCodes.TargetNotPositive.With(Target));
        if (Measure == Measure.Ratio && Target > 100m) yield return new("target", ErrorCodes.RatioTargetAbove100.With(Target));
    }

    /// <inheritdoc />
    public override ErrorMessage? TryEncode(LeafInput input, RuleContext context, out InputCell cell)
    {
        var error = MeasureReader.Encode(Measure, input, context, out cell);
        if (error is null && Measure == Measure.Value && cell.First < 0m) return ErrorCodes.NegativeValue.With(cell.First);
        return error;
    }

    /// <inheritdoc />
    public override LeafResult Evaluate(in InputCell cell, in RuleContext context)
    {
        var read = MeasureReader.Read(Measure, cell, context, out var measured);
        if (read <= 0) return read == 0 ? LeafResult.NotApplicable : LeafResult.Error;
        if (measured < 0m) return LeafResult.Error;
        // At or above the target: exactly the max. Below: max × measure / target from the measure's exact fraction
        // (numerator × 100 / denominator for a ratio), one division, rounded once.
        decimal points;
        if (MeasureReader.Compare(Measure, cell, measured, Target) >= 0) points = context.MaxPoints;
        else
        {
            MeasureReader.Fraction(Measure, cell, out var numerator, out var denominator, out var shift);
            points = context.LeafShare(numerator, denominator, Target, shift);
        }
        return LeafResult.Of(points, context.MaxPoints, points >= context.MaxPoints ? ReasonCode.FullPoints : ReasonCode.Proportional, measured);
    }

    /// <inheritdoc />
    public override RuleExplanation Explain(in InputCell cell, in LeafResult result, in RuleContext context)
    {
        var input = MeasureReader.Describe(Measure, cell, result.Measured);
        var target = Text.Exact(Target) + Text.Unit(Measure);
        MeasureReader.Fraction(Measure, cell, out var numerator, out var denominator, out var shift);
        string Formula(bool vi, in RuleContext c, in InputCell x, decimal points) =>
            Text.ShareOfMax(c, numerator, denominator, shift, Target, MeasureReader.InFormula(Measure, x, vi), Text.Exact(Target, vi) + Text.Unit(Measure), points, vi);
        return new(input, target,
            $"Tỷ lệ với mục tiêu {Text.Exact(Target, true)}{Text.Unit(Measure)}: {MeasureReader.Describe(Measure, cell, result.Measured, true)}; {Formula(true, context, cell, result.Points)} (tối đa {Text.Exact(context.MaxPoints, true)}).",
            $"proportional to the target {target}: {input}; {Formula(false, context, cell, result.Points)} (of {Text.Exact(context.MaxPoints)}).");
    }

    /// <inheritdoc />
    public override string Describe() => $"proportional on {MeasureReader.Name(Measure)}, target {Text.Exact(Target)}{Text.Unit(Measure)}";
}
