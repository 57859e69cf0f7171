using ParIndex.Engine.Rules;

namespace ParIndex.Engine.Results;

/// <summary>
/// Why a node gave the points it gave: a stable code, the rule, the input and the threshold, in Vietnamese and English
/// words a clerk understands. Immutable; equal when all six parts are equal.
/// </summary>
/// <remarks>
/// The words of a rule's reason are composed on first read: a cohort's cards carry thousands of reasons, and turning
/// decimals into text is most of what building a card costs, so a card pays for it only when someone reads them.
/// </remarks>
public sealed class Reason : IEquatable<Reason>
{
    private readonly Rule? _rule;
    private readonly InputCell _cell;
    private readonly LeafResult _result;
    private readonly RuleContext _context;
    private readonly Func<RuleExplanation>? _explain;
    private RuleExplanation? _text;

    /// <summary>Creates a reason from its parts.</summary>
    public Reason(ReasonCode code, string? ruleKind, string? input, string? threshold, string vietnamese, string english)
    {
        ArgumentNullException.ThrowIfNull(vietnamese);
        ArgumentNullException.ThrowIfNull(english);
        Code = code;
        RuleKind = ruleKind;
        _text = new RuleExplanation(input!, threshold, vietnamese, english);
    }

    /// <summary>A rule's reason, explained by the rule when first read.</summary>
    internal Reason(Rule rule, in InputCell cell, in LeafResult result, in RuleContext context)
    {
        Code = result.Reason;
        RuleKind = rule.Kind;
        _rule = rule;
        _cell = cell;
        _result = result;
        _context = context;
    }

    /// <summary>A reason whose words are composed when first read.</summary>
    internal Reason(ReasonCode code, Func<RuleExplanation> explain, string? ruleKind = null)
    {
        Code = code;
        RuleKind = ruleKind;
        _explain = explain;
    }

    /// <summary>The stable reason code.</summary>
    public ReasonCode Code { get; }

    /// <summary>The rule kind that decided ("steps"); <see langword="null"/> for evidence, adjustments and parents.</summary>
    public string? RuleKind { get; }

    /// <summary>The input as read ("6/7 = 85.71 %"); <see langword="null"/> where none.</summary>
    public string? Input => Text.Input;

    /// <summary>The threshold or option matched ("≥ 80 %"); <see langword="null"/> where none.</summary>
    public string? Threshold => Text.Threshold;

    /// <summary>The explanation in Vietnamese.</summary>
    public string Vietnamese => Text.Vietnamese;

    /// <summary>The explanation in English.</summary>
    public string English => Text.English;

    // A benign race: two threads may both compose the words; the results are equal and either may stay.
    private RuleExplanation Text => _text ??= _rule is not null ? _rule.Explain(in _cell, in _result, in _context) : _explain!();

    /// <inheritdoc />
    public bool Equals(Reason? other) =>
        other is not null && (ReferenceEquals(this, other)
            || (Code == other.Code && RuleKind == other.RuleKind && Input == other.Input && Threshold == other.Threshold
                && Vietnamese == other.Vietnamese && English == other.English));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Reason);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Code, RuleKind);

    /// <inheritdoc />
    public override string ToString() => $"{Code}: {English}";
}
