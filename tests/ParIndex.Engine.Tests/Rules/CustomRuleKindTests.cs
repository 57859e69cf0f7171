using FluentAssertions;
using ParIndex.Engine.Evaluation;
using ParIndex.Engine.Serialization;
using ParIndex.Engine.Tests.Serialization;
using ParIndex.Engine.Tests.Support;
using Xunit;
using static ParIndex.Engine.Tests.Support.Build;

namespace ParIndex.Engine.Tests.Rules;

/// <summary>The custom rule kind of docs/rules.md, used as a province would: one class, scored like any other.</summary>
public class CustomRuleKindTests
{
    [Theory]
    [InlineData(12, "2")]
    [InlineData(6, "1")]
    [InlineData(5, "0")]
    public void A_custom_rule_scores_like_a_built_in_one(int items, string points)
    {
        var compiled = FrameworkCompiler.Compile(new ParIndex.Engine.Model.Framework(Info(), [Leaf("7", 2, new QuotaRule { Quota = 12 }), Leaf("8", 98, Manual())], hasher: new RuleKindRegistry().Add(new QuotaKind())));
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
