using ParIndex.Engine.Cohorts;
using ParIndex.Engine.Evaluation;
using ParIndex.Engine.Model;
using ParIndex.Engine.Rules;

namespace ParIndex.Engine.Analysis;

/// <summary>
/// Uncertainty analysis of ranks (OECD/JRC Handbook on Constructing Composite Indicators, 2008, step 7; Saisana,
/// Saltelli &amp; Tarantola 2005): the cohort is re-scored under N plausible frameworks drawn from the declared
/// uncertain factors (<see cref="UncertaintyFactors"/>), and each unit's ranks and bands over the draws are
/// summarised. Every draw is scored in exact decimals; a seed gives the same report whatever the number of threads.
/// </summary>
public static class UncertaintyAnalysis
{
    private const int Chunk = 8;

    /// <summary>Runs the analysis.</summary>
    /// <param name="framework">The nominal compiled framework.</param>
    /// <param name="units">The cohort; units whose inputs cannot be scored are left out of the report (the engine reports their errors).</param>
    /// <param name="options">Factors, draws, seed, stage and threads.</param>
    /// <param name="progress">Told the number of draws done, now and then.</param>
    /// <param name="cancellationToken">Stops the run between draws.</param>
    /// <exception cref="ArgumentException">Invalid options: draws below 1, a noise outside 0 to 0.9, cut-offs that do not make valid bands.</exception>
    public static RobustnessReport Run(CompiledFramework framework, IReadOnlyList<UnitAssessment> units, UncertaintyOptions? options = null,
        IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(units);
        options ??= new UncertaintyOptions();
        var factors = options.Factors;
        if (options.Draws < 1) throw new ArgumentException($"draws must be at least 1; got {options.Draws}", nameof(options));
        foreach (var cutOffs in factors.CutOffAlternatives)
        {
            try { _ = FrameworkPerturbation.WithCutOffs(framework.Framework, cutOffs); }
            catch (FrameworkValidationException e) { throw new ArgumentException($"cut-offs {string.Join(", ", cutOffs)}: {e.Problems[0].Message}", nameof(options), e); }
        }

        var cohort = Prepare(framework, units, options.Stage);
        var weighted = WeightedNode.Select(framework.Framework, factors.WeightLevel);
        var codes = weighted.Select(w => w.Code).ToList();
        var sampler = new UncertaintySampler(weighted.Count, factors, options.Seed);
        var draws = options.Draws;
        var n = units.Count;

        var fast = !options.ForceFullRescore && !factors.ManualNoise && ReweightedCohort.Limitation(framework.Framework, codes) is null
            ? new ReweightedCohort(framework, cohort.Rows, codes, factors.NotApplicableAlternatives)
            : null;
        var full = fast is null ? new FullRescore(framework, cohort.Rows, codes, factors.NotApplicableAlternatives) : null;
        var standings = new DrawStandings(framework, units, cohort.Rows, u => cohort.Rows[u] is not null && (fast?.IsScored(u) ?? true), factors.CutOffAlternatives);

        var ranks = new int[draws * n];
        var bands = new sbyte[draws * n];
        var chunks = (draws + Chunk - 1) / Chunk;
        var done = 0;
        var indexMin = new decimal[n];
        var indexMax = new decimal[n];
        Array.Fill(indexMin, decimal.MaxValue);
        Array.Fill(indexMax, decimal.MinValue);
        var gate = new object();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism ?? -1, CancellationToken = cancellationToken };
        Parallel.For(0, chunks, parallel,
            () => new Worker(n, weighted.Count, standings),
            (c, _, worker) =>
            {
                var end = Math.Min(draws, (c + 1) * Chunk);
                for (var d = c * Chunk; d < end; d++)
                {
                    sampler.Sample(d, worker.Multipliers, out var cutOffs, out var notApplicable);
                    if (fast is not null) fast.Score(worker.Multipliers, notApplicable, worker.Indices);
                    else full!.Score(d, worker.Multipliers, notApplicable, factors.ManualNoise ? sampler : null, worker.Indices);
                    standings.Rank(worker.Indices, cutOffs, ranks.AsSpan(d * n, n), bands.AsSpan(d * n, n), worker.Buffers);
                    worker.Track();
                }
                progress?.Report(Interlocked.Add(ref done, end - c * Chunk));
                return worker;
            },
            worker =>
            {
                lock (gate)
                    for (var u = 0; u < n; u++)
                    {
                        if (worker.Min[u] < indexMin[u]) indexMin[u] = worker.Min[u];
                        if (worker.Max[u] > indexMax[u]) indexMax[u] = worker.Max[u];
                    }
            });

