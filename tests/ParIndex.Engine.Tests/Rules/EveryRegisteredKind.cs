using System.Text.Json;
using System.Text.RegularExpressions;
using FluentAssertions;
using ParIndex.Engine.Model;
using ParIndex.Engine.Serialization;
using ParIndex.Engine.Tests.Evaluation;
using ParIndex.Engine.Tests.Serialization;
using ParIndex.Engine.Tests.Support;
using System.Reflection;
using ParIndex.Engine.Rules;
using Xunit;

namespace ParIndex.Engine.Tests.Rules;

/// <summary>
/// Every registered built-in rule kind is one complete unit (issue 11, docs/architecture.md "Adding a rule kind"): its
/// rule type declares its compiled bulk form (or says explicitly it takes the general path), the shape of its input
/// and its scaling; its explanations come in both languages; its JSON round-trips and its fragment is in the shipped
/// schemas; and it is written down everywhere a kind has to be: the all-kinds sample and its inputs, both random
/// framework generators, the bulk-path equivalence framework, docs/rules.md. Adding a kind to the registry without
/// one of these makes a theory fail, named by the kind. The CLI's cell syntax is checked by the CLI tests
/// (EveryRuleKindCellSyntaxTests).
/// </summary>
public class EveryRegisteredKind
{
    public static TheoryData<string> Kinds => [.. RuleKindRegistry.BuiltInNames];

    private static readonly Lazy<Framework> AllKinds = new(() =>
        ParIndexJson.Default.LoadFramework(Path.Combine(TestFiles.Samples("frameworks"), "sample-all-kinds.json")).GetValueOrThrow());

    private static readonly Lazy<IReadOnlyList<UnitAssessment>> AllKindsUnits = new(() =>
        ParIndexJson.Default.LoadAssessment(Path.Combine(TestFiles.Samples("assessments"), "sample-all-kinds.json")).GetValueOrThrow().Units);

    private static IEnumerable<Node> LeavesOf(Framework framework, string kind) => framework.Leaves.Where(l => l.Rule?.Kind == kind);

    private static Type RuleTypeOf(string kind)
    {
        new RuleKindRegistry().TryGet(kind, out var registered).Should().BeTrue();
        return registered!.RuleType;
    }

