namespace ParIndex.Engine.Analysis;

/// <summary>
/// Variance-based sensitivity indices from the radial design of Saltelli et al. (2010): two independent N × d matrices A
/// and B of uniform numbers, and for each factor i the matrix A_B^i (A with column i taken from B): N·(d + 2) model runs.
/// First order: V_i = (1/N) Σ f(B)_j (f(A_B^i)_j − f(A)_j) (Saltelli et al. 2010, Table 2 (b)); total effect:
/// E_i = (1/2N) Σ (f(A)_j − f(A_B^i)_j)² (Jansen 1999; Table 2 (f)); both divided by the variance of f over A and B.
/// f(B) in V_i is centred on the mean of f over A and B: the same expectation (f(A_B^i) − f(A) has mean 0), a smaller
/// variance when the output's mean is far from 0 (an index near 70, a rank shift near 2).
/// Confidence intervals by bootstrap: the N rows resampled with replacement, percentile intervals.
/// </summary>
/// <remarks>
/// The statistics are in <see langword="double"/>: they are estimates of variances, not points. Each model run (a
/// scoring of the cohort) is exact decimal arithmetic; only its output is converted.
/// </remarks>
public static class SobolEstimator
{
    /// <summary>
    /// The design: <paramref name="n"/> rows of A and of B, <paramref name="factors"/> columns each, uniform in [0, 1),
    /// from <paramref name="seed"/> (row j of A and B always from the same stream, so the design does not depend on threads).
    /// </summary>
    public static (double[][] A, double[][] B) Design(int n, int factors, long seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(factors, 1);
        var a = new double[n][];
        var b = new double[n][];
        for (var j = 0; j < n; j++)
        {
            var random = new DrawRandom(seed, j, stream: 1_000_003);
            a[j] = new double[factors];
            b[j] = new double[factors];
            for (var i = 0; i < factors; i++) a[j][i] = random.NextDouble();
            for (var i = 0; i < factors; i++) b[j][i] = random.NextDouble();
        }
        return (a, b);
    }

    /// <summary>Row j of A_B^i: row j of A with column i from B.</summary>
    public static double[] Mixed(double[] rowA, double[] rowB, int factor)
    {
        ArgumentNullException.ThrowIfNull(rowA);
        ArgumentNullException.ThrowIfNull(rowB);
        var row = (double[])rowA.Clone();
        row[factor] = rowB[factor];
        return row;
    }

    /// <summary>
    /// The indices of every factor from the model's outputs: <paramref name="fA"/> and <paramref name="fB"/> on the rows of
    /// A and B, <paramref name="fAB"/>[i] on the rows of A_B^i.
    /// </summary>
    /// <param name="fA">f(A), N values.</param>
    /// <param name="fB">f(B), N values.</param>
    /// <param name="fAB">f(A_B^i) for each factor i, N values each.</param>
    /// <param name="bootstrap">The number of bootstrap resamples (1,000 is usual).</param>
    /// <param name="confidence">The interval's coverage, 0.95 for 95 %.</param>
    /// <param name="seed">The bootstrap's seed.</param>
    public static IReadOnlyList<SobolIndices> Estimate(IReadOnlyList<double> fA, IReadOnlyList<double> fB, IReadOnlyList<IReadOnlyList<double>> fAB, int bootstrap = 1000, double confidence = 0.95, long seed = 1)
    {
        ArgumentNullException.ThrowIfNull(fA);
        ArgumentNullException.ThrowIfNull(fB);
        ArgumentNullException.ThrowIfNull(fAB);
        var n = fA.Count;
        if (fB.Count != n || fAB.Any(x => x.Count != n)) throw new ArgumentException("every output list needs the same N values");
        if (confidence is <= 0 or >= 1) throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "a coverage between 0 and 1");
        ArgumentOutOfRangeException.ThrowIfLessThan(bootstrap, 1);
        var all = Enumerable.Range(0, n).ToArray();
        var result = new List<SobolIndices>();
        var sample = new int[n];
        var first = new double[bootstrap];
        var total = new double[bootstrap];
        for (var i = 0; i < fAB.Count; i++)
        {
            var (s, st) = Indices(fA, fB, fAB[i], all);
            for (var r = 0; r < bootstrap; r++)
            {
                var random = new DrawRandom(seed, r, stream: i + 7);
                for (var j = 0; j < n; j++) sample[j] = random.NextInt(n);
                (first[r], total[r]) = Indices(fA, fB, fAB[i], sample);
            }
            Array.Sort(first);
            Array.Sort(total);
            var lo = (1 - confidence) / 2;
            var hi = 1 - lo;
            result.Add(new SobolIndices(s, Quantile(first, lo), Quantile(first, hi), st, Quantile(total, lo), Quantile(total, hi)));
        }
        return result;
    }

    /// <summary>S_i and S_Ti over the rows <paramref name="rows"/> (all of them, or a bootstrap resample).</summary>
    private static (double First, double Total) Indices(IReadOnlyList<double> fA, IReadOnlyList<double> fB, IReadOnlyList<double> fAB, int[] rows)
    {
        double mean = 0, first = 0, total = 0;
        foreach (var j in rows) mean += fA[j] + fB[j];
        mean /= 2.0 * rows.Length;
        double variance = 0;
        foreach (var j in rows)
        {
            variance += (fA[j] - mean) * (fA[j] - mean) + (fB[j] - mean) * (fB[j] - mean);
            first += (fB[j] - mean) * (fAB[j] - fA[j]);
            var d = fA[j] - fAB[j];
            total += d * d;
        }
        variance /= 2.0 * rows.Length - 1;
        if (variance == 0) return (0, 0);
        return (first / rows.Length / variance, total / (2.0 * rows.Length) / variance);
    }

    /// <summary>The percentile of sorted values, linear between order statistics.</summary>
    private static double Quantile(double[] sorted, double q)
    {
        var position = q * (sorted.Length - 1);
        var below = (int)Math.Floor(position);
        var above = Math.Min(sorted.Length - 1, below + 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }
}
