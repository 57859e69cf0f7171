using BenchmarkDotNet.Attributes;
using ParIndex.Benchmarks.Workload;
using ParIndex.Engine.Cohorts;
using ParIndex.Engine.Evaluation;
using ParIndex.Engine.Rules;

namespace ParIndex.Benchmarks;

/// <summary>
/// The cohort steps at whole-country sizes (issue 14): ranks per block and final bands (one sort, then linear passes)
/// of 10³ to 10⁶ units of the 80-leaf framework, scored once in the setup through the bulk path, one unit at a time
/// (the cohort is drawn, not held). Time per unit (<c>OperationsPerInvoke</c>) should stay flat from 10⁴ to 10⁶: an
/// O(n log n) step grows by log n only (about 1.5× from 10⁴ to 10⁶ for the sort, less for the whole step).
/// </summary>
[MemoryDiagnoser]
public class CohortBenchmarks
{
    private RankEntry[] _entries = null!;
    private int[] _ranks = null!;
    private int[] _bands = null!;
    private CompiledFramework _framework = null!;

    [Params(1_000, 10_000, 100_000, 1_000_000)]
    public int Units { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _framework = FrameworkCompiler.Compile(BenchmarkFrameworks.BuildCommune80());
        _entries = Entries(_framework, Units);
        _ranks = new int[Units];
        _bands = new int[Units];
    }

    /// <summary>Every invocation ranks 10⁶ units in all (the cohort over and over), so the time per unit compares across sizes.</summary>
    private const int Work = 1_000_000;

    /// <summary>Every unit's rank in its block (3 blocks) and final band.</summary>
    [Benchmark(OperationsPerInvoke = Work, Description = "cohort ranks and bands")]
    public int RanksAndBands()
    {
        var sum = 0;
        for (var done = 0; done < Work; done += Units)
        {
            CohortScorer.Rank(_framework.Framework, _entries, _ranks, _bands);
            sum += _ranks[0];
        }
        return sum;
    }

    /// <summary>The cohort drawn and scored one unit at a time, kept as rank entries only.</summary>
    public static RankEntry[] Entries(CompiledFramework framework, int units)
    {
        var entries = new RankEntry[units];
        var row = new InputCell[framework.SlotCount];
        var workspace = framework.CreateWorkspace();
        var errors = new List<Engine.Model.InputError>();
        var u = 0;
        foreach (var (_, inputs) in Cohort.Draw(framework, BenchmarkFrameworks.LeavesOf(BenchmarkFrameworks.Commune80), units))
        {
            framework.Encode("x", inputs, row, errors);
            var score = framework.Score(row, workspace);
            entries[u] = new RankEntry(u % 3, score.IsScored, true, score.Index, score.BandIndex, CohortScorer.BandCapOf(framework.Framework, inputs.Disqualifiers));
            u++;
        }
        return entries;
    }
}
