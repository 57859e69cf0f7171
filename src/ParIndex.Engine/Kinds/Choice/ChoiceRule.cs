namespace ParIndex.Engine.Rules;

/// <summary>A label picks its points ("kịp thời" 1, "không kịp thời" 0.5, "không ban hành" 0). Input: <c>choice</c>.</summary>
public sealed partial record ChoiceRule : Rule
{
    private readonly IReadOnlyList<ChoiceOption> _options = [];

    /// <summary>The kind's name in framework files.</summary>
    public const string KindName = "choice";

    /// <inheritdoc />
    public override string Kind => KindName;

    /// <summary>The options, best first.</summary>
    public required IReadOnlyList<ChoiceOption> Options { get => _options; init => _options = value is null ? [] : [.. value]; }

    /// <inheritdoc />
    public override IEnumerable<RuleProblem> Validate(RuleContext context)
    {
        if (_options.Count == 0) yield return new("options", ErrorCodes.ChoiceWithoutOptions.With());
        var seen = new HashSet<string>(ChoiceLabelComparer.Instance);
        for (var i = 0; i < _options.Count; i++)
        {
            var o = _options[i];
            if (string.IsNullOrWhiteSpace(o.Label)) yield return new($"options[{i}].label", ErrorCodes.OptionLabelMissing.With());
            else if (!seen.Add(o.Label)) yield return new($"options[{i}].label", ErrorCodes.DuplicateOption.With(o.Label));
            if (o.Points < 0m || o.Points > context.MaxPoints)
                yield return new($"options[{i}].points", ErrorCodes.OptionPointsRange.With(o.Label, o.Points, context.MaxPoints));
        }
    }

    /// <inheritdoc />
    public override ErrorMessage? TryEncode(LeafInput input, RuleContext context, out InputCell cell)
    {
        cell = default;
        if (input.Choice is not { } label) return ErrorCodes.ExpectedChoice.With(List());
        for (var i = 0; i < _options.Count; i++)
        {
            if (ChoiceLabelComparer.Instance.Equals(_options[i].Label, label))
            {
                cell = InputCell.ChoiceOf(i);
                return null;
            }
        }
        return ErrorCodes.NotAnOption.With(label, List());
    }

    /// <inheritdoc />
    public override LeafResult Evaluate(in InputCell cell, in RuleContext context)
    {
        var i = cell.Choice;
        if ((uint)i >= (uint)_options.Count) return LeafResult.Error;
        return LeafResult.Of(_options[i].Points, context.MaxPoints, ReasonCode.ChoiceSelected, 0m, i);
    }

    /// <inheritdoc />
    public override RuleExplanation Explain(in InputCell cell, in LeafResult result, in RuleContext context)
    {
        var o = _options[cell.Choice];
        return new(o.Label, o.Label,
            $"Lựa chọn \"{o.Label}\": {Text.N(o.Points, true)}/{Text.N(context.MaxPoints, true)} điểm.",
            $"Option \"{o.LabelEn ?? o.Label}\": {Text.N(o.Points)} of {Text.N(context.MaxPoints)} points.");
    }

    /// <inheritdoc />
    public override string Describe() => "choice: " + string.Join("; ", _options.Select(o => $"\"{o.Label}\" → {Text.Exact(o.Points)}"));

    /// <inheritdoc />
    public bool Equals(ChoiceRule? other) => other is not null && _options.SequenceEqual(other._options);

    /// <inheritdoc />
    public override int GetHashCode() => _options.Count;

    private string List() => string.Join(", ", _options.Select(o => $"'{o.Label}'"));
}