        return Summarise(framework, units, options, cohort, weighted, fast is null ? "full-rescore" : "reweighting", ranks, bands, indexMin, indexMax);
    }

    /// <summary>The nominal standings and every unit's row (null for a unit the engine could not score).</summary>
    internal static (CohortResult Nominal, InputCell[]?[] Rows) Prepare(CompiledFramework framework, IReadOnlyList<UnitAssessment> units, Stage stage)
    {
        var nominal = CohortScorer.Score(framework, units, new CohortScoringOptions { Stage = stage });
        var rows = new InputCell[]?[units.Count];
        for (var u = 0; u < units.Count; u++)
        {
            if (!nominal.Units[u].Card.IsScored || units[u] is not { } unit || unit.Resolve(stage) is not { } actual) continue;
            var row = new InputCell[framework.SlotCount];
            if (framework.Encode(unit.UnitId, unit.Stages[actual], row, new List<InputError>())) rows[u] = row;
        }
        return (nominal, rows);
    }

    private static RobustnessReport Summarise(CompiledFramework framework, IReadOnlyList<UnitAssessment> units, UncertaintyOptions options,
        (CohortResult Nominal, InputCell[]?[] Rows) cohort, IReadOnlyList<WeightedNode> weighted, string method, int[] ranks, sbyte[] bands, decimal[] indexMin, decimal[] indexMax)
    {
        var draws = options.Draws;
        var n = units.Count;
        var labels = framework.Framework.Bands.Select(b => b.Label).ToList();
        var column = new int[draws];
        var result = new List<(UnitRobustness Unit, int Order)>();
        for (var u = 0; u < n; u++)
        {
            if (cohort.Rows[u] is null) continue;
            var standing = cohort.Nominal.Units[u];
            int? median = null, p5 = null, p95 = null;
            if (standing.Rank is not null)
            {
                for (var d = 0; d < draws; d++) column[d] = ranks[d * n + u];
                Array.Sort(column);
                median = NearestRank(column, 0.5m);
                p5 = NearestRank(column, 0.05m);
                p95 = NearestRank(column, 0.95m);
            }
            var counts = new int[labels.Count];
            for (var d = 0; d < draws; d++)
            {
                var b = bands[d * n + u];
                if (b >= 0 && b < counts.Length) counts[b]++;
            }
            result.Add((new UnitRobustness
            {
                UnitId = standing.UnitId,
                UnitName = standing.UnitName,
                Block = standing.Block,
                NominalIndex = standing.Index,
                NominalRank = standing.Rank,
                NominalBand = standing.Band,
                MedianRank = median,
                Rank5 = p5,
                Rank95 = p95,
                IndexMin = indexMin[u],
                IndexMax = indexMax[u],
                Bands = [.. labels.Select((l, i) => new BandProbability(l, Math.Round((decimal)counts[i] / draws, 6, MidpointRounding.AwayFromZero)))],
            }, u));
        }
        var blocks = units.Select(x => x.Block).Distinct().ToList();
        return new RobustnessReport
        {
            Framework = framework.Identity,
            Factors = options.Factors,
            WeightedNodes = weighted,
            Draws = draws,
            Seed = options.Seed,
            Method = method,
            BandLabels = labels,
            Units = [.. result.OrderBy(r => blocks.IndexOf(r.Unit.Block)).ThenBy(r => r.Unit.NominalRank ?? int.MaxValue).ThenBy(r => r.Order).Select(r => r.Unit)],
        };
    }

    /// <summary>The nearest-rank percentile of sorted ranks: the ⌈q·N⌉-th smallest (ranks are whole numbers, so no interpolation).</summary>
    internal static int NearestRank(int[] sorted, decimal q)
    {
        var k = (int)Math.Ceiling(q * sorted.Length);
        return sorted[Math.Clamp(k, 1, sorted.Length) - 1];
    }

    /// <summary>One thread's buffers, reused draw after draw.</summary>
    private sealed class Worker
    {
        public Worker(int units, int weights, DrawStandings standings)
        {
            Multipliers = new decimal[weights];
            Indices = new decimal[units];
            Min = new decimal[units];
            Max = new decimal[units];
            Array.Fill(Min, decimal.MaxValue);
            Array.Fill(Max, decimal.MinValue);
            Buffers = standings.CreateBuffers();
        }

        public decimal[] Multipliers { get; }
        public decimal[] Indices { get; }
        public decimal[] Min { get; }
        public decimal[] Max { get; }
        public (decimal[] Keys, int[] Items, int[] Competition) Buffers { get; }

        public void Track()
        {
            for (var u = 0; u < Indices.Length; u++)
            {
                var x = Indices[u];
                if (x < Min[u]) Min[u] = x;
                if (x > Max[u]) Max[u] = x;
            }
        }
    }
}
