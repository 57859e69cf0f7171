using System.Text.RegularExpressions;
using FluentAssertions;
using ParIndex.Cli.Inputs;
using ParIndex.Cli.Tests.Support;
using ParIndex.Engine.Model;
using ParIndex.Engine.Serialization;
using Xunit;

namespace ParIndex.Cli.Tests;

/// <summary>
/// Every built-in rule kind has its own cell syntax in a sheet (issue 11): the template describes the cell in the
/// kind's terms (not the generic "field=value" fallback for unknown kinds), and every input of the all-kinds sample
/// written as a cell reads back as the same input the JSON file gives.
/// </summary>
public class EveryRuleKindCellSyntaxTests
{
    public static TheoryData<string> Kinds => [.. RuleKindRegistry.BuiltInNames];

    private static readonly Lazy<Framework> AllKinds = new(() => ParIndexJson.Default.LoadFramework(Parindex.AllKindsFramework).GetValueOrThrow());

    private static readonly Lazy<IReadOnlyList<UnitAssessment>> Units = new(() => ParIndexJson.Default.LoadAssessment(Parindex.AllKindsInputs).GetValueOrThrow().Units);

    // The generic form CellSyntax uses for a kind it does not know: "count=3; value=2".
    private static readonly Regex GenericFields = new(@"^(met|value|count|numerator|denominator|choice|points)=", RegexOptions.CultureInvariant);

    private static Node[] LeavesOf(string kind)
    {
        var leaves = AllKinds.Value.Leaves.Where(l => l.Rule?.Kind == kind).ToArray();
        leaves.Should().NotBeEmpty($"the all-kinds sample must have a '{kind}' leaf to check its cell syntax");
        return leaves;
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void The_template_describes_the_cell_in_the_kinds_own_terms(string kind)
    {
        foreach (var leaf in LeavesOf(kind))
            CellSyntax.Describe(leaf, AllKinds.Value.Policy).Should().NotContain($"'{kind}'",
                $"CellSyntax must know '{kind}' (leaf {leaf.Code}) instead of asking the clerk for field=value");
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void A_cell_for_every_sample_input_reads_back_as_the_JSON_input(string kind)
    {
        var checkedInputs = 0;
        foreach (var leaf in LeavesOf(kind))
            foreach (var unit in Units.Value)
                foreach (var (stage, inputs) in unit.Stages)
                {
                    if (!inputs.Inputs.TryGetValue(leaf.Code, out var json)) continue;
                    // Evidence, references and note have their own columns.
                    var expected = json with { Evidence = null, References = [], Note = null };
                    var cell = CellSyntax.Format(leaf, expected);
                    GenericFields.IsMatch(cell).Should().BeFalse($"'{kind}' needs a cell syntax of its own; leaf {leaf.Code} was written as '{cell}'");
                    var parsed = CellSyntax.Parse(leaf, cell, out var error);
                    error.Should().BeNull($"unit {unit.UnitId}, {stage}, leaf {leaf.Code}: cell '{cell}'");
                    parsed.Should().BeEquivalentTo(expected, $"unit {unit.UnitId}, {stage}, leaf {leaf.Code}: cell '{cell}'");
                    checkedInputs++;
                }
        checkedInputs.Should().BePositive($"the all-kinds assessments must give inputs for the '{kind}' leaves");
    }
}
