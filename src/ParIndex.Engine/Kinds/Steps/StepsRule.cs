namespace ParIndex.Engine.Rules;

/// <summary>
/// Steps (bậc thang) on a value, a count or a ratio in %. "At least": the first step whose threshold the measure
/// reaches gives its points (≥ 100 % → 2.5; ≥ 90 % → 1.5); "at most": the first step whose threshold the measure
/// does not exceed (≤ 0 late reports → 1; ≤ 2 → 0.5). No step matched: <see cref="Otherwise"/> (0 by default).
/// </summary>
public sealed partial record StepsRule : Rule
{
    private readonly IReadOnlyList<Step> _steps = [];
    private readonly decimal[] _thresholds = [];
    private readonly decimal[] _points = [];

    /// <summary>The kind's name in framework files.</summary>
    public const string KindName = "steps";

    /// <inheritdoc />
    public override string Kind => KindName;

    /// <summary>What is measured.</summary>
    public required Measure Measure { get; init; }

    /// <summary>Higher is better (<see cref="StepDirection.AtLeast"/>) or lower is better.</summary>
    public StepDirection Direction { get; init; } = StepDirection.AtLeast;

    /// <summary>The steps, best first.</summary>
    public required IReadOnlyList<Step> Steps
    {
        get => _steps;
        init
        {
            _steps = value is null ? [] : [.. value];
            _thresholds = [.. _steps.Select(s => s.Threshold)];
            _points = [.. _steps.Select(s => s.Points)];
        }
    }

    /// <summary>The points when no step matches.</summary>
    public decimal Otherwise { get; init; }

    /// <inheritdoc />
    public override IEnumerable<RuleProblem> Validate(RuleContext context)
    {
        if (_steps.Count == 0) yield return new("steps", ErrorCodes.NoSteps.With());
        foreach (var problem in StepChecks.Check(_steps, Direction, Measure == Measure.Ratio ? "ratio" : null, Measure == Measure.Count, context.MaxPoints))
            yield return problem;
        if (Otherwise < 0m || Otherwise > context.MaxPoints)
            yield return new("otherwise", ErrorCodes.OtherwiseRange.With(Otherwise, context.MaxPoints));
        else if (_steps.Count > 0 && Otherwise > _steps[^1].Points)
            yield return new("otherwise", ErrorCodes.OtherwiseAboveLastStep.With(Otherwise, _steps[^1].Points));
    }

    /// <inheritdoc />
    public override ErrorMessage? TryEncode(LeafInput input, RuleContext context, out InputCell cell) =>
        MeasureReader.Encode(Measure, input, context, out cell);

    /// <inheritdoc />
    public override LeafResult Evaluate(in InputCell cell, in RuleContext context)
    {
        var read = MeasureReader.Read(Measure, cell, context, out var measured);
        if (read <= 0) return read == 0 ? LeafResult.NotApplicable : LeafResult.Error;
        var thresholds = _thresholds;
        if (Direction == StepDirection.AtLeast)
        {
            for (var i = 0; i < thresholds.Length; i++)
                if (MeasureReader.Compare(Measure, cell, measured, thresholds[i]) >= 0) return LeafResult.Of(_points[i], context.MaxPoints, ReasonCode.StepMatched, measured, i);
        }
        else
        {
            for (var i = 0; i < thresholds.Length; i++)
                if (MeasureReader.Compare(Measure, cell, measured, thresholds[i]) <= 0) return LeafResult.Of(_points[i], context.MaxPoints, ReasonCode.StepMatched, measured, i);
        }
        return LeafResult.Of(Otherwise, context.MaxPoints, ReasonCode.BelowAllSteps, measured);
    }

    /// <inheritdoc />
    public override RuleExplanation Explain(in InputCell cell, in LeafResult result, in RuleContext context)
    {
        var input = MeasureReader.Describe(Measure, cell, result.Measured);
        if (result.Matched >= 0)
        {
            var step = StepText(result.Matched);
            return new(input, step,
                $"Bậc '{StepText(result.Matched, true)}' với {MeasureReader.Describe(Measure, cell, result.Measured, true)}: {Text.N(result.Points, true)}/{Text.N(context.MaxPoints, true)} điểm.",
                $"steps matched '{step}' with {input}: {Text.N(result.Points)} of {Text.N(context.MaxPoints)} points.");
        }
        var last = _steps.Count > 0 ? StepText(_steps.Count - 1) : "-";
        return new(input, "otherwise",
            $"Không đạt bậc nào (thấp nhất '{(_steps.Count > 0 ? StepText(_steps.Count - 1, true) : "-")}') với {MeasureReader.Describe(Measure, cell, result.Measured, true)}: {Text.N(result.Points, true)}/{Text.N(context.MaxPoints, true)} điểm.",
            $"no step matched (lowest '{last}') with {input}: otherwise {Text.N(result.Points)} of {Text.N(context.MaxPoints)} points.");
    }

    /// <summary>A step as a clerk reads it: "≥ 90 %".</summary>
    public string StepText(int index) => StepText(index, false);

    /// <inheritdoc />
    public override string? StepGiving(decimal points)
    {
        for (var i = 0; i < _steps.Count; i++)
            if (_steps[i].Points == points) return StepText(i);
        return Otherwise == points ? "otherwise" : null;
    }

    private string StepText(int index, bool vietnamese) =>
        (Direction == StepDirection.AtLeast ? "≥ " : "≤ ") + Text.Exact(_steps[index].Threshold, vietnamese) + Text.Unit(Measure);

    /// <inheritdoc />
    public override string Describe() =>
        $"steps on {MeasureReader.Name(Measure)}: " + string.Join("; ", _steps.Select((s, i) => $"{StepText(i)} → {Text.Exact(s.Points)}"))
        + $"; otherwise {Text.Exact(Otherwise)}";

    /// <inheritdoc />
    public bool Equals(StepsRule? other) =>
        other is not null && Measure == other.Measure && Direction == other.Direction && Otherwise == other.Otherwise
        && _steps.SequenceEqual(other._steps);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Measure, Direction, Otherwise, _steps.Count);
}
