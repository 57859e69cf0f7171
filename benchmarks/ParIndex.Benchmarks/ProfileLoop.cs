using System.Diagnostics;

namespace ParIndex.Benchmarks;

/// <summary>
/// Runs one benchmark method in a loop for a number of seconds, for a profiler to sample (see docs/performance.md:
/// <c>perf record -g</c> with <c>DOTNET_PerfMapEnabled=1</c>). Nothing is timed here.
/// </summary>
internal static class ProfileLoop
{
    public static void Run(string method, double seconds)
    {
        var bench = new ScoringBenchmarks { Units = 1_000 };
        Action body = method switch
        {
            "bulk" => bench.EngineBulk,
            "baseline" => bench.HandWritten,
            "cards" => () => bench.ScoreCards(),
            "peer" => bench.RulesEnginePeer,
            _ => throw new ArgumentException($"unknown method '{method}'; expected bulk, baseline, cards or peer", nameof(method)),
        };
        if (method == "cards") bench.SetupCards();
        else if (method == "peer") bench.SetupPeer();
        else bench.Setup();
        var clock = Stopwatch.StartNew();
        var runs = 0;
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            body();
            runs++;
        }
        Console.WriteLine($"{method}: {runs} invocations in {clock.Elapsed.TotalSeconds:F1} s");
    }
}
