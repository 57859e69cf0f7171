namespace ParIndex.Engine.Rules;

/// <summary>
/// Steps (bậc thang) on a value, a count or a ratio in %. "At least": the first step whose threshold the measure
/// reaches gives its points (≥ 100 % → 2.5; ≥ 90 % → 1.5); "at most": the first step whose threshold the measure
/// does not exceed (≤ 0 late reports → 1; ≤ 2 → 0.5). No step matched: <see cref="Otherwise"/> (0 by default).
/// </summary>
public sealed partial record StepsRule : Rule
{
    private readonly StepLadder _ladder = StepLadder.Empty;

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
        get => _ladder.Steps;
        init => _ladder = new(value);
    }

    /// <summary>The points when no step matches.</summary>
    public decimal Otherwise { get; init; }

    /// <inheritdoc />
    public override IEnumerable<RuleProblem> Validate(RuleContext context) =>
        _ladder.Validate(Direction, Otherwise, Measure == Measure.Ratio ? "ratio" : null, Measure == Measure.Count, context.MaxPoints);

    /// <inheritdoc />
    public override ErrorMessage? TryEncode(LeafInput input, RuleContext context, out InputCell cell) =>
        MeasureReader.Encode(Measure, input, context, out cell);

    /// <inheritdoc />
    public override LeafResult Evaluate(in InputCell cell, in RuleContext context)
    {
        var read = MeasureReader.Read(Measure, cell, context, out var measured);
        if (read <= 0) return read == 0 ? LeafResult.NotApplicable : LeafResult.Error;
        return _ladder.Match(Measure, Direction, Otherwise, cell, measured, context);
    }

    /// <inheritdoc />
    public override RuleExplanation Explain(in InputCell cell, in LeafResult result, in RuleContext context) =>
        _ladder.Explain(Measure, Direction, cell, result, context, "steps", string.Empty, string.Empty);

    /// <summary>A step as a clerk reads it: "≥ 90 %".</summary>
    public string StepText(int index) => _ladder.StepText(index, Direction, Measure, false);

    /// <inheritdoc />
    public override string? StepGiving(decimal points) => _ladder.StepGiving(points, Direction, Measure, Otherwise);

    /// <inheritdoc />
    public override string Describe() => $"steps on {MeasureReader.Name(Measure)}: " + _ladder.Describe(Direction, Measure, Otherwise);

    /// <inheritdoc />
    public bool Equals(StepsRule? other) =>
        other is not null && Measure == other.Measure && Direction == other.Direction && Otherwise == other.Otherwise
        && _ladder.SameSteps(other._ladder);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Measure, Direction, Otherwise, _ladder.Steps.Count);
}
