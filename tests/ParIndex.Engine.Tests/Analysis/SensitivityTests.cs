using FluentAssertions;
using ParIndex.Engine.Analysis;
using ParIndex.Engine.Evaluation;
using ParIndex.Engine.Model;
using ParIndex.Engine.Serialization;
using Xunit;
using static ParIndex.Engine.Tests.Support.Build;

namespace ParIndex.Engine.Tests.Analysis;

/// <summary>The Saltelli / Jansen estimators against cases whose indices are known by hand.</summary>
public class SensitivityTests
{
    private static void ShouldContain(double low, double high, double truth, string what)
    {
        truth.Should().BeGreaterThanOrEqualTo(low, what);
        truth.Should().BeLessThanOrEqualTo(high, what);
    }

    // Six intervals per case (S and S_T of three factors): each at 1 - 0.05/6 (Bonferroni), so that all six together
    // cover their true values with probability at least 95 %.
    private const double Coverage = 1 - 0.05 / 6;

    private static IReadOnlyList<SobolIndices> Estimate(Func<double[], double> model, int n, int d, long seed)
    {
        var (a, b) = SobolEstimator.Design(n, d, seed);
        var fA = a.Select(model).ToArray();
        var fB = b.Select(model).ToArray();
        var fAB = Enumerable.Range(0, d).Select(i => (IReadOnlyList<double>)[.. Enumerable.Range(0, n).Select(j => model(SobolEstimator.Mixed(a[j], b[j], i)))]).ToList();
        return SobolEstimator.Estimate(fA, fB, fAB, bootstrap: 500, confidence: Coverage, seed: seed);
    }

    [Fact]
    public void An_additive_model_has_first_order_and_total_indices_c_squared_over_the_sum_of_c_squared()
    {
        // Y = 1·X1 + 2·X2 + 3·X3 with X uniform on [0, 1): V_i = c_i² / 12, no interactions, so S_i = S_Ti = c_i² / 14.
        double[] c = [1, 2, 3];
        var indices = Estimate(x => c[0] * x[0] + c[1] * x[1] + c[2] * x[2], n: 4000, d: 3, seed: 11);

        for (var i = 0; i < 3; i++)
        {
            var truth = c[i] * c[i] / 14.0;
            ShouldContain(indices[i].FirstOrderLow, indices[i].FirstOrderHigh, truth, $"S_{i + 1}");
            ShouldContain(indices[i].TotalLow, indices[i].TotalHigh, truth, $"S_T{i + 1}");
            (indices[i].FirstOrderHigh - indices[i].FirstOrderLow).Should().BeLessThan(0.25, "the interval is informative");
        }
    }

    [Fact]
    public void The_ishigami_function_has_its_analytic_indices_including_an_interaction()
    {
        // Ishigami & Homma (1990), a = 7, b = 0.1, X uniform on [-π, π): X3 acts only through its interaction with X1.
        const double a = 7, b = 0.1;
        var pi4 = Math.Pow(Math.PI, 4);
        var pi8 = pi4 * pi4;
        var v1 = 0.5 * Math.Pow(1 + b * pi4 / 5, 2);
        var v2 = a * a / 8;
        var v13 = 8 * b * b * pi8 / 225;
        var v = v1 + v2 + v13;
        double Model(double[] u)
        {
            var x = u.Select(t => Math.PI * (2 * t - 1)).ToArray();
            return Math.Sin(x[0]) + a * Math.Pow(Math.Sin(x[1]), 2) + b * Math.Pow(x[2], 4) * Math.Sin(x[0]);
        }

        var indices = Estimate(Model, n: 20000, d: 3, seed: 5);

        ShouldContain(indices[0].FirstOrderLow, indices[0].FirstOrderHigh, v1 / v, "S1");
        ShouldContain(indices[1].FirstOrderLow, indices[1].FirstOrderHigh, v2 / v, "S2");
        ShouldContain(indices[2].FirstOrderLow, indices[2].FirstOrderHigh, 0, "S3");
        ShouldContain(indices[0].TotalLow, indices[0].TotalHigh, (v1 + v13) / v, "ST1");
        ShouldContain(indices[1].TotalLow, indices[1].TotalHigh, v2 / v, "ST2");
        ShouldContain(indices[2].TotalLow, indices[2].TotalHigh, v13 / v, "ST3");
    }

    [Fact]
    public void A_units_points_are_additive_in_the_area_weights_and_their_indices_are_points_squared_over_the_sum()
    {
        // Three manual areas, all applicable: the unit's points are Σ s_a·P_a with s_a independent and identically
        // distributed, so S_a = S_Ta = P_a² / Σ P_b² = 100/1400, 400/1400, 900/1400.
        var framework = new Framework(Info("additive"), [Leaf("1", 20, Manual(1)), Leaf("2", 30, Manual(1)), Leaf("3", 50, Manual(1))], hasher: RuleKindRegistry.BuiltInHasher);
        var compiled = FrameworkCompiler.Compile(framework);
        UnitAssessment[] units = [Unit("xa-a", ("1", Points(10)), ("2", Points(20)), ("3", Points(30))), Unit("xa-b", ("1", Points(20)), ("2", Points(5)), ("3", Points(40)))];

        var report = SensitivityAnalysis.Run(compiled, units, new SensitivityOptions
        {
            Target = SensitivityTarget.UnitPoints, UnitId = "xa-a", WeightNoise = 0.2m, BaseSamples = 4000, Bootstrap = 500, Confidence = Coverage, Seed = 3, Stage = Stage.Appraisal1,
        });

        report.Runs.Should().Be(4000 * 5);
        report.Factors.Select(f => f.Node.Code).Should().Equal("1", "2", "3");
        decimal[] points = [10, 20, 30];
        for (var i = 0; i < 3; i++)
        {
            var truth = (double)(points[i] * points[i] / 1400m);
            var s = report.Factors[i].Indices;
            ShouldContain(s.FirstOrderLow, s.FirstOrderHigh, truth, $"S_{i + 1}");
            ShouldContain(s.TotalLow, s.TotalHigh, truth, $"S_T{i + 1}");
        }
    }

    [Fact]
    public void Without_noise_nothing_varies_and_every_index_is_zero()
    {
        var framework = new Framework(Info("flat"), [Leaf("1", 40, Manual(1)), Leaf("2", 60, Manual(1))], hasher: RuleKindRegistry.BuiltInHasher);
        UnitAssessment[] units = [Unit("a", ("1", Points(10)), ("2", Points(20))), Unit("b", ("1", Points(30)), ("2", Points(10)))];

        var report = SensitivityAnalysis.Run(FrameworkCompiler.Compile(framework), units, new SensitivityOptions { WeightNoise = 0m, BaseSamples = 50, Bootstrap = 20, Stage = Stage.Appraisal1 });

        report.Variance.Should().Be(0);
        report.Factors.Should().OnlyContain(f => f.Indices.FirstOrder == 0 && f.Indices.Total == 0);
    }

    [Fact]
    public void A_seed_gives_the_same_indices_whatever_the_number_of_threads()
    {
        var (framework, units) = AnalysisCohorts.Generate(20240901);
        var compiled = FrameworkCompiler.Compile(framework);
        SensitivityOptions Options(int threads) => new() { BaseSamples = 64, Bootstrap = 50, Seed = 9, Stage = Stage.Appraisal1, MaxDegreeOfParallelism = threads };

        var one = SensitivityAnalysis.Run(compiled, units, Options(1));
        var many = SensitivityAnalysis.Run(compiled, units, Options(4));

        many.Factors.Should().Equal(one.Factors);
        many.Variance.Should().Be(one.Variance);
    }
}
