using System.Collections.Concurrent;
using FluentAssertions;
using FsCheck.Xunit;
using ParIndex.Engine.Evaluation;
using ParIndex.Engine.Model;
using ParIndex.Engine.Results;
using ParIndex.Engine.Tests.Support;

namespace ParIndex.Engine.Tests.Evaluation;

/// <summary>Invariants of scoring over generated frameworks and inputs (FsCheck supplies the seeds).</summary>
public class ScoringProperties
{
    private static (Framework Framework, CompiledFramework Compiled, ScoreCard Card) Scored(int seed, bool withAdjustments = true)
    {
        var random = new RandomFrameworks(seed);
        var framework = random.Framework(withAdjustments);
        var compiled = FrameworkCompiler.Compile(framework);
        var unit = new UnitAssessment { UnitId = "u", UnitName = "u", Stages = new Dictionary<Stage, StageInputs> { [Stage.Appraisal1] = random.Inputs(framework) } };
        return (framework, compiled, compiled.Score(unit));
    }

    [Property(MaxTest = 300, Arbitrary = [typeof(Seeds)])]
    public void Every_node_stays_within_0_and_its_applicable_max(int seed)
    {
        var (_, _, card) = Scored(seed);
        card.Errors.Should().BeEmpty();
        card.Nodes.Should().AllSatisfy(n =>
        {
            n.Awarded.Should().BeInRange(0m, n.ApplicableMaxPoints, "node {0}", n.Code);
            n.ApplicableMaxPoints.Should().BeInRange(0m, n.MaxPoints);
        });
    }

    [Property(MaxTest = 300, Arbitrary = [typeof(Seeds)])]
    public void A_parent_is_the_aggregate_of_its_children_plus_adjustments_within_caps(int seed)
    {
        var (framework, _, card) = Scored(seed);
        foreach (var node in framework.AllNodes.Where(n => !n.IsLeaf))
        {
            var score = card[node.Code];
            if (score.Status == ParIndex.Engine.Rules.NodeStatus.NotApplicable) continue;
            var live = node.Children.Select(c => card[c.Code]).Where(c => c.Status != ParIndex.Engine.Rules.NodeStatus.NotApplicable).ToList();
            var aggregate = node.Aggregation == Aggregation.BestOf ? live.Max(c => c.Awarded) : live.Sum(c => c.Awarded);
            var applicable = node.Aggregation == Aggregation.BestOf ? live.Max(c => c.ApplicableMaxPoints) : live.Sum(c => c.ApplicableMaxPoints);
            var adjustments = card.Adjustments.Where(a => a.NodeCode == node.Code)
                .Sum(a => a.Kind == AdjustmentKind.Bonus ? a.Points : -a.Points);
            foreach (var applied in card.Adjustments.Where(a => a.NodeCode == node.Code))
                applied.Points.Should().BeLessThanOrEqualTo(node.Adjustments.Single(x => x.Code == applied.Code).Cap);
            score.ApplicableMaxPoints.Should().Be(applicable);
            score.Awarded.Should().Be(Math.Clamp(aggregate + adjustments, 0m, applicable), "node {0}", node.Code);
        }
    }

    [Property(MaxTest = 300, Arbitrary = [typeof(Seeds)])]
    public void The_index_stays_within_0_and_the_scale(int seed)
    {
        var (framework, _, card) = Scored(seed);
        card.Index.Should().BeInRange(0m, framework.Policy.Scale);
    }

    [Property(MaxTest = 500, Arbitrary = [typeof(Seeds)])]
    public void Better_inputs_never_lower_any_node(int seed)
    {
        var random = new RandomFrameworks(seed);
        var framework = random.Framework(withAdjustments: false);
        var compiled = FrameworkCompiler.Compile(framework);
        var inputs = random.Inputs(framework);
        var better = random.Improve(framework, inputs, out var code);
        UnitAssessment U(StageInputs s) => new() { UnitId = "u", UnitName = "u", Stages = new Dictionary<Stage, StageInputs> { [Stage.Appraisal1] = s } };

        var before = compiled.Score(U(inputs));
        var after = compiled.Score(U(better));

        before.Errors.Should().BeEmpty();
        after.Errors.Should().BeEmpty();
        after.Index.Should().BeGreaterThanOrEqualTo(before.Index, "improving {0}", code);
        foreach (var node in before.Nodes)
            after[node.Code].Awarded.Should().BeGreaterThanOrEqualTo(node.Awarded, "improving {0} must not lower {1}", code, node.Code);
    }

    [Property(MaxTest = 50, Arbitrary = [typeof(Seeds)])]
    public void The_same_inputs_give_the_same_card_on_any_thread(int seed)
    {
        var random = new RandomFrameworks(seed);
        var framework = random.Framework();
        var compiled = FrameworkCompiler.Compile(framework);
        var units = Enumerable.Range(0, 40).Select(i => new UnitAssessment
        {
            UnitId = "u" + i, UnitName = "u" + i,
            Stages = new Dictionary<Stage, StageInputs> { [Stage.Appraisal1] = random.Inputs(framework) },
        }).ToList();
        var sequential = units.Select(u => compiled.Score(u)).ToList();
        var parallel = new ConcurrentDictionary<int, ScoreCard>();
        Parallel.For(0, units.Count * 4, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => parallel[i] = compiled.Score(units[i % units.Count]));
        for (var i = 0; i < units.Count * 4; i++) parallel[i].Should().Be(sequential[i % units.Count]);
    }
}
