namespace ParIndex.Engine.Rules;

/// <summary>
/// Survey (điều tra xã hội học): answer counts per option, weighted (A 100 %, B 60 %, C 20 %, D 0 %), give a share
/// in %; or the share is entered directly as <c>value</c>. The share gives share / 100 × max (rounded to the
/// framework's leaf decimals), or, when steps are declared, the points of the first step it reaches.
/// </summary>
public sealed partial record SurveyRule : Rule
{
    private readonly IReadOnlyList<SurveyOption> _options = [];
    private readonly IReadOnlyList<Step> _steps = [];

    /// <summary>The kind's name in framework files.</summary>
    public const string KindName = "survey";

    /// <inheritdoc />
    public override string Kind => KindName;

    /// <summary>The answers and their weights; empty when the share is entered directly.</summary>
    public IReadOnlyList<SurveyOption> Options { get => _options; init => _options = value is null ? [] : [.. value]; }

    /// <summary>Optional "at least" steps on the share in %, best first; empty for proportional points.</summary>
    public IReadOnlyList<Step> Steps { get => _steps; init => _steps = value is null ? [] : [.. value]; }

    /// <inheritdoc />
    public override IEnumerable<RuleProblem> Validate(RuleContext context)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < _options.Count; i++)
        {
            var o = _options[i];
            if (string.IsNullOrWhiteSpace(o.Label)) yield return new($"options[{i}].label", ErrorCodes.AnswerLabelMissing.With());
            else if (!seen.Add(o.Label)) yield return new($"options[{i}].label", ErrorCodes.DuplicateAnswer.With(o.Label));
            if (o.WeightPercent < 0m || o.WeightPercent > 100m) yield return new($"options[{i}].weightPercent", ErrorCodes.AnswerWeightRange.With(o.WeightPercent));
        }
        foreach (var problem in StepChecks.Check(_steps, StepDirection.AtLeast, "survey", whole: false, context.MaxPoints))
            yield return problem;
    }

    /// <inheritdoc />
    public override ErrorMessage? TryEncode(LeafInput input, RuleContext context, out InputCell cell)
    {
        cell = default;
        if (input.SurveyCounts is { } counts)
        {
            if (input.Value is not null) return ErrorCodes.SurveyCountsAndValue.With();
            if (_options.Count == 0) return ErrorCodes.SurveyValueOnly.With();
            decimal weighted = 0m, total = 0m;
            foreach (var (label, count) in counts)
            {
                if (count < 0) return ErrorCodes.NegativeAnswerCount.With(label, count);
                var option = _options.FirstOrDefault(o => o.Label == label);
                if (option is null) return ErrorCodes.NotAnAnswer.With(label, string.Join(", ", _options.Select(o => $"'{o.Label}'")));
                weighted += count * option.WeightPercent;
                total += count;
            }
            if (total == 0m && !context.Policy.ZeroDenominatorIsNotApplicable) return ErrorCodes.NoRespondents.With();
            cell = InputCell.Ratio(weighted, total);
            return null;
        }
        if (input.Value is { } percent)
        {
            if (percent < 0m || percent > 100m) return ErrorCodes.SurveyShareRange.With(percent);
            cell = InputCell.Ratio(percent, 1m);
            return null;
        }
        return _options.Count > 0 ? ErrorCodes.ExpectedSurveyCounts.With() : ErrorCodes.ExpectedSurveyShare.With();
    }

    /// <inheritdoc />
    public override LeafResult Evaluate(in InputCell cell, in RuleContext context)
    {
        var respondents = cell.Second;
        if (respondents == 0m) return cell.First == 0m && context.Policy.ZeroDenominatorIsNotApplicable ? LeafResult.NotApplicable : LeafResult.Error;
        if (respondents < 0m || cell.First < 0m) return LeafResult.Error;
        // The share (weighted / respondents) is shown and compared as decimal's correctly rounded quotient; where it
        // equals a threshold the exact share may lie a hair either side, so cross-multiplication decides there.
        var share = respondents == 1m ? cell.First : cell.First / respondents;
        if (share >= 100m && (share > 100m || ExactDivision.CompareProducts(cell.First, 1m, 100m, respondents) > 0)) return LeafResult.Error;
        if (_steps.Count > 0)
        {
            for (var i = 0; i < _steps.Count; i++)
                if (Reaches(cell, share, _steps[i].Threshold)) return LeafResult.Of(_steps[i].Points, context.MaxPoints, ReasonCode.StepMatched, share, i);
            return LeafResult.Of(0m, context.MaxPoints, ReasonCode.BelowAllSteps, share);
        }
        // Every answer at 100 %: exactly the max. Otherwise max × weighted / (respondents × 100), rounded once.
        var points = Reaches(cell, share, 100m) ? context.MaxPoints : context.LeafShare(cell.First, respondents, 1m, -2);
        return LeafResult.Of(points, context.MaxPoints, points >= context.MaxPoints ? ReasonCode.FullPoints : ReasonCode.SurveyShare, share);
    }

    private static bool Reaches(in InputCell cell, decimal share, decimal threshold) =>
        share > threshold || (share == threshold && ExactDivision.CompareProducts(cell.First, 1m, threshold, cell.Second) >= 0);

    /// <inheritdoc />
    public override RuleExplanation Explain(in InputCell cell, in LeafResult result, in RuleContext context) => Explain(cell, result, context, null);

    /// <summary>
    /// The explanation with the answers as counted, when the card has them: "Tỷ lệ hài lòng (1 × 60 + 23 × 88) / 24 =
    /// 86,83 %; 3 × 86,83… % = 2,605 → 2,61 điểm" (without them the weighted sum stands for the brackets: 2084 / 24).
    /// </summary>
    internal RuleExplanation Explain(in InputCell cell, in LeafResult result, in RuleContext context, IReadOnlyDictionary<string, int>? counts)
    {
        var share = Text.N(result.Measured) + " %";
        var threshold = result.Matched >= 0 ? "≥ " + Text.Exact(_steps[result.Matched].Threshold) + " %" : null;
        var weighted = cell.First;
        var respondents = cell.Second;
        var measured = result.Measured;
        string Share(bool vi)
        {
            var shown = Text.N(measured, vi) + " %";
            if (respondents == 1m) return shown;
            var sum = counts is null
                ? Text.Exact(weighted, vi)
                : "(" + string.Join(" + ", _options.Where(o => counts.GetValueOrDefault(o.Label) > 0).Select(o => $"{counts[o.Label]} × {Text.Exact(o.WeightPercent, vi)}")) + ")";
            return $"{sum} / {Text.Exact(respondents, vi)} = {shown}";
        }
        string Points(bool vi, in RuleContext c, decimal points)
        {
            if (threshold is not null) return $"{(vi ? "bậc" : "step")} {threshold} → {Text.Exact(points, vi)} {(vi ? "điểm" : "points")}";
            if (_steps.Count > 0) return $"{(vi ? "không đạt bậc nào" : "no step reached")}: 0 {(vi ? "điểm" : "points")}";
            return Text.ShareOfMax(c, weighted, respondents, -2, 1m, Text.Shown(weighted, respondents, 0, vi) + " %", null, points, vi);
        }
        return new(share, threshold,
            $"Tỷ lệ hài lòng {Share(true)}; {Points(true, context, result.Points)} (tối đa {Text.Exact(context.MaxPoints, true)}).",
            $"survey share {Share(false)}; {Points(false, context, result.Points)} (of {Text.Exact(context.MaxPoints)}).");
    }

    /// <inheritdoc />
    public override string Describe() =>
        "survey" + (_options.Count > 0 ? ": " + string.Join(", ", _options.Select(o => $"{o.Label} {Text.Exact(o.WeightPercent)} %")) : " share")
        + (_steps.Count > 0 ? "; steps " + string.Join("; ", _steps.Select(s => $"≥ {Text.Exact(s.Threshold)} % → {Text.Exact(s.Points)}")) : "; proportional");

    /// <inheritdoc />
    public bool Equals(SurveyRule? other) => other is not null && _options.SequenceEqual(other._options) && _steps.SequenceEqual(other._steps);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_options.Count, _steps.Count);
}
