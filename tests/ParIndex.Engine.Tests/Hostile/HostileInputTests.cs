using FluentAssertions;
using ParIndex.Engine.Evaluation;
using ParIndex.Engine.Serialization;
using Xunit;

namespace ParIndex.Engine.Tests.Hostile;

/// <summary>Every entry of the hostile catalogue gets exactly its expected outcome, and never an exception.</summary>
public class HostileInputTests
{
    public static TheoryData<string> Names() => [.. HostileCatalogue.All.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public void Each_hostile_input_gets_its_expected_outcome(string name)
    {
        var entry = HostileCatalogue.All.Single(c => c.Name == name);
        Outcome(entry).Should().Equal(entry.Expected);
    }

    [Fact]
    public void The_catalogue_has_at_least_40_entries_with_distinct_names()
    {
        HostileCatalogue.All.Should().HaveCountGreaterThanOrEqualTo(40);
        HostileCatalogue.All.Select(c => c.Name).Should().OnlyHaveUniqueItems();
    }

    internal static IReadOnlyList<string> Outcome(HostileCase entry)
    {
        var limits = JsonLimits.Default;
        if (entry.Limits is { } o)
            limits = limits with { MaxBytes = o.MaxBytes ?? limits.MaxBytes, MaxDepth = o.MaxDepth ?? limits.MaxDepth, MaxNodes = o.MaxNodes ?? limits.MaxNodes, MaxUnits = o.MaxUnits ?? limits.MaxUnits, MaxCells = o.MaxCells ?? limits.MaxCells };
        var json = new ParIndexJson(limits);
        var bytes = entry.Make();
        var file = entry.Name + ".json";
        switch (entry.Target)
        {
            case HostileTarget.Framework:
                return [.. json.ParseFramework(bytes, file).Problems.Select(p => p.ToString())];
            case HostileTarget.Assessment:
                return [.. json.ParseAssessment(bytes, file).Problems.Select(p => p.ToString())];
            default:
                var framework = json.ParseFramework(System.Text.Encoding.UTF8.GetBytes(HostileCatalogue.BaseFramework), "base.json").GetValueOrThrow();
                var assessment = json.ParseAssessment(bytes, file);
                assessment.Problems.Should().BeEmpty("a scoring case must load");
                var compiled = FrameworkCompiler.Compile(framework);
                var cards = assessment.Value!.Units.Select(u => compiled.Score(u)).ToList();
                cards.Single(c => c.UnitId == "b").IsScored.Should().BeTrue("one bad unit never stops the others");
                var bad = cards.Single(c => c.UnitId == "a");
                if (bad.IsScored) bad.Nodes.Should().NotBeEmpty();
                else bad.Nodes.Should().BeEmpty("bad input never becomes a score");
                return [.. bad.Errors.Select(e => e.ToString())];
        }
    }
}
