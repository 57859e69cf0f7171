using BenchmarkDotNet.Running;
using ParIndex.Benchmarks;

// "quick": a rough Stopwatch comparison of (a) and (c) for development; the figures to publish come from
// BenchmarkDotNet (see docs/performance.md).
if (args is ["quick", ..])
{
    QuickCheck.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10_000);
    return;
}
// "analysis [draws]": the issue 15 analysis (10,000 units × draws) timed once on one thread.
if (args is ["analysis", ..])
{
    AnalysisQuickRun.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1000);
    return;
}
// "profile <bulk|baseline|cards|peer> <seconds>": one method in a loop, for perf to sample.
if (args is ["profile", var method, ..])
{
    ProfileLoop.Run(method, args.Length > 2 ? double.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 20);
    return;
}
// "cohort <units> [repeats]": the cohort steps timed with a Stopwatch, for development (CohortBenchmarks publishes).
if (args is ["cohort", var cohortUnits, ..])
{
    CohortQuickRun.Run(int.Parse(cohortUnits, System.Globalization.CultureInfo.InvariantCulture),
        args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 7);
    return;
}
// "sheet <units> <folder>": the benchmark framework and a generated cohort as a CSV input sheet (docs/performance.md).
if (args is ["sheet", var size, var folder])
{
    ParIndex.Benchmarks.Workload.SheetWriter.Write(int.Parse(size, System.Globalization.CultureInfo.InvariantCulture), folder);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
