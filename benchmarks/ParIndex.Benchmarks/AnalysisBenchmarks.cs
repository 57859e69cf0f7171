using BenchmarkDotNet.Attributes;
using ParIndex.Benchmarks.Workload;
using ParIndex.Engine.Analysis;
using ParIndex.Engine.Evaluation;
using ParIndex.Engine.Rules;

namespace ParIndex.Benchmarks;

/// <summary>
/// Issue 15: one draw of an uncertainty analysis of ranks over the 10,000-unit cohort of the 80-leaf framework
/// (<see cref="BenchmarkFrameworks.Commune80"/>), its 8 area maxima perturbed by ±20 %: every unit's index, then the
/// ranks and bands. <see cref="Reweighting"/> is the fast path (leaves scored once, each draw multiplies and re-bases);
/// <see cref="NaiveRescore"/> builds, compiles and re-scores the perturbed framework per draw through the engine's
/// bulk path, as a tool without the fast path would. Figures are per draw (OperationsPerInvoke); a 1,000-draw analysis
/// takes 1,000 times as long on one core. Run single-threaded: both paths score the draw on the calling thread.
/// </summary>
[MemoryDiagnoser]
public class AnalysisBenchmarks
{
    /// <summary>The cohort's size.</summary>
    public const int Units = 10_000;

    /// <summary>Draws per invocation of the fast path.</summary>
    public const int FastDraws = 20;

    private ReweightedCohort _fast = null!;
    private FullRescore _full = null!;
    private DrawStandings _standings = null!;
    private UncertaintySampler _sampler = null!;
    private decimal[] _multipliers = null!;
    private decimal[] _indices = null!;
    private int[] _ranks = null!;
    private sbyte[] _bands = null!;
    private (decimal[] Keys, int[] Items, int[] Competition) _buffers;
    private int _draw;

    /// <summary>The indices of the last draw; for checks.</summary>
    public IReadOnlyList<decimal> Indices => _indices;

    [GlobalSetup]
    public void Setup()
    {
        var compiled = FrameworkCompiler.Compile(BenchmarkFrameworks.BuildCommune80());
        var cohort = Cohort.Generate(compiled, BenchmarkFrameworks.LeavesOf(BenchmarkFrameworks.Commune80), Units, keepAssessments: true);
        var rows = new InputCell[]?[Units];
        for (var u = 0; u < Units; u++) rows[u] = cohort.Row(u).ToArray();
        var codes = WeightedNode.Select(compiled.Framework, 1).Select(w => w.Code).ToList();
        _fast = new ReweightedCohort(compiled, rows, codes);
        _full = new FullRescore(compiled, rows, codes, []);
        _standings = new DrawStandings(compiled, cohort.Units!, rows, _ => true, []);
        _sampler = new UncertaintySampler(codes.Count, new UncertaintyFactors { WeightNoise = 0.2m }, seed: 2024);
        _multipliers = new decimal[codes.Count];
        _indices = new decimal[Units];
        _ranks = new int[Units];
        _bands = new sbyte[Units];
        _buffers = _standings.CreateBuffers();
    }

    /// <summary>The fast path: one draw = the sample, every unit re-weighted, ranks and bands.</summary>
    [Benchmark(OperationsPerInvoke = FastDraws)]
    public int Reweighting()
    {
        var first = 0;
        for (var i = 0; i < FastDraws; i++)
        {
            _sampler.Sample(_draw++, _multipliers, out var cutOffs, out var notApplicable);
            _fast.Score(_multipliers, notApplicable, _indices);
            _standings.Rank(_indices, cutOffs, _ranks, _bands, _buffers);
            first += _ranks[0];
        }
        return first;
    }

    /// <summary>The naive way: per draw, the perturbed framework built, compiled and every unit re-scored by the engine.</summary>
    [Benchmark(Baseline = true)]
    public int NaiveRescore()
    {
        _sampler.Sample(_draw, _multipliers, out var cutOffs, out var notApplicable);
        _full.Score(_draw++, _multipliers, notApplicable, null, _indices);
        _standings.Rank(_indices, cutOffs, _ranks, _bands, _buffers);
        return _ranks[0];
    }

    /// <summary>For checks: draw <paramref name="draw"/> by both paths.</summary>
    public (decimal[] Fast, decimal[] Full) Both(int draw)
    {
        _sampler.Sample(draw, _multipliers, out _, out var notApplicable);
        var fast = new decimal[Units];
        var full = new decimal[Units];
        _fast.Score(_multipliers, notApplicable, fast);
        _full.Score(draw, _multipliers, notApplicable, null, full);
        return (fast, full);
    }
}
