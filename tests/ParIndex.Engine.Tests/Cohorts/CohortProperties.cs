using FluentAssertions;
using FsCheck.Xunit;
using ParIndex.Engine.Cohorts;
using ParIndex.Engine.Evaluation;
using ParIndex.Engine.Model;
using ParIndex.Engine.Rules;
using ParIndex.Engine.Tests.Support;

namespace ParIndex.Engine.Tests.Cohorts;

public class CohortProperties
{
    [Property(MaxTest = 60, Arbitrary = [typeof(Seeds)])]
    public void Parallel_and_sequential_bulk_scoring_give_identical_results_in_the_input_order(int seed)
    {
        var random = new RandomFrameworks(seed);
        // Cohort kinds included: relative-to-best references are found in a first pass over the whole cohort.
        var framework = random.Framework(withCohortKinds: true);
        var compiled = FrameworkCompiler.Compile(framework);
        var rng = new Random(seed);
        var units = Enumerable.Range(0, rng.Next(1, 60)).Select(i =>
        {
            var inputs = random.Inputs(framework);
            if (rng.Next(8) == 0) inputs = inputs with { Inputs = new Dictionary<string, LeafInput>(inputs.Inputs) { ["9.9.9"] = new LeafInput { Count = 1 } } };
            return new UnitAssessment
            {
                UnitId = "u" + i, UnitName = "Đơn vị " + i, Block = rng.Next(3) == 0 ? "thị trấn" : "xã", Ranked = rng.Next(10) > 0,
                Stages = new Dictionary<Stage, StageInputs> { [Stage.Appraisal1] = inputs },
            };
        }).ToList();

        var sequential = CohortScorer.Score(compiled, units, new CohortScoringOptions { Parallel = false });
        var parallel = CohortScorer.Score(compiled, units, new CohortScoringOptions { Parallel = true, MaxDegreeOfParallelism = 4 });

        parallel.Units.Should().HaveCount(units.Count);
        for (var i = 0; i < units.Count; i++)
        {
            parallel.Units[i].UnitId.Should().Be(units[i].UnitId);
            parallel.Units[i].Should().BeEquivalentTo(sequential.Units[i], o => o.ComparingByMembers<UnitStanding>().Excluding(s => s.Card));
            parallel.Units[i].Card.Should().Be(sequential.Units[i].Card);
        }
    }
}
