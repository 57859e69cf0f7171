using ParIndex.Engine.Evaluation;
using ParIndex.Engine.Model;

namespace ParIndex.Engine.Analysis;

/// <summary>
/// Variance-based sensitivity analysis of a cohort to its weights (Saisana, Saltelli &amp; Tarantola 2005; Saltelli et al.
/// 2010): which area's (or criterion's) max, uncertain within ±noise, drives the ranks or one unit's index. Each factor
/// is a weighted node's multiplier, uniform on 1 ± noise (the 0.001 grid of <see cref="UncertaintySampler"/>); the
/// target is computed N·(d + 2) times on the design of <see cref="SobolEstimator"/>, each time an exact decimal scoring
/// of the whole cohort through the re-weighting fast path (or the engine, when that does not apply).
/// </summary>
public static class SensitivityAnalysis
{
    /// <summary>Runs the analysis.</summary>
    /// <exception cref="ArgumentException">A unit target without a known, scored unit; N below 2; a noise outside 0 to 0.9.</exception>
    public static SensitivityReport Run(CompiledFramework framework, IReadOnlyList<UnitAssessment> units, SensitivityOptions? options = null, IProgress<int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(units);
        options ??= new SensitivityOptions();
        if (options.BaseSamples < 2) throw new ArgumentException($"N must be at least 2; got {options.BaseSamples}", nameof(options));
        var weighted = WeightedNode.Select(framework.Framework, options.WeightLevel);
        var codes = weighted.Select(w => w.Code).ToList();
        var d = weighted.Count;
        var sampler = new UncertaintySampler(d, new UncertaintyFactors { WeightNoise = options.WeightNoise }, options.Seed);
        var (nominal, rows) = UncertaintyAnalysis.Prepare(framework, units, options.Stage);
        var target = -1;
        if (options.Target != SensitivityTarget.MeanAbsoluteRankShift)
        {
            target = Enumerable.Range(0, units.Count).FirstOrDefault(u => units[u]?.UnitId == options.UnitId && rows[u] is not null, -1);
            if (target < 0) throw new ArgumentException($"no scored unit '{options.UnitId}' in the cohort; a unit target needs the id of a unit whose inputs score", nameof(options));
        }
        var fast = ReweightedCohort.Limitation(framework.Framework, codes) is null ? new ReweightedCohort(framework, rows, codes) : null;
        var full = fast is null ? new FullRescore(framework, rows, codes, []) : null;
        var standings = new DrawStandings(framework, units, rows, u => rows[u] is not null && (fast?.IsScored(u) ?? true), []);
        var nominalRanks = nominal.Units.Select(s => s.Rank ?? 0).ToArray();

        var n = options.BaseSamples;
        var (a, b) = SobolEstimator.Design(n, d, options.Seed);
        // Run r: rows 0..N-1 of A, then of B, then of A_B^0, A_B^1, ...
        var runs = n * (d + 2);
        var outputs = new double[runs];
        var done = 0;
        Parallel.For(0, runs, new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism ?? -1 },
            () => (Multipliers: new decimal[d], Indices: new decimal[units.Count], Totals: new decimal[units.Count], Ranks: new int[units.Count], Bands: new sbyte[units.Count], Buffers: standings.CreateBuffers()),
            (r, _, w) =>
            {
                var block = r / n;
                var j = r % n;
                var u = block == 0 ? a[j] : block == 1 ? b[j] : SobolEstimator.Mixed(a[j], b[j], block - 2);
                for (var i = 0; i < d; i++) w.Multipliers[i] = sampler.MultiplierFor(u[i]);
                if (fast is not null) fast.Score(w.Multipliers, -1, w.Indices, w.Totals);
                else full!.Score(r, w.Multipliers, -1, null, w.Indices, w.Totals);
                outputs[r] = options.Target switch
                {
                    SensitivityTarget.UnitIndex => (double)w.Indices[target],
                    SensitivityTarget.UnitPoints => (double)w.Totals[target],
                    _ => MeanShift(standings, w.Indices, w.Ranks, w.Bands, w.Buffers, nominalRanks),
                };
                if (progress is not null && (Interlocked.Increment(ref done) & 63) == 0) progress.Report(done);
                return w;
            },
            _ => { });
        progress?.Report(runs);

        var fA = outputs[..n];
        var fB = outputs[n..(2 * n)];
        var fAB = Enumerable.Range(0, d).Select(i => (IReadOnlyList<double>)outputs[((i + 2) * n)..((i + 3) * n)]).ToList();
        var indices = SobolEstimator.Estimate(fA, fB, fAB, options.Bootstrap, options.Confidence, options.Seed);
        var both = fA.Concat(fB).ToArray();
        var mean = both.Average();
        return new SensitivityReport
        {
            Framework = framework.Identity,
            Options = options,
            Runs = runs,
            Mean = mean,
            Variance = both.Sum(x => (x - mean) * (x - mean)) / (both.Length - 1),
            Factors = [.. weighted.Select((w, i) => new FactorSensitivity(w, indices[i]))],
        };
    }

    private static double MeanShift(DrawStandings standings, decimal[] indices, int[] ranks, sbyte[] bands, (decimal[] Keys, int[] Items, int[] Competition) buffers, int[] nominal)
    {
        standings.Rank(indices, -1, ranks, bands, buffers);
        long shift = 0;
        var count = 0;
        for (var u = 0; u < ranks.Length; u++)
        {
            if (ranks[u] == 0 || nominal[u] == 0) continue;
            shift += Math.Abs(ranks[u] - nominal[u]);
            count++;
        }
        return count == 0 ? 0 : (double)shift / count;
    }
}
