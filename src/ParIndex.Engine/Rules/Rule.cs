namespace ParIndex.Engine.Rules;

/// <summary>
/// How a leaf turns its input into points. One sealed class per rule kind; a province adds its own kind by
/// deriving from this class and registering it (see docs/rules.md, "Your own rule kind").
/// </summary>
/// <remarks>
/// Rules are immutable and must be thread-safe: one instance scores every unit of a cohort, on any thread.
/// <see cref="Evaluate"/> is on the bulk path and must not allocate.
/// </remarks>
public abstract record Rule
{
    /// <summary>The kind's name in framework files ("steps"); unique among registered kinds.</summary>
    public abstract string Kind { get; }

    /// <summary>Checks the rule's parameters against its leaf (no step worth more than the max, ordered thresholds, ...).</summary>
    public abstract IEnumerable<RuleProblem> Validate(RuleContext context);

    /// <summary>
    /// Turns an input as written in an assessment into a cell, or says why it cannot. The not-applicable flag and
    /// evidence are handled by the caller; this reads the fields of the kind only.
    /// </summary>
    /// <returns>
    /// <see langword="null"/> on success; otherwise what is wrong and what was expected: a code of
    /// <see cref="ErrorCodes"/>, or your own words as <c>ErrorCodes.InputText.With("...")</c>.
    /// </returns>
    public abstract ErrorMessage? TryEncode(LeafInput input, RuleContext context, out InputCell cell);

    /// <summary>Scores a present, applicable cell whose evidence is adequate. Must not allocate.</summary>
    public abstract LeafResult Evaluate(in InputCell cell, in RuleContext context);

    /// <summary>Explains a result in Vietnamese and English, for score cards.</summary>
    public abstract RuleExplanation Explain(in InputCell cell, in LeafResult result, in RuleContext context);

    /// <summary>
    /// Whether the rule's explanation needs the input as written, not only the compact cell (a survey shows the
    /// answers as counted); the card then calls <see cref="ExplainFromInput"/>.
    /// </summary>
    internal virtual bool ExplainsFromInput => false;

    /// <summary>Explains a result from the input as written; see <see cref="ExplainsFromInput"/>.</summary>
    internal virtual RuleExplanation ExplainFromInput(in InputCell cell, in LeafResult result, in RuleContext context, LeafInput input) =>
        Explain(cell, result, context);

    /// <summary>Says why <see cref="Evaluate"/> answered <see cref="LeafResult.Error"/> for a cell, in words a clerk understands.</summary>
    public virtual ErrorMessage DescribeError(in InputCell cell, in RuleContext context) => ErrorCodes.InputNotScorable.With();

    /// <summary>
    /// The rule's bulk form: an instruction the compiled framework's evaluator runs without calling the rule (a step
    /// table, an option table, ...), or <see cref="CompiledRule.General"/> (the default), which calls
    /// <see cref="Evaluate"/>. Called once per leaf when a framework is compiled.
    /// </summary>
    public virtual CompiledRule Compile(in RuleContext context) => CompiledRule.General;

    /// <summary>
    /// What a clerk enters for the leaf: the input's shape, whether it is a percentage, the labels to choose from and
    /// the template's words. The default asks for the assessment's fields ("count=3").
    /// </summary>
    public virtual RuleInput DescribeInput(in RuleContext context) => RuleInput.Fields(Kind);

    /// <summary>
    /// What the rule measures (a value, a count or a ratio in %), read from its cell as <see cref="MeasureReader"/>
    /// reads it: a relative-to-best leaf may take such a leaf as its leader indicator. <see langword="null"/> (the
    /// default) for a rule that measures nothing a leader can be ranked on.
    /// </summary>
    public virtual Measure? MeasuredBy => null;

    /// <summary>
    /// The step a clerk would expect to give <paramref name="points"/> ("≥ 90 %", "otherwise"), for a rule with
    /// steps; <see langword="null"/> (the default) when the rule has no steps or none gives these points.
    /// </summary>
    public virtual string? StepGiving(decimal points) => null;

    /// <summary>
    /// This rule with every point figure multiplied by <paramref name="factor"/> (steps, options, per-occurrence
    /// amounts, caps, a manual step), thresholds and targets unchanged: what the sensitivity analysis gives a leaf whose
    /// max it scales. <see langword="null"/> (the default) when the kind cannot say, which the analysis refuses.
    /// </summary>
    public virtual Rule? WithPointsScaled(decimal factor, in RuleContext context) => null;

    /// <summary>
    /// The point figures the rule gives as written (steps, options, otherwise, a manual step), for the framework's
    /// rounding warnings; none by default.
    /// </summary>
    internal virtual IEnumerable<PointFigure> PointFigures() => [];

    /// <summary>A short description of the rule for tables and diffs ("steps on ratio: ≥ 100 % → 2.5; ≥ 90 % → 1.5; otherwise 0.5").</summary>
    public abstract string Describe();
}
