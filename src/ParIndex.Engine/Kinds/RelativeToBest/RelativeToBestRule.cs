namespace ParIndex.Engine.Rules;

/// <summary>
/// Relative to the cohort's best: points = max × value / reference, rounded to the framework's leaf decimals and at
/// most the max, where the reference is the best value of the leaf in the cohort (or the value of the cohort's leader
/// on a chosen indicator). Needs the whole cohort: a cohort is scored in two passes (the first finds the reference),
/// so a unit scored on its own gets an input error. When the reference is 0, no unit did anything: every unit with 0
/// gets 0 (and, relative to a leader at 0, a unit above it gets the max). Input: <c>value</c>, <c>count</c>, or a ratio.
/// </summary>
public sealed partial record RelativeToBestRule : Rule
{
    /// <summary>The kind's name in framework files.</summary>
    public const string KindName = "relativeToBest";

    /// <inheritdoc />
    public override string Kind => KindName;

    /// <summary>What is measured (a value by default).</summary>
    public Measure Measure { get; init; } = Measure.Value;

    /// <summary>The best value of the leaf, or the leader's value.</summary>
    public RelativeTo RelativeTo { get; init; } = RelativeTo.Best;

    /// <summary>With <see cref="RelativeTo.Leader"/>: the code of the leaf whose highest value makes a unit the leader.</summary>
    public string? LeaderIndicator { get; init; }

    /// <inheritdoc />
    public override IEnumerable<RuleProblem> Validate(RuleContext context)
    {
        if (RelativeTo == RelativeTo.Leader && string.IsNullOrWhiteSpace(LeaderIndicator))
            yield return new("leaderIndicator", ErrorCodes.LeaderIndicatorMissing.With());
        if (RelativeTo == RelativeTo.Best && LeaderIndicator is not null)
            yield return new("leaderIndicator", ErrorCodes.LeaderIndicatorUnused.With());
    }

    /// <inheritdoc />
    public override ErrorMessage? TryEncode(LeafInput input, RuleContext context, out InputCell cell)
    {
        var error = MeasureReader.Encode(Measure, input, context, out cell);
        if (error is null && Measure == Measure.Value && cell.First < 0m) return ErrorCodes.NegativeValue.With(cell.First);
        return error;
    }

    /// <summary>Reads the unit's value from a cell: 1 when read, 0 when not applicable, -1 when invalid.</summary>
    public int TryMeasure(in InputCell cell, in RuleContext context, out decimal value)
    {
        var read = MeasureReader.Read(Measure, cell, context, out value);
        return read > 0 && value < 0m ? -1 : read;
    }

    /// <inheritdoc />
    public override LeafResult Evaluate(in InputCell cell, in RuleContext context)
    {
        if (context.CohortBest is not { } best) return LeafResult.Error;
        var read = TryMeasure(cell, context, out var value);
        if (read <= 0) return read == 0 ? LeafResult.NotApplicable : LeafResult.Error;
        decimal points;
        if (Measure == Measure.Ratio && context.CohortBestCell is { } reference)
        {
            // Both ratios as exact fractions: (n × 100 / d) / (n' × 100 / d') = n × d' / (d × n'), one division.
            if (CompareMeasures(cell, reference, value, best) >= 0) points = value == 0m ? 0m : context.MaxPoints;
            else points = context.LeafShare(cell.First, reference.Second, cell.Second, reference.First, 0);
        }
        else if (value >= best) points = value == 0m ? 0m : context.MaxPoints;
        else
        {
            // max × value / best, one division, rounded once.
            MeasureReader.Fraction(Measure, cell, out var numerator, out var denominator, out var shift);
            points = context.LeafShare(numerator, denominator, best, shift);
        }
        return LeafResult.Of(points, context.MaxPoints, points >= context.MaxPoints ? ReasonCode.FullPoints : ReasonCode.RelativeToBest, value);
    }

    /// <summary>
    /// The sign of (the measure of <paramref name="cell"/> − that of <paramref name="other"/>), given both as read
    /// (<paramref name="value"/>, <paramref name="otherValue"/>): ratios exactly, by cross-multiplication.
    /// </summary>
    internal int CompareMeasures(in InputCell cell, in InputCell other, decimal value, decimal otherValue)
    {
        var sign = value.CompareTo(otherValue);
        if (Measure != Measure.Ratio || (sign != 0 && cell.First < 1e26m && other.First < 1e26m)) return sign;
        return ExactDivision.CompareProducts(cell.First, other.Second, other.First, cell.Second);
    }

    /// <inheritdoc />
    public override ErrorMessage DescribeError(in InputCell cell, in RuleContext context) =>
        context.CohortBest is null
            ? ErrorCodes.RelativeToBestAlone.With()
            : base.DescribeError(cell, context);

    /// <inheritdoc />
    public override RuleExplanation Explain(in InputCell cell, in LeafResult result, in RuleContext context)
    {
        var input = MeasureReader.Describe(Measure, cell, result.Measured);
        var reference = Text.Exact(context.CohortBest ?? 0m) + Text.Unit(Measure);
        var what = RelativeTo == RelativeTo.Best ? "the cohort's best" : $"the leader's (on {LeaderIndicator})";
        var whatVi = RelativeTo == RelativeTo.Best ? "cao nhất trong cụm" : $"của đơn vị dẫn đầu ({LeaderIndicator})";
        var best = context.CohortBest ?? 0m;
        MeasureReader.Fraction(Measure, cell, out var numerator, out var denominator, out var shift);
        var ratioReference = Measure == Measure.Ratio ? context.CohortBestCell : null;
        string Formula(bool vi, in RuleContext c, in InputCell x, decimal points) => ratioReference is { } r
            ? Text.ShareOfMax(c, x.First, r.Second, x.Second, r.First, 0, MeasureReader.InFormula(Measure, x, vi), MeasureReader.InFormula(Measure, r, vi), points, vi)
            : Text.ShareOfMax(c, numerator, 1m, denominator, best, shift, MeasureReader.InFormula(Measure, x, vi), Text.Exact(best, vi) + Text.Unit(Measure), points, vi);
        return new(input, reference,
            $"So với giá trị {whatVi} {Text.Exact(best, true)}{Text.Unit(Measure)}: {MeasureReader.Describe(Measure, cell, result.Measured, true)}; {Formula(true, context, cell, result.Points)} (tối đa {Text.Exact(context.MaxPoints, true)}).",
            $"relative to {what} {reference}: {input}; {Formula(false, context, cell, result.Points)} (of {Text.Exact(context.MaxPoints)}).");
    }

    /// <inheritdoc />
    public override string Describe() =>
        $"relative to {(RelativeTo == RelativeTo.Best ? "the cohort's best" : "the leader on " + LeaderIndicator)} on {MeasureReader.Name(Measure)}";
}
