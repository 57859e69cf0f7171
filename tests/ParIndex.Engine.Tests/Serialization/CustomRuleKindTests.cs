using FluentAssertions;
using Microsoft.Extensions.DependencyInjection;
using ParIndex.Engine.DependencyInjection;
using ParIndex.Engine.Evaluation;
using ParIndex.Engine.Model;
using ParIndex.Engine.Rules;
using ParIndex.Engine.Serialization;
using ParIndex.Engine.Tests.Support;
using Xunit;

namespace ParIndex.Engine.Tests.Serialization;

/// <summary>The one class a province writes to make "quota" readable and writable.</summary>
public sealed class QuotaKind : RuleKind<QuotaRule>
{
    public override string Name => "quota";

    public override IReadOnlyList<string> Properties => ["quota"];

    protected override QuotaRule? ReadRule(RuleReader reader) =>
        reader.ReadInt32("quota", required: true, min: 1) is { } quota ? new QuotaRule { Quota = quota } : null;

    protected override void WriteRule(QuotaRule rule, RuleWriter writer) => writer.WriteInt32("quota", rule.Quota);
}

/// <summary>A kind that tries to take a built-in's name.</summary>
public sealed class FakeStepsKind : RuleKind<QuotaRule>
{
    public override string Name => "steps";

    public override IReadOnlyList<string> Properties => [];

    protected override QuotaRule? ReadRule(RuleReader reader) => null;

    protected override void WriteRule(QuotaRule rule, RuleWriter writer)
    {
    }
}

public class CustomRuleKindTests
{
    private const string Framework = """
        {
          "$schema": "https://parindex.dev/schema/framework.schema.json",
          "id": "custom-2024",
          "name": "Bộ chỉ số có quy tắc riêng của tỉnh",
          "issuer": "UBND tỉnh",
          "unitLevel": "commune",
          "year": 2024,
          "version": "1",
          "areas": [
            { "code": "7", "name": "Chính quyền số", "maxPoints": 2, "children": [
              { "code": "7.4", "name": "Số lượng tin bài đăng tải hàng tháng", "maxPoints": 2, "rule": { "kind": "quota", "quota": 12 } }
            ] }
          ]
        }
        """;

    private static UnitAssessment Unit(int count) => new()
    {
        UnitId = "y-tich",
        UnitName = "Xã Y Tịch",
        Stages = new Dictionary<Stage, StageInputs> { [Stage.Appraisal1] = new() { Inputs = new Dictionary<string, LeafInput> { ["7.4"] = new() { Count = count } } } },
    };

    [Fact]
    public void A_custom_kind_goes_from_JSON_to_a_score()
    {
        var json = new ParIndexJson(new RuleKindRegistry().Add(new QuotaKind()));
        var framework = json.ParseFramework(Framework, "custom.json").GetValueOrThrow();
        framework.FindNode("7.4")!.Rule.Should().Be(new QuotaRule { Quota = 12 });
        var compiled = FrameworkCompiler.Compile(framework);
        compiled.Score(Unit(12), Stage.Appraisal1).Total.Should().Be(2m);
        compiled.Score(Unit(7), Stage.Appraisal1).Total.Should().Be(1m);
        compiled.Score(Unit(5), Stage.Appraisal1).Total.Should().Be(0m);
        var written = json.WriteFramework(framework);
        written.Should().Contain("\"rule\": {\n            \"kind\": \"quota\",\n            \"quota\": 12\n          }");
        RoundTripAndHashTests.ShouldEqual(json.ParseFramework(written).GetValueOrThrow(), framework);
    }

    [Fact]
    public void Custom_kind_problems_have_paths_and_unregistered_kinds_are_refused()
    {
        var json = new ParIndexJson(new RuleKindRegistry().Add(new QuotaKind()));
        var bad = Framework.Replace("\"quota\": 12", "\"quota\": 0, \"quotum\": 1", StringComparison.Ordinal);
        json.ParseFramework(bad, "custom.json").Problems.Select(p => p.ToString()).Should().Equal(
            $"custom.json(11,{Column(bad, 11, "0,")}): $.areas[0].children[0].rule.quota: expected a whole number of at least 1, got 0",
            $"custom.json(11,{Column(bad, 11, "\"quotum\"")}): $.areas[0].children[0].rule.quotum: unknown property 'quotum' (did you mean 'quota'?); expected one of kind, quota");
        ParIndexJson.Default.ParseFramework(Framework, "custom.json").Problems.Select(p => p.ToString()).Should().Equal(
            $"custom.json(11,{Column(Framework, 11, "\"quota\",")}): $.areas[0].children[0].rule.kind: 'quota' is not a rule kind; expected one of allOrNothing, choice, steps, proportional, perItem, deduction, manual, survey, relativeToBest, ratioSteps");
    }

    private static int Column(string text, int line, string needle) => text.Split('\n')[line - 1].IndexOf(needle, StringComparison.Ordinal) + 1;

    [Fact]
    public void A_kind_name_cannot_be_taken_twice()
    {
        FluentActions.Invoking(() => new RuleKindRegistry().Add(new FakeStepsKind())).Should().Throw<ArgumentException>()
            .WithMessage("Rule kind 'steps' is already registered by StepsKind; FakeStepsKind needs another name*");
        new RuleKindRegistry().Add(new QuotaKind()).Add(new QuotaKind()).Names.Should().ContainSingle(n => n == "quota");
    }

    [Fact]
    public void AddParIndexEngine_registers_singletons_once_and_validates_options()
    {
        var services = new ServiceCollection();
        services.AddParIndexEngine(o => o.AddRuleKind(new QuotaKind()));
        services.AddParIndexEngine(o => o.Limits = new JsonLimits { MaxUnits = 10 });
        services.Count(d => d.ServiceType == typeof(ParIndexJson)).Should().Be(1);
        services.Count(d => d.ServiceType == typeof(RuleKindRegistry)).Should().Be(1);
        using var provider = services.BuildServiceProvider();
        var json = provider.GetRequiredService<ParIndexJson>();
        json.Should().BeSameAs(provider.GetRequiredService<ParIndexJson>());
        json.Limits.MaxUnits.Should().Be(10);
        json.ParseFramework(Framework).Problems.Should().BeEmpty();

        FluentActions.Invoking(() => new ServiceCollection().AddParIndexEngine(o => o.Limits = new JsonLimits { MaxDepth = 0 }))
            .Should().Throw<InvalidOperationException>().WithMessage("*Limits.MaxDepth must be 1 to 1000; got 0.*");
        FluentActions.Invoking(() => new ServiceCollection().AddParIndexEngine(o => o.AddRuleKind(new FakeStepsKind())))
            .Should().Throw<InvalidOperationException>().WithMessage("*Rule kind 'steps' is already registered*");
    }
}
