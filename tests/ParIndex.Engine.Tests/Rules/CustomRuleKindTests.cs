using System.Globalization;
using FluentAssertions;
using ParIndex.Engine.Evaluation;
using ParIndex.Engine.Rules;
using Xunit;
using static ParIndex.Engine.Tests.Support.Build;

namespace ParIndex.Engine.Tests.Rules;

/// <summary>The custom rule kind of docs/rules.md, used as a province would: one class, scored like any other.</summary>
public class CustomRuleKindTests
{
    /// <summary>2 points when the quota is met, 1 when half met, else 0 — a quota on a count.</summary>
    public sealed record QuotaRule : Rule
    {
        public required int Quota { get; init; }
        public override string Kind => "quota";

        public override IEnumerable<RuleProblem> Validate(RuleContext context)
        {
            if (Quota <= 0) yield return new("quota", $"quota must be positive; got {Quota}");
        }

        public override string? TryEncode(LeafInput input, RuleContext context, out InputCell cell)
        {
            cell = default;
            if (input.Count is not { } count || count < 0) return "expected 'count', a whole number of 0 or more";
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

    [Theory]
    [InlineData(12, "2")]
    [InlineData(6, "1")]
    [InlineData(5, "0")]
    public void A_custom_rule_scores_like_a_built_in_one(int items, string points)
    {
        var compiled = FrameworkCompiler.Compile(new ParIndex.Engine.Model.Framework(Info(), [Leaf("7", 2, new QuotaRule { Quota = 12 }), Leaf("8", 98, Manual())]));
        var card = compiled.Score(Unit("u", ("7", Count(items)), ("8", Points(98))));
        card["7"].Awarded.Should().Be(Dec(points));
        card["7"].Reasons.Single().Code.Value.Should().Be("quota");
        card["7"].Reasons.Single().RuleKind.Should().Be("quota");
    }

    [Fact]
    public void A_custom_rule_validates_its_parameters_with_the_framework()
    {
        var problems = ParIndex.Engine.Model.Framework.Validate(Info(), [Leaf("7", 2, new QuotaRule { Quota = 0 })]);
        problems.Single().ToString().Should().Be("areas[0].rule.quota (7): quota must be positive; got 0");
    }
}
