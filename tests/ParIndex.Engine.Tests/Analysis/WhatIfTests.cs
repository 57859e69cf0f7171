using FluentAssertions;
using ParIndex.Engine.Analysis;
using ParIndex.Engine.Cohorts;
using ParIndex.Engine.Evaluation;
using ParIndex.Engine.Model;
using ParIndex.Engine.Serialization;
using ParIndex.Engine.Tests.Serialization;
using Xunit;

namespace ParIndex.Engine.Tests.Analysis;

/// <summary>The bundled sample cohort re-scored under the bundled district framework, where criterion 2.3 is split in two.</summary>
public class WhatIfTests
{
    private static readonly Framework Old = ParIndexJson.Default.LoadFramework(Path.Combine(TestFiles.Samples("frameworks"), "sample-all-kinds.json")).GetValueOrThrow();
    private static readonly Framework New = ParIndexJson.Default.LoadFramework(Path.Combine(TestFiles.Samples("districts"), "sample-district-2024.json")).GetValueOrThrow();
    private static readonly IReadOnlyList<UnitAssessment> Units = ParIndexJson.Default.LoadAssessment(Path.Combine(TestFiles.Samples("assessments"), "sample-all-kinds.json")).GetValueOrThrow().Units;
    private static readonly CodeMapping Split = new() { Codes = new Dictionary<string, IReadOnlyList<string>> { ["2.3"] = ["2.3.1", "2.3.2"] } };

    [Fact]
    public void With_the_split_mapped_every_input_arrives_and_the_shifts_explain_every_point_moved()
    {
        var report = WhatIfAnalysis.Run(Old, New, Units, Split);

        report.UnmappedInputs.Should().BeEmpty();
        report.CriteriaWithoutInputs.Should().BeEmpty();
        report.NewFramework.Id.Should().Be("sample-district-2024");
        var oldCohort = CohortScorer.Score(FrameworkCompiler.Compile(Old), Units);
        report.Units.Should().HaveCount(Units.Count);
        foreach (var unit in report.Units)
        {
            unit.Errors.Should().BeEmpty();
            var before = oldCohort.Find(unit.UnitId)!;
            unit.OldIndex.Should().Be(before.Index);
            unit.OldRank.Should().Be(before.Rank);
            unit.NewRank.Should().NotBeNull();
            var oldLeaves = Old.Leaves.Sum(l => before.Card[l.Code].Awarded);
            var split = unit.Shifts.SingleOrDefault(s => s.OldCodes.SequenceEqual(["2.3"]));
            if (split is not null)
            {
                split.NewCodes.Should().Equal("2.3.1", "2.3.2");
                Math.Abs(split.Change).Should().BeLessThanOrEqualTo(0.25m, "halving manual points rounds each half to the 0.25 step at most once");
            }
            unit.Shifts.Where(s => s.Change == 0m).Should().BeEmpty("only groups whose points moved are listed");
            unit.Shifts.Select(s => s.OldCodes.Count == 1 ? s.OldCodes[0] : "?").Should().BeSubsetOf(["1.1", "1.2", "2.2", "2.3"], "only changed criteria move points");
            (oldLeaves + unit.Shifts.Sum(s => s.Change)).Should().Be(NewLeafPoints(unit.UnitId));
        }
    }

    private static decimal NewLeafPoints(string unitId)
    {
        var translated = Units.Select(u => u with
        {
            Stages = u.Stages.ToDictionary(kv => kv.Key, kv => kv.Value with
            {
                Inputs = kv.Value.Inputs.Where(i => i.Key != "2.3").Concat(Halves(kv.Value.Inputs.GetValueOrDefault("2.3"))).ToDictionary(i => i.Key, i => i.Value),
            }),
        }).ToList();
        var card = CohortScorer.Score(FrameworkCompiler.Compile(New), translated).Find(unitId)!.Card;
        return New.Leaves.Sum(l => card[l.Code].Awarded);

        static IEnumerable<KeyValuePair<string, ParIndex.Engine.Rules.LeafInput>> Halves(ParIndex.Engine.Rules.LeafInput? input)
        {
            if (input is null) yield break;
            var half = input.Points is { } p ? input with { Points = Math.Round(p / 2 / 0.25m, MidpointRounding.AwayFromZero) * 0.25m } : input;
            yield return new("2.3.1", half);
            yield return new("2.3.2", half);
        }
    }

    [Fact]
    public void Without_a_mapping_the_split_criterion_is_listed_as_unmapped_and_its_halves_as_without_inputs_never_silently_zero()
    {
        var report = WhatIfAnalysis.Run(Old, New, Units);

        var given = Units.Count(u => u.Stages.Values.Any(s => s.Inputs.ContainsKey("2.3")));
        given.Should().BeGreaterThan(0);
        report.UnmappedInputs.Should().Equal(("2.3", given));
        report.CriteriaWithoutInputs.Should().Equal(("2.3.1", Units.Count), ("2.3.2", Units.Count));
        foreach (var unit in report.Units)
        {
            var lost = unit.Shifts.Single(s => s.OldCodes.SequenceEqual(["2.3"]));
            lost.NewCodes.Should().BeEmpty();
            lost.Change.Should().Be(-lost.OldPoints);
        }
    }

    [Fact]
    public void A_mapping_to_a_code_the_new_framework_lacks_is_refused_with_the_code()
    {
        var bad = new CodeMapping { Codes = new Dictionary<string, IReadOnlyList<string>> { ["2.3"] = ["2.3.9"] } };

        FluentActions.Invoking(() => WhatIfAnalysis.Run(Old, New, Units, bad)).Should().Throw<ArgumentException>()
            .WithMessage("*'2.3' → '2.3.9', which is not a leaf, adjustment or disqualifier of 'sample-district-2024'*");
    }
}
