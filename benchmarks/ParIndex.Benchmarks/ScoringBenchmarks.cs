using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Filters;
using ParIndex.Benchmarks.Baseline;
using ParIndex.Benchmarks.Peer;
using ParIndex.Benchmarks.Workload;
using ParIndex.Engine.Serialization;
using ParIndex.Engine.Evaluation;
using ParIndex.Engine.Model;
using ParIndex.Engine.Results;

namespace ParIndex.Benchmarks;

/// <summary>
/// Issue 8: bulk scoring side by side. Every figure is per unit (OperationsPerInvoke), ratios are to (c), the
/// hand-written baseline, within one run.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Units"/> is the size of the cohort the rows are read from (1,000 rows fit in the cache, 100,000 rows
/// are 336 MB and stream from memory). The bulk methods (a), (c) and (e) score <see cref="Work"/> rows per
/// invocation whatever the cohort size (the cohort over and over), so their per-unit times compare across sizes:
/// linear growth means the same time per unit at every size.
/// </para>
/// <para>
/// (b), (d), (f) and the 300-leaf bulk run only with the 1,000-unit cohort (see <see cref="Filter"/>): they do not
/// depend on the cohort's size, and RulesEngine at 100,000 units would take minutes per invocation.
/// </para>
/// </remarks>
[MemoryDiagnoser]
[Config(typeof(Filter))]
public class ScoringBenchmarks
{
    /// <summary>Rows scored per invocation by the bulk methods.</summary>
    public const int Work = 100_000;

    /// <summary>Units scored per invocation by the card and peer methods, and by the 300-leaf bulk method.</summary>
    public const int Small = 1_000;

    private CompiledFramework _compiled = null!;
    private Cohort _cohort = null!;
    private ScoringWorkspace _workspace = null!;
    private ScoringWorkspace[] _workspaces = null!;
    private byte[][] _spacers = null!;
    private decimal[] _indexes = null!;
    private int[] _bands = null!;
    private RulesEngineScorer _peer = null!;
    private BenchmarkFrameworks.AreaSpec[] _spec300 = null!;
    private CompiledFramework _compiled300 = null!;
    private Cohort _cohort300 = null!;
    private ScoringWorkspace _workspace300 = null!;
    private byte[] _json300 = null!;

    [Params(1_000, 10_000, 100_000)]
    public int Units { get; set; }

    /// <summary>The index of each unit from the last bulk, parallel or peer run (the caller-owned buffer); for tests.</summary>
    public IReadOnlyList<decimal> Indexes => _indexes;

    /// <summary>The band of each unit from the last run; for tests.</summary>
    public IReadOnlyList<int> Bands => _bands;

    /// <summary>The compiled 80-leaf framework and the cohort (after a setup); for tests.</summary>
    public CompiledFramework Compiled => _compiled;

    public Cohort Cohort => _cohort;

    [GlobalSetup]
    public void Setup() => Setup(keepAssessments: false);

    [GlobalSetup(Target = nameof(ScoreCards))]
    public void SetupCards() => Setup(keepAssessments: true);

    [GlobalSetup(Target = nameof(RulesEnginePeer))]
    public void SetupPeer()
    {
        Setup(keepAssessments: false);
        _peer = new RulesEngineScorer(_compiled.Framework, BenchmarkFrameworks.LeavesOf(BenchmarkFrameworks.Commune80));
        _ = _peer.Score(_cohort.Cells, 0, _cohort.SlotCount, out _);  // RulesEngine compiles the workflow on first use
    }

    [GlobalSetup(Targets = [nameof(LoadAndCompile300), nameof(EngineBulk300)])]
    public void Setup300()
    {
        _spec300 = BenchmarkFrameworks.Generated(300);
        _compiled300 = FrameworkCompiler.Compile(BenchmarkFrameworks.BuildGenerated(_spec300));
        _json300 = System.Text.Encoding.UTF8.GetBytes(ParIndexJson.Default.WriteFramework(_compiled300.Framework));
        _cohort300 = Cohort.Generate(_compiled300, BenchmarkFrameworks.LeavesOf(_spec300), Small);
        _workspace300 = _compiled300.CreateWorkspace();
        _indexes = new decimal[Small];
        _bands = new int[Small];
    }

    private void Setup(bool keepAssessments)
    {
        _compiled = FrameworkCompiler.Compile(BenchmarkFrameworks.BuildCommune80());
        _cohort = Cohort.Generate(_compiled, BenchmarkFrameworks.LeavesOf(BenchmarkFrameworks.Commune80), Units, keepAssessments);
        _workspace = _compiled.CreateWorkspace();
        // One workspace per core, with a referenced 256-byte spacer after each so that the last array of one and the
        // first array of the next never share a cache line (two cores writing one line would slow both).
        _workspaces = new ScoringWorkspace[Environment.ProcessorCount];
        _spacers = new byte[_workspaces.Length][];
        for (var w = 0; w < _workspaces.Length; w++)
        {
            _workspaces[w] = _compiled.CreateWorkspace();
            _spacers[w] = new byte[256];
        }
        _indexes = new decimal[Units];
        _bands = new int[Units];
    }

