using System.Globalization;
using ParIndex.Engine.Messages;
using ParIndex.Engine.Rules;

namespace ParIndex.Engine.Tests.Support;

/// <summary>
/// The custom rule kind of docs/rules.md, as a province writes it: 2 points when the quota is met, 1 when half met,
/// else 0 (input: count). Shared by the scoring and the JSON tests of custom kinds.
/// </summary>
public sealed record QuotaRule : Rule
{
    public required int Quota { get; init; }
    public override string Kind => "quota";

    public override IEnumerable<RuleProblem> Validate(RuleContext context)
    {
        if (Quota <= 0) yield return new("quota", $"quota must be positive; got {Quota}");
    }

    public override ErrorMessage? TryEncode(LeafInput input, RuleContext context, out InputCell cell)
    {
        cell = default;
        if (input.Count is not { } count || count < 0) return ErrorCodes.InputText.With("expected 'count', a whole number of 0 or more");
        cell = InputCell.Count(count);
        return null;
    }

    public override LeafResult Evaluate(in InputCell cell, in RuleContext context)
    {
        var points = cell.First >= Quota ? context.MaxPoints : cell.First * 2 >= Quota ? context.MaxPoints / 2 : 0m;
        return LeafResult.Of(points, context.MaxPoints, new ReasonCode("quota"), cell.First);
    }

    public override RuleExplanation Explain(in InputCell cell, in LeafResult result, in RuleContext context) =>
        new(cell.First.ToString(CultureInfo.InvariantCulture), $"quota {Quota}",
            $"{cell.First}/{Quota} tin bài: {result.Points} điểm.", $"{cell.First} of a quota of {Quota}: {result.Points} points.");

    public override string Describe() => $"quota of {Quota}";
}
