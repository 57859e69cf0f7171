using System.Diagnostics;
using ParIndex.Benchmarks.Baseline;
using ParIndex.Benchmarks.Peer;
using ParIndex.Benchmarks.Workload;
using ParIndex.Engine.Evaluation;

namespace ParIndex.Benchmarks;

/// <summary>A rough timing of (a), (c) and (d) with a Stopwatch, for development only.</summary>
internal static class QuickCheck
{
    public static void Run(int units)
    {
        var sw = Stopwatch.StartNew();
        var compiled = FrameworkCompiler.Compile(BenchmarkFrameworks.BuildCommune80());
        var leaves = BenchmarkFrameworks.LeavesOf(BenchmarkFrameworks.Commune80);
        var cohort = Cohort.Generate(compiled, leaves, units);
        Console.WriteLine($"generated {units} units ({compiled.LeafCount} leaves, {compiled.SlotCount} slots) in {sw.ElapsedMilliseconds} ms");
        var ws = compiled.CreateWorkspace();
        var mismatches = 0;
        for (var u = 0; u < units; u++)
        {
            var a = compiled.Score(cohort.Row(u), ws);
            var c = HandWrittenScorer.Score(cohort.Row(u), out var band);
            if (a.Index != c || a.BandIndex != band) { if (mismatches++ < 5) Console.WriteLine($"unit {u}: engine {a.Index}/{a.BandIndex} baseline {c}/{band}"); }
        }
        Console.WriteLine($"mismatches (a) vs (c): {mismatches}");
        var all = Enumerable.Range(0, units).Select(u => compiled.Score(cohort.Row(u), ws)).ToArray();
        Console.WriteLine($"index min {all.Min(s => s.Index)} mean {all.Average(s => s.Index):F2} max {all.Max(s => s.Index)}; bands "
            + string.Join(", ", all.GroupBy(s => s.BandIndex).OrderBy(g => g.Key).Select(g => $"{compiled.BandLabel(g.Key)} {g.Count()}")));
        var peer = new RulesEngineScorer(compiled.Framework, leaves);
        var peerMismatches = 0;
        sw.Restart();
        var peerUnits = Math.Min(units, 1000);
        for (var u = 0; u < peerUnits; u++)
        {
            var d = peer.Score(cohort.Cells, u, cohort.SlotCount, out var band);
            var a = compiled.Score(cohort.Row(u), ws);
            if (a.Index != d || a.BandIndex != band) { if (peerMismatches++ < 5) Console.WriteLine($"unit {u}: engine {a.Index}/{a.BandIndex} peer {d}/{band}"); }
        }
        Console.WriteLine($"mismatches (a) vs (d): {peerMismatches}; peer {sw.Elapsed.TotalMicroseconds / peerUnits:F1} us/unit (first use included)");

        for (var round = 0; round < 5; round++)
        {
            sw.Restart();
            decimal sum = 0;
            for (var u = 0; u < units; u++) sum += compiled.Score(cohort.Row(u), ws).Index;
            var engine = sw.Elapsed.TotalNanoseconds / units;
            sw.Restart();
            for (var u = 0; u < units; u++) sum += HandWrittenScorer.Score(cohort.Row(u), out _);
            var baseline = sw.Elapsed.TotalNanoseconds / units;
            Console.WriteLine($"engine {engine:F0} ns/unit, baseline {baseline:F0} ns/unit, ratio {engine / baseline:F2} ({sum})");
        }
    }
}
