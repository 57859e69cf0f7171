using FluentAssertions;
using ParIndex.Benchmarks.Baseline;
using ParIndex.Benchmarks.Workload;
using ParIndex.Engine.Evaluation;
using ParIndex.Engine.Model;
using ParIndex.Engine.Rules;
using Xunit;

namespace ParIndex.Benchmarks.Tests;

/// <summary>
/// The comparison is honest: on the benchmark's own 1,000-unit cohort, (a) the engine's bulk path, (b) full score
/// cards, (c) the hand-written baseline and (d) RulesEngine give the same index and band for every unit, and (e)
/// the parallel bulk path gives what (a) gives. Each is run through the very benchmark method that is timed.
/// </summary>
public class SameTotalsTests
{
    private const int Units = 1_000;

    private static ScoringBenchmarks Bench(Action<ScoringBenchmarks> setup)
    {
        var bench = new ScoringBenchmarks { Units = Units };
        setup(bench);
        return bench;
    }

    private static (decimal[] Indexes, int[] Bands) EngineBulk(ScoringBenchmarks bench)
    {
        bench.EngineBulk();
        return ([.. bench.Indexes], [.. bench.Bands]);
    }

    [Fact]
    public void The_baseline_gives_the_engine_bulk_totals()
    {
        var bench = Bench(b => b.Setup());
        var (indexes, bands) = EngineBulk(bench);
        Array.Clear((decimal[])bench.Indexes);
        bench.HandWritten();
        bench.Indexes.Should().Equal(indexes);
        bench.Bands.Should().Equal(bands);
        indexes.Distinct().Count().Should().BeGreaterThan(200, "the cohort must spread the units over many scores");
        bands.Distinct().Count().Should().BeGreaterThan(2);
    }

    [Fact]
    public void RulesEngine_gives_the_engine_bulk_totals()
    {
        var bench = Bench(b => b.SetupPeer());
        var (indexes, bands) = EngineBulk(bench);
        Array.Clear((decimal[])bench.Indexes);
        bench.RulesEnginePeer();
        bench.Indexes.Should().Equal(indexes);
        bench.Bands.Should().Equal(bands);
    }

    [Fact]
    public void Score_cards_give_the_engine_bulk_totals()
    {
        var bench = Bench(b => b.SetupCards());
        var (indexes, bands) = EngineBulk(bench);
        bench.ScoreCards().Should().NotBeNull();
        var units = bench.Cohort.Units!;
        for (var u = 0; u < Units; u++)
        {
            var card = bench.Compiled.Score(units[u], Stage.Final);
            card.Errors.Should().BeEmpty();
            card.Index.Should().Be(indexes[u], $"unit {u}");
            card.Band.Should().Be(bench.Compiled.BandLabel(bands[u]), $"unit {u}");
        }
    }

    [Fact]
    public void Parallel_scoring_gives_the_engine_bulk_totals()
    {
        var bench = Bench(b => b.Setup());
        var (indexes, bands) = EngineBulk(bench);
        Array.Clear((decimal[])bench.Indexes);
        Array.Fill((int[])bench.Bands, -7);
        bench.EngineParallel();
        bench.Indexes.Should().Equal(indexes);
        bench.Bands.Should().Equal(bands);
    }

    [Fact]
    public void The_bulk_path_allocates_nothing_per_unit()
    {
        var bench = Bench(b => b.Setup());
        bench.EngineBulk();  // JIT and tiering allocate on first calls
        bench.EngineBulk();
        var before = GC.GetAllocatedBytesForCurrentThread();
        bench.EngineBulk();
        (GC.GetAllocatedBytesForCurrentThread() - before).Should().Be(0, $"{ScoringBenchmarks.Work} units were scored into reused buffers");
    }

