namespace ParIndex.Engine.Rules;

/// <summary>
/// The bulk form of a rule (see <see cref="Rule.Compile"/>): one instruction of a small fixed set that the evaluator of
/// a compiled framework runs for the leaf without calling the rule, or <see cref="General"/>, which calls
/// <see cref="Rule.Evaluate"/>. Every instruction gives exactly what the rule's <see cref="Rule.Evaluate"/> gives for
/// the same cell (the equivalence tests compare the two for every built-in kind); a kind that cannot promise that
/// keeps the general form.
/// </summary>
/// <remarks>
/// The set: <see cref="MetOrNot"/> (all or nothing), <see cref="StepTable"/> (steps on a measure, optionally with a
/// minimum denominator), <see cref="OptionTable"/> (a label picks its points), <see cref="CountTable"/> (the result
/// for each small whole count worked out in advance, the rule called for the others), <see cref="General"/>.
/// Statuses (full, partial, zero) are derived from the points and the leaf's max when the framework is compiled.
/// </remarks>
public sealed class CompiledRule
{
    private CompiledRule(CompiledForm form) => Form = form;

    internal CompiledForm Form { get; }

    internal Measure Measure { get; private init; }

    internal bool AtLeast { get; private init; }

    internal decimal[] Thresholds { get; private init; } = [];

    internal decimal[] Points { get; private init; } = [];

    internal decimal Otherwise { get; private init; }

    /// <summary>Step table: below this denominator the leaf is not applicable; 0 for none.</summary>
    internal decimal MinDenominator { get; private init; }

    internal LeafResult[] Results { get; private init; } = [];

    /// <summary>Whether this is the general form: the evaluator calls <see cref="Rule.Evaluate"/>.</summary>
    public bool IsGeneral => Form == CompiledForm.General;

    /// <summary>No instruction: the evaluator calls the rule's <see cref="Rule.Evaluate"/> (slower, same results).</summary>
    public static CompiledRule General { get; } = new(CompiledForm.General);

    /// <summary>
    /// All or nothing: a cell whose first number is 1 gives the max (full, <see cref="ReasonCode.FullPoints"/>, measured
    /// 1), 0 gives 0 (<see cref="ReasonCode.NotMet"/>), anything else is an input error.
    /// </summary>
    public static CompiledRule MetOrNot { get; } = new(CompiledForm.MetOrNot);

    /// <summary>
    /// Steps on a measure: the first step whose threshold the measure reaches ("at least") or does not exceed ("at
    /// most") gives its points (<see cref="ReasonCode.StepMatched"/>, the step's index), else
    /// <paramref name="otherwise"/> (<see cref="ReasonCode.BelowAllSteps"/>); the measure read and compared exactly as
    /// <see cref="StepsRule"/> does. With a positive <paramref name="minDenominator"/> (ratios only), a valid ratio whose
    /// denominator is below it is not applicable (<see cref="ReasonCode.NotApplicableBelowMinimum"/>).
    /// </summary>
    public static CompiledRule StepTable(Measure measure, StepDirection direction, IReadOnlyList<Step> steps, decimal otherwise, decimal minDenominator = 0m)
    {
        ArgumentNullException.ThrowIfNull(steps);
        if (minDenominator != 0m && measure != Measure.Ratio)
            throw new ArgumentException("A minimum denominator applies to a ratio only.", nameof(minDenominator));
        return new(CompiledForm.StepTable)
        {
            Measure = measure,
            AtLeast = direction == StepDirection.AtLeast,
            Thresholds = [.. steps.Select(s => s.Threshold)],
            Points = [.. steps.Select(s => s.Points)],
            Otherwise = otherwise,
            MinDenominator = minDenominator,
        };
    }

    /// <summary>
    /// A label picks its points: the cell's choice index selects <paramref name="points"/> (<see cref="ReasonCode.ChoiceSelected"/>,
    /// the index); an index out of range is an input error.
    /// </summary>
    public static CompiledRule OptionTable(IEnumerable<decimal> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        return new(CompiledForm.OptionTable) { Points = [.. points] };
    }

    /// <summary>
    /// The result for each whole count 0, 1, 2 … (the cell's first number, of scale 0) given in advance by
    /// <paramref name="results"/>; other cells call <see cref="Rule.Evaluate"/>.
    /// </summary>
    public static CompiledRule CountTable(IEnumerable<LeafResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        return new(CompiledForm.CountTable) { Results = [.. results] };
    }

    /// <inheritdoc />
    public override string ToString() => Form switch
    {
        CompiledForm.StepTable => $"step table on {MeasureReader.Name(Measure)} ({Thresholds.Length} steps{(MinDenominator > 0m ? ", minimum denominator " + Text.Exact(MinDenominator) : string.Empty)})",
        CompiledForm.OptionTable => $"option table ({Points.Length} options)",
        CompiledForm.CountTable => $"count table (0 to {Results.Length - 1})",
        CompiledForm.MetOrNot => "met or not",
        _ => "general (Evaluate)",
    };
}
