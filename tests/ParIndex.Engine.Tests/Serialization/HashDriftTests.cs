using FluentAssertions;
using ParIndex.Engine.Evaluation;
using ParIndex.Engine.Model;
using ParIndex.Engine.Serialization;
using ParIndex.Engine.Tests.Support;
using Xunit;
using static ParIndex.Engine.Tests.Support.Build;

namespace ParIndex.Engine.Tests.Serialization;

/// <summary>
/// The content hash is written by the rule kinds of an explicit registry: it cannot depend on which registries the
/// process happened to create before (issue 11: the old hasher read a process-wide cache of kinds by rule type).
/// </summary>
public class HashDriftTests
{
    private static Framework WithQuota(int quota, IFrameworkHasher hasher) =>
        new(Info(), [Leaf("1", 2, new QuotaRule { Quota = quota }), Leaf("2", 98, Manual())], hasher: hasher);

    [Fact]
    public void Two_frameworks_that_differ_only_in_a_custom_rules_parameters_never_hash_alike()
    {
        // Drift case 1: before any registry had seen "quota", both were written without their parameters and hashed alike.
        var builtIns = RuleKindRegistry.BuiltInHasher;
        var twelve = () => WithQuota(12, builtIns).ContentHash;
        twelve.Should().Throw<UnknownRuleKindException>().Which.Should().Match<UnknownRuleKindException>(e =>
            e.Kind == "quota" && e.NodeCode == "1" && e.RuleType == typeof(QuotaRule));

        var registry = new RuleKindRegistry().Add(new QuotaKind());
        WithQuota(12, registry).ContentHash.Should().NotBe(WithQuota(13, registry).ContentHash);
    }

    [Fact]
    public void An_unknown_kind_is_still_an_error_after_another_registry_has_learnt_it()
    {
        _ = new RuleKindRegistry().Add(new QuotaKind());
        var withoutQuota = new RuleKindRegistry();

        var act = () => withoutQuota.Hash(WithQuota(12, withoutQuota));
        act.Should().Throw<UnknownRuleKindException>();
        var compile = () => FrameworkCompiler.Compile(WithQuota(12, RuleKindRegistry.BuiltInHasher));
        compile.Should().Throw<UnknownRuleKindException>("a framework whose rule no kind writes has no identity to put on a card");
    }

    [Fact]
    public void The_same_framework_hashes_the_same_before_and_after_other_registries_are_created()
    {
        // Drift case 2: the same framework hashed differently before and after a registry was constructed.
        var registry = new RuleKindRegistry().Add(new QuotaKind());
        var before = registry.Hash(WithQuota(12, registry));

        for (var i = 0; i < 3; i++) _ = new RuleKindRegistry().Add(new QuotaKind());
        _ = new ParIndexJson(new RuleKindRegistry().Add(new QuotaKind()));

        registry.Hash(WithQuota(12, registry)).Should().Be(before);
        new RuleKindRegistry().Add(new QuotaKind()).Hash(WithQuota(12, RuleKindRegistry.BuiltInHasher)).Should().Be(before);
    }

    [Fact]
    public void A_framework_read_by_ParIndexJson_carries_the_hash_of_its_registry()
    {
        var registry = new RuleKindRegistry().Add(new QuotaKind());
        var json = new ParIndexJson(registry);
        var written = json.WriteFramework(WithQuota(12, registry));

        var read = json.ParseFramework(written).GetValueOrThrow();

        read.Hasher.Should().NotBeNull();
        read.ContentHash.Should().Be(registry.Hash(read)).And.Be(WithQuota(12, registry).ContentHash);
        FrameworkCompiler.Compile(read).Identity.ContentHash.Should().Be(read.ContentHash);
    }

    [Fact]
    public void A_framework_built_without_a_hasher_says_how_to_give_it_one()
    {
        var framework = new Framework(Info(), [Leaf("1", 100, Manual())]);

        framework.Hasher.Should().BeNull();
        var act = () => FrameworkCompiler.Compile(framework);
        act.Should().Throw<InvalidOperationException>().WithMessage("*without a hasher*RuleKindRegistry.BuiltInHasher*");
    }

    [Fact]
    public void The_built_in_hasher_and_a_fresh_registry_agree_on_a_built_in_framework()
    {
        var framework = GoldenFrameworks.ThanhTri();

        framework.ContentHash.Should().Be(new RuleKindRegistry().Hash(framework)).And.MatchRegex("^[0-9a-f]{64}$");
        new RuleKindRegistry().CanonicalForm(framework).Should().NotContain("\n").And.NotContain("$schema");
    }
}