    [Fact]
    public void The_framework_is_realistic_and_matches_what_the_baseline_hard_codes()
    {
        var framework = BenchmarkFrameworks.BuildCommune80();
        var compiled = FrameworkCompiler.Compile(framework);
        framework.Areas.Should().HaveCount(8);
        compiled.LeafCount.Should().Be(80);
        var kinds = framework.Leaves.GroupBy(l => l.Rule!.Kind).ToDictionary(g => g.Key, g => g.Count());
        kinds.Keys.Should().BeEquivalentTo(["steps", "allOrNothing", "deduction", "choice", "proportional", "perItem", "manual", "survey"]);
        kinds["steps"].Should().BeGreaterThan(kinds["allOrNothing"]);
        kinds["allOrNothing"].Should().BeGreaterThan(kinds["deduction"]);
        framework.Leaves.Count(l => l.Evidence is not null).Should().BeGreaterThan(10);
        framework.Leaves.Count(l => l.NotApplicable is not null).Should().BeGreaterThan(1);
        // The baseline's constants: parts of 62 and 38, the area penalty, the total adjustments and the disqualifier.
        compiled.Parts.Select(p => p.MaxPoints).Should().Equal(62m, 38m);
        compiled.SlotCount.Should().Be(84);
        new[] { "KL", "TH", "VP", "KLTT" }.Select(compiled.SlotOf).Should().Equal(80, 81, 82, 83);
        framework.Areas[4].Adjustments.Should().ContainSingle(a => a.Code == "KL");
    }

    [Fact]
    public void The_cohort_is_fixed_and_holds_every_case()
    {
        var compiled = FrameworkCompiler.Compile(BenchmarkFrameworks.BuildCommune80());
        var leaves = BenchmarkFrameworks.LeavesOf(BenchmarkFrameworks.Commune80);
        var cohort = Cohort.Generate(compiled, leaves, Units);
        Cohort.Generate(compiled, leaves, Units).Cells.Should().Equal(cohort.Cells, "the seed is fixed");
        Cohort.Generate(compiled, leaves, 100).Cells.Should().Equal(cohort.Cells.Take(100 * compiled.SlotCount), "a smaller cohort is a prefix");
        var cells = cohort.Cells.Where((_, i) => i % compiled.SlotCount < compiled.LeafCount).ToArray();
        cells.Count(c => c.IsNotApplicable).Should().BeGreaterThan(1_000);
        cells.Count(c => !c.IsPresent).Should().BeGreaterThan(300);
        cells.Count(c => c.IsPresent && (c.Flags & InputFlags.EvidenceInsufficient) != 0).Should().BeGreaterThan(100);
        var ws = compiled.CreateWorkspace();
        var statuses = new HashSet<NodeStatus>();
        for (var u = 0; u < Units; u++)
        {
            compiled.Score(cohort.Row(u), ws).IsScored.Should().BeTrue();
            foreach (var r in ws.LeafResults) statuses.Add(r.Status);
        }
        statuses.Should().BeEquivalentTo([NodeStatus.Full, NodeStatus.Partial, NodeStatus.Zero, NodeStatus.NotApplicable, NodeStatus.MissingInput, NodeStatus.EvidenceRejected]);
    }

    [Fact]
    public void The_300_leaf_framework_builds_compiles_and_scores()
    {
        var bench = Bench(b => b.Setup300());
        var compiled = bench.LoadAndCompile300();
        compiled.LeafCount.Should().Be(300);
        compiled.Framework.Areas.Should().HaveCount(8);
        bench.EngineBulk300();
        bench.Indexes.Should().OnlyContain(i => i > 0m && i <= 100m);
    }

    [Fact]
    public void The_baseline_is_one_method_per_area()
    {
        var areas = typeof(HandWrittenScorer).GetMethods(System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)
            .Where(m => m.Name.StartsWith("Area", StringComparison.Ordinal)).Select(m => m.Name);
        areas.Should().BeEquivalentTo(Enumerable.Range(1, 8).Select(i => $"Area{i}"));
    }
}
