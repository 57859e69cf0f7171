using System.Diagnostics;

namespace ParIndex.Benchmarks;

/// <summary>
/// A rough timing of the cohort steps with a Stopwatch (the best of several invocations, in ns per unit), for
/// development only; the figures to publish come from <see cref="CohortBenchmarks"/> (see docs/performance.md).
/// </summary>
internal static class CohortQuickRun
{
    public static void Run(int units, int repeats)
    {
        var bench = new CohortBenchmarks { Units = units };
        bench.Setup();
        (string Name, Func<object> Body)[] steps =
        [
            ("ranks and bands", () => bench.RanksAndBands()),
            ("top-band quota", () => bench.RanksAndQuota()),
            ("bands by rank", () => bench.RanksAndBandsByRank()),
            ("statistics", () => bench.Statistics()),
            ("year over year", () => bench.YearOverYearCounts()),
            // Not a step: what CohortResult pays once, when built, for the columns the steps read.
            ("(columns, built)", () => bench.BuildColumns()),
        ];
        foreach (var (name, body) in steps)
        {
            body();
            var collections = GC.CollectionCount(2);
            var best = double.MaxValue;
            for (var r = 0; r < repeats; r++)
            {
                var clock = Stopwatch.StartNew();
                body();
                best = Math.Min(best, clock.Elapsed.TotalMilliseconds);
            }
            // Every invocation goes through 10⁶ units: milliseconds per invocation are nanoseconds per unit.
            Console.WriteLine($"{units,9} {name,-16} {best,8:F2} ns/unit ({GC.CollectionCount(2) - collections} full collections in {repeats} runs)");
        }
    }
}
