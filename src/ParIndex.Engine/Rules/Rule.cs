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

    /// <summary>Says why <see cref="Evaluate"/> answered <see cref="LeafResult.Error"/> for a cell, in words a clerk understands.</summary>
    public virtual ErrorMessage DescribeError(in InputCell cell, in RuleContext context) => ErrorCodes.InputNotScorable.With();

    /// <summary>A short description of the rule for tables and diffs ("steps on ratio: ≥ 100 % → 2.5; ≥ 90 % → 1.5; otherwise 0.5").</summary>
    public abstract string Describe();
}