    /// <summary>Whether the kind's rule type itself declares <paramref name="member"/> (an override), rather than inheriting Rule's default.</summary>
    private static bool Declares(Type ruleType, string member) =>
        ruleType.GetMember(member, BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Length > 0;

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Declares_its_compiled_bulk_form_even_when_it_is_the_general_path(string kind)
    {
        var type = RuleTypeOf(kind);
        Declares(type, nameof(Rule.Compile)).Should().BeTrue($"{type.Name} must override Compile: an instruction of CompiledRule, or CompiledRule.General with the reason (Kinds/<Kind>/<Kind>Rule.Compiled.cs)");
        foreach (var leaf in LeavesOf(AllKinds.Value, kind))
            leaf.Rule!.Compile(new RuleContext(leaf.MaxPoints, AllKinds.Value.Policy)).Should().NotBeNull();
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Declares_the_shape_of_its_input_and_its_template_words(string kind)
    {
        var type = RuleTypeOf(kind);
        Declares(type, nameof(Rule.DescribeInput)).Should().BeTrue($"{type.Name} must override DescribeInput (Kinds/<Kind>/<Kind>Rule.Input.cs)");
        foreach (var leaf in LeavesOf(AllKinds.Value, kind))
        {
            var input = leaf.Rule!.DescribeInput(new RuleContext(leaf.MaxPoints, AllKinds.Value.Policy));
            input.Shape.Should().NotBe(InputShape.Fields, $"a built-in kind gives a sheet cell of its own shape, not \"field=value\" (leaf {leaf.Code})");
            foreach (var words in new[] { input.Hint, input.HintEn, input.Title, input.TitleEn })
                words.Should().NotBeNullOrWhiteSpace($"the template's words of '{kind}' in both languages (leaf {leaf.Code})");
            input.Hint.Should().NotBe(input.HintEn, "the Vietnamese hint is Vietnamese");
        }
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Declares_how_its_points_scale_for_the_sensitivity_analysis(string kind)
    {
        var type = RuleTypeOf(kind);
        Declares(type, nameof(Rule.WithPointsScaled)).Should().BeTrue($"{type.Name} must override WithPointsScaled (Kinds/<Kind>/<Kind>Rule.Scaled.cs)");
        foreach (var leaf in LeavesOf(AllKinds.Value, kind))
            leaf.Rule!.WithPointsScaled(2m, new RuleContext(leaf.MaxPoints, AllKinds.Value.Policy)).Should().NotBeNull();
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Explains_its_points_in_Vietnamese_and_English_on_the_all_kinds_sample(string kind)
    {
        // Each sample input read and scored by the rule itself (evidence and not-applicable are decided before a rule
        // runs, and would hide its words), then explained as a card explains it.
        var explained = 0;
        foreach (var leaf in LeavesOf(AllKinds.Value, kind))
            foreach (var unit in AllKindsUnits.Value)
                foreach (var (stage, inputs) in unit.Stages)
                {
                    if (!inputs.Inputs.TryGetValue(leaf.Code, out var input) || input.NotApplicable) continue;
                    var context = new RuleContext(leaf.MaxPoints, AllKinds.Value.Policy) { CohortBest = leaf.MaxPoints };
                    leaf.Rule!.TryEncode(input, context, out var cell).Should().BeNull($"the sample input of {leaf.Code}, {unit.UnitId}, {stage}");
                    var result = leaf.Rule.Evaluate(cell, context);
                    var words = leaf.Rule.Explain(cell, result, context);
                    words.Vietnamese.Should().NotBeNullOrWhiteSpace();
                    words.English.Should().NotBeNullOrWhiteSpace();
                    words.Vietnamese.Should().NotBe(words.English, $"'{kind}' explains {leaf.Code} of {unit.UnitId} in Vietnamese and in English");
                    explained++;
                }
        explained.Should().BePositive($"the all-kinds sample must give some unit a '{kind}' leaf its rule explains");
    }

    [Fact]
    public void The_registry_lists_the_built_in_kinds_and_the_theories_see_them_all()
    {
        // Guards the theories below against an empty or partial list.
        new RuleKindRegistry().Names.Should().StartWith(RuleKindRegistry.BuiltInNames);
        RuleKindRegistry.BuiltInNames.Should().OnlyHaveUniqueItems().And.HaveCountGreaterThanOrEqualTo(9);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Is_in_the_all_kinds_sample_with_an_input_for_every_unit(string kind)
    {
        var leaves = LeavesOf(AllKinds.Value, kind).ToArray();
        leaves.Should().NotBeEmpty($"samples/frameworks/sample-all-kinds.json must use every rule kind, and has no '{kind}' leaf");
        foreach (var unit in AllKindsUnits.Value)
            foreach (var (stage, inputs) in unit.Stages)
                foreach (var leaf in leaves)
                    inputs.Inputs.Should().ContainKey(leaf.Code, $"unit {unit.UnitId}, stage {stage} of samples/assessments/sample-all-kinds.json needs an input for the '{kind}' leaf {leaf.Code}");
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Is_drawn_by_the_random_frameworks_of_the_property_tests(string kind)
    {
        // The seeds are fixed: which kinds 200 frameworks draw is deterministic, so this cannot flicker.
        var drawn = Enumerable.Range(0, 200)
            .SelectMany(seed => new RandomFrameworks(seed).Framework(withCohortKinds: true).Leaves)
            .Select(l => l.Rule!.Kind).ToHashSet(StringComparer.Ordinal);
        drawn.Should().Contain(kind, "Support/RandomFrameworks must be able to draw every built-in kind");
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Is_drawn_by_the_serialization_framework_generator(string kind)
    {
        var drawn = Enumerable.Range(0, 200)
            .SelectMany(seed => new FrameworkGenerator(seed).Next().Leaves)
            .Select(l => l.Rule!.Kind).ToHashSet(StringComparer.Ordinal);
        drawn.Should().Contain(kind, "Serialization/FrameworkGenerator must be able to draw every built-in kind");
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Is_in_the_bulk_path_equivalence_framework(string kind) =>
        LeavesOf(BulkPathEquivalenceTests.EveryKind(), kind).Should()
            .NotBeEmpty($"BulkPathEquivalenceTests.EveryKind() must compare the bulk path with the tree walk for '{kind}'");

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Has_its_own_section_in_docs_rules_md(string kind)
    {
        var rules = File.ReadAllLines(Path.Combine(TestFiles.Root, "docs", "rules.md"));
        // The kinds table names the kind as `kind` and links to its section on the same page.
        var row = rules.FirstOrDefault(l => l.StartsWith('|') && l.Contains($"| `{kind}` |", StringComparison.Ordinal));
        row.Should().NotBeNull($"docs/rules.md's kinds table must have a row for `{kind}`");
        var link = Regex.Match(row!, @"\]\(#([^)]+)\)");
        link.Success.Should().BeTrue($"the row of `{kind}` in docs/rules.md must link to its section on that page; found: {row}");
        var anchors = rules.Where(l => l.StartsWith("## ", StringComparison.Ordinal) || l.StartsWith("### ", StringComparison.Ordinal))
            .Select(l => Slug(l.TrimStart('#').Trim())).ToArray();
        anchors.Should().Contain(link.Groups[1].Value, $"the link of `{kind}` must point at a ## or ### heading of docs/rules.md");
    }

    /// <summary>GitHub's heading anchor: lower case, punctuation dropped, spaces to hyphens.</summary>
    private static string Slug(string heading) =>
        new string([.. heading.ToLowerInvariant().Where(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '_')]).Replace(' ', '-');

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Its_sample_rule_round_trips_through_JSON(string kind)
    {
        var leaves = LeavesOf(AllKinds.Value, kind).ToArray();
        leaves.Should().NotBeEmpty($"the all-kinds sample gives the sample rule of '{kind}'");
        var json = ParIndexJson.Default.WriteFramework(AllKinds.Value);
        var read = ParIndexJson.Default.ParseFramework(json, "all-kinds.json");
        read.Problems.Should().BeEmpty();
        foreach (var leaf in leaves)
        {
            var back = read.Value!.Leaves.Single(l => l.Code == leaf.Code).Rule;
            back.Should().Be(leaf.Rule, $"the '{kind}' rule of {leaf.Code} must read back as written");
        }
        ParIndexJson.Default.WriteFramework(read.Value!).Should().Be(json);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Has_its_schema_fragment_in_the_shipped_framework_schema(string kind)
    {
        foreach (var (name, text) in new[] { ("the embedded schema", JsonSchemas.Framework), ("docs/schema", File.ReadAllText(TestFiles.DocsSchema("framework.schema.json"))) })
        {
            using var schema = JsonDocument.Parse(text);
            schema.RootElement.GetProperty("definitions").TryGetProperty("rule_" + kind, out var fragment)
                .Should().BeTrue($"{name} framework.schema.json must define rule_{kind}");
            fragment.GetProperty("properties").GetProperty("kind").GetProperty("enum").EnumerateArray().Select(e => e.GetString())
                .Should().Equal([kind], $"rule_{kind} in {name} must accept exactly its kind name");
        }
    }
}
