namespace ParIndex.Engine.Rules;

/// <summary>
/// A stable, machine-readable code for why a node gave the points it gave. Built-in codes are listed as
/// static properties; a custom rule kind may define its own ("custom.quota-half").
/// </summary>
/// <param name="Value">The code, in lower-case kebab form.</param>
public readonly record struct ReasonCode(string Value)
{
    /// <summary>The full max was given.</summary>
    public static ReasonCode FullPoints { get; } = new("full-points");
    /// <summary>An all-or-nothing leaf was not met.</summary>
    public static ReasonCode NotMet { get; } = new("not-met");
    /// <summary>A choice label picked the points.</summary>
    public static ReasonCode ChoiceSelected { get; } = new("choice-selected");
    /// <summary>A step's threshold was matched.</summary>
    public static ReasonCode StepMatched { get; } = new("step-matched");
    /// <summary>No step matched; the "otherwise" points were given.</summary>
    public static ReasonCode BelowAllSteps { get; } = new("below-all-steps");
    /// <summary>Points proportional to a ratio or value below its target.</summary>
    public static ReasonCode Proportional { get; } = new("proportional");
    /// <summary>Points relative to the cohort's best or leader.</summary>
    public static ReasonCode RelativeToBest { get; } = new("relative-to-best");
    /// <summary>Points per item, below the cap.</summary>
    public static ReasonCode PerItem { get; } = new("per-item");
    /// <summary>Points deducted per occurrence.</summary>
    public static ReasonCode Deducted { get; } = new("deducted");
    /// <summary>Occurrences reached the wipe-out count: the floor was given.</summary>
    public static ReasonCode WipedOut { get; } = new("wiped-out");
    /// <summary>Points set by the appraiser.</summary>
    public static ReasonCode ManualPoints { get; } = new("manual-points");
    /// <summary>Points from a survey share.</summary>
    public static ReasonCode SurveyShare { get; } = new("survey-share");
    /// <summary>Evidence required and missing: 0 whatever was claimed.</summary>
    public static ReasonCode EvidenceMissing { get; } = new("evidence-missing");
    /// <summary>Evidence required and judged insufficient: 0 whatever was claimed.</summary>
    public static ReasonCode EvidenceInsufficient { get; } = new("evidence-insufficient");
    /// <summary>Not applicable, excluded from awarded and max.</summary>
    public static ReasonCode NotApplicableExcluded { get; } = new("not-applicable-excluded");
    /// <summary>Not applicable, given full points by the framework's policy.</summary>
    public static ReasonCode NotApplicableFullPoints { get; } = new("not-applicable-full-points");
    /// <summary>Not applicable, given 0 by the framework's policy.</summary>
    public static ReasonCode NotApplicableZero { get; } = new("not-applicable-zero");
    /// <summary>
    /// Not applicable because what was counted is below the rule's minimum (a ratio over fewer cases than its minimum
    /// denominator); the framework's not-applicable policy decides the points.
    /// </summary>
    public static ReasonCode NotApplicableBelowMinimum { get; } = new("not-applicable-below-minimum");
    /// <summary>No input for the leaf: 0.</summary>
    public static ReasonCode MissingInput { get; } = new("missing-input");
    /// <summary>The input could not be scored.</summary>
    public static ReasonCode InputError { get; } = new("input-error");
    /// <summary>Points lost inside children (on a parent).</summary>
    public static ReasonCode ChildrenBelowMax { get; } = new("children-below-max");
    /// <summary>A penalty was applied.</summary>
    public static ReasonCode Penalty { get; } = new("penalty");
    /// <summary>A bonus was applied.</summary>
    public static ReasonCode Bonus { get; } = new("bonus");
    /// <summary>A part's points re-based on its max because some of its leaves were excluded (awarded × max / applicable).</summary>
    public static ReasonCode PartRebased { get; } = new("part-rebased");
    /// <summary>How the index was computed from the total (total × scale / max of the live parts), rounded, then adjusted.</summary>
    public static ReasonCode IndexComputed { get; } = new("index-computed");

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
