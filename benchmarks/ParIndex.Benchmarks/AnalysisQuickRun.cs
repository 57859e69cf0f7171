using System.Diagnostics;
using ParIndex.Benchmarks.Workload;
using ParIndex.Engine.Analysis;
using ParIndex.Engine.Evaluation;

namespace ParIndex.Benchmarks;

/// <summary>
/// "analysis [draws]": the whole analysis of issue 15 timed once with a Stopwatch on one thread: 10,000 units of the
/// 80-leaf framework, 1,000 draws of the 8 area maxima ±20 %, through <see cref="UncertaintyAnalysis.Run"/> (the
/// fast path, ranks, bands, percentiles); then a few draws of the naive re-score for the ratio. For development and
/// the figure in docs/performance.md; BenchmarkDotNet's per-draw figures come from <see cref="AnalysisBenchmarks"/>.
/// </summary>
internal static class AnalysisQuickRun
{
    public static void Run(int draws)
    {
        var compiled = FrameworkCompiler.Compile(BenchmarkFrameworks.BuildCommune80());
        var cohort = Cohort.Generate(compiled, BenchmarkFrameworks.LeavesOf(BenchmarkFrameworks.Commune80), AnalysisBenchmarks.Units, keepAssessments: true);
        var options = new UncertaintyOptions { Draws = draws, Seed = 2024, MaxDegreeOfParallelism = 1, Stage = Engine.Model.Stage.Appraisal1, Factors = new UncertaintyFactors { WeightNoise = 0.2m } };
        _ = UncertaintyAnalysis.Run(compiled, cohort.Units!, options with { Draws = 10 });  // warm-up
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var report = UncertaintyAnalysis.Run(compiled, cohort.Units!, options);
        var seconds = clock.Elapsed.TotalSeconds;
        allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        Console.WriteLine($"UncertaintyAnalysis.Run: {AnalysisBenchmarks.Units} units × {draws} draws on one thread ({report.Method}): {seconds:F2} s, "
            + $"{allocated / 1024.0 / 1024.0:F1} MB allocated in all (ranks kept: {AnalysisBenchmarks.Units * draws * 5L / 1024.0 / 1024.0:F1} MB)");

        var bench = new AnalysisBenchmarks();
        bench.Setup();
        for (var i = 0; i < 3; i++) bench.Reweighting();
        var before = GC.GetAllocatedBytesForCurrentThread();
        clock.Restart();
        const int rounds = 10;
        for (var i = 0; i < rounds; i++) bench.Reweighting();
        var fast = clock.Elapsed.TotalMilliseconds / (rounds * AnalysisBenchmarks.FastDraws);
        var perDraw = (GC.GetAllocatedBytesForCurrentThread() - before) / (double)(rounds * AnalysisBenchmarks.FastDraws);
        bench.NaiveRescore();
        clock.Restart();
        const int naiveDraws = 5;
        for (var i = 0; i < naiveDraws; i++) bench.NaiveRescore();
        var naive = clock.Elapsed.TotalMilliseconds / naiveDraws;
        Console.WriteLine($"per draw: reweighting {fast:F2} ms ({perDraw:F0} B allocated), naive re-score {naive:F2} ms; ratio {naive / fast:F1}×");
        var (a, b) = bench.Both(12345);
        Console.WriteLine($"draw 12345: the two paths differ on {a.Zip(b).Count(p => p.First != p.Second)} of {a.Length} units");
    }
}