    /// <summary>(a) The engine's bulk path: one reused workspace, index and band into the caller's arrays.</summary>
    [Benchmark(OperationsPerInvoke = Work, Description = "(a) engine bulk")]
    public void EngineBulk()
    {
        var compiled = _compiled;
        var workspace = _workspace;
        var cohort = _cohort;
        for (var k = 0; k < Work; k++)
        {
            var u = k % cohort.Count;
            var score = compiled.Score(cohort.Row(u), workspace);
            _indexes[u] = score.Index;
            _bands[u] = score.BandIndex;
        }
    }

    /// <summary>(c) The hand-written baseline over the same rows.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Work, Description = "(c) hand-written")]
    public void HandWritten()
    {
        var cohort = _cohort;
        for (var k = 0; k < Work; k++)
        {
            var u = k % cohort.Count;
            _indexes[u] = HandWrittenScorer.Score(cohort.Row(u), out _bands[u]);
        }
    }

    /// <summary>(e) The bulk path on all cores: one partition and one workspace per core.</summary>
    [Benchmark(OperationsPerInvoke = Work, Description = "(e) engine parallel")]
    public void EngineParallel()
    {
        var workers = _workspaces.Length;
        Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, w =>
        {
            var compiled = _compiled;
            var workspace = _workspaces[w];
            var cohort = _cohort;
            var indexes = _indexes;
            var bands = _bands;
            // Each worker owns a slice of the cohort and of the caller's arrays (no two cores write the same cache
            // line) and scores its share of the work over its slice, over and over like (a).
            var first = cohort.Count * w / workers;
            var count = cohort.Count * (w + 1) / workers - first;
            var share = Work / workers;
            for (var k = 0; k < share; k++)
            {
                var u = first + k % count;
                var score = compiled.Score(cohort.Row(u), workspace);
                indexes[u] = score.Index;
                bands[u] = score.BandIndex;
            }
        });
    }

    /// <summary>(b) Full score cards with reasons, from the units' assessments (encoding included).</summary>
    [Benchmark(OperationsPerInvoke = Small, Description = "(b) engine score cards")]
    public ScoreCard? ScoreCards()
    {
        ScoreCard? last = null;
        var units = _cohort.Units!;
        for (var u = 0; u < Small; u++) last = _compiled.Score(units[u], Stage.Final);
        return last;
    }

    /// <summary>(d) The peer: Microsoft RulesEngine 6.0.1 over the same rows.</summary>
    [Benchmark(OperationsPerInvoke = Small, Description = "(d) RulesEngine 6.0.1")]
    public void RulesEnginePeer()
    {
        for (var u = 0; u < Small; u++) _indexes[u] = _peer.Score(_cohort.Cells, u, _cohort.SlotCount, out _bands[u]);
    }

    /// <summary>(f) Building (and so validating) the 300-leaf framework and compiling it. Per framework, not per unit.</summary>
    /// <summary>(f): the 300-leaf framework read from its JSON file's bytes (parse, validate) and compiled.</summary>
    [Benchmark(Description = "(f) load JSON + compile 300 leaves")]
    public CompiledFramework LoadAndCompile300() => FrameworkCompiler.Compile(ParIndexJson.Default.ParseFramework(_json300, "300.json").GetValueOrThrow());

    /// <summary>(a) on the 300-leaf framework, 1,000 units: what (f) is compared with, and the cost per leaf.</summary>
    [Benchmark(OperationsPerInvoke = Small, Description = "(a) engine bulk, 300 leaves")]
    public void EngineBulk300()
    {
        for (var u = 0; u < Small; u++)
        {
            var score = _compiled300.Score(_cohort300.Row(u), _workspace300);
            _indexes[u] = score.Index;
            _bands[u] = score.BandIndex;
        }
    }

    /// <summary>Runs (b), (d), (f) and the 300-leaf bulk with the 1,000-unit cohort only.</summary>
    public sealed class Filter : ManualConfig
    {
        private static readonly HashSet<string> EverySize = [nameof(EngineBulk), nameof(HandWritten), nameof(EngineParallel)];

        public Filter() => AddFilter(new SimpleFilter(b =>
            EverySize.Contains(b.Descriptor.WorkloadMethod.Name) || (int)b.Parameters["Units"] == Small));
    }
}
