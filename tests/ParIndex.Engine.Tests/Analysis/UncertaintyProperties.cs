using FluentAssertions;
using FsCheck.Xunit;
using ParIndex.Engine.Analysis;
using ParIndex.Engine.Evaluation;
using ParIndex.Engine.Model;
using ParIndex.Engine.Tests.Support;

namespace ParIndex.Engine.Tests.Analysis;

public class UncertaintyProperties
{
    [Property(MaxTest = 40, Arbitrary = [typeof(Seeds)])]
    public void Zero_noise_gives_every_unit_its_nominal_rank_with_interval_width_0_and_band_probability_1(int seed)
    {
        var (framework, units) = AnalysisCohorts.Generate(seed);
        var compiled = FrameworkCompiler.Compile(framework);

        var report = UncertaintyAnalysis.Run(compiled, units, new UncertaintyOptions { Draws = 25, Seed = seed, Stage = Stage.Appraisal1 });

        var nominal = ParIndex.Engine.Cohorts.CohortScorer.Score(compiled, units);
        report.Units.Should().HaveCount(nominal.Scored.Count());
        foreach (var unit in report.Units)
        {
            var standing = nominal.Find(unit.UnitId)!;
            unit.NominalRank.Should().Be(standing.Rank);
            unit.NominalBand.Should().Be(standing.Band);
            unit.MedianRank.Should().Be(standing.Rank, "no factor is uncertain");
            unit.Rank5.Should().Be(standing.Rank);
            unit.Rank95.Should().Be(standing.Rank);
            if (standing.Rank is not null) unit.IntervalWidth.Should().Be(0);
            unit.NominalBandProbability.Should().Be(1m);
            unit.IndexMin.Should().Be(standing.Index);
            unit.IndexMax.Should().Be(standing.Index);
        }
    }

    [Property(MaxTest = 40, Arbitrary = [typeof(Seeds)])]
    public void Rank_intervals_contain_the_nominal_rank_and_the_median(int seed)
    {
        var (framework, units) = AnalysisCohorts.Generate(seed);
        var compiled = FrameworkCompiler.Compile(framework);
        var options = new UncertaintyOptions
        {
            Draws = 40,
            Seed = seed,
            Stage = Stage.Appraisal1,
            Factors = new UncertaintyFactors
            {
                WeightNoise = 0.4m,
                WeightLevel = 1 + seed % 2,
                NotApplicableAlternatives = [NotApplicablePolicy.FullPoints, NotApplicablePolicy.Zero],
                CutOffAlternatives = [[85m, 75m, 60m, 45m, 0m]],
            },
        };

        var report = UncertaintyAnalysis.Run(compiled, units, options);

        foreach (var unit in report.Units.Where(u => u.NominalRank is not null))
        {
            unit.RankLow.Should().BeLessThanOrEqualTo(unit.NominalRank!.Value);
            unit.RankHigh.Should().BeGreaterThanOrEqualTo(unit.NominalRank!.Value);
            unit.MedianRank.Should().BeInRange(unit.Rank5!.Value, unit.Rank95!.Value);
            unit.Bands.Sum(b => b.Probability).Should().BeApproximately(1m, 0.00001m);
        }
    }

    [Property(MaxTest = 60, Arbitrary = [typeof(Seeds)])]
    public void The_reweighting_path_equals_a_full_rescore_of_the_perturbed_framework_per_draw(int seed)
    {
        var (framework, units) = AnalysisCohorts.Generate(seed);
        var compiled = FrameworkCompiler.Compile(framework);
        var level = 1 + seed % 3;
        var codes = WeightedNode.Select(framework, level).Select(w => w.Code).ToList();
        if (ReweightedCohort.Limitation(framework, codes) is not null) return; // adjustments or "best of" above a rounded leaf: the analysis re-scores
        var (_, rows) = UncertaintyAnalysis.Prepare(compiled, units, Stage.Appraisal1);
        NotApplicablePolicy[] alternatives = [NotApplicablePolicy.Exclude, NotApplicablePolicy.FullPoints, NotApplicablePolicy.Zero];
        var fast = new ReweightedCohort(compiled, rows, codes, alternatives);
        var full = new FullRescore(compiled, rows, codes, alternatives);
        var sampler = new UncertaintySampler(codes.Count, new UncertaintyFactors { WeightNoise = 0.5m, NotApplicableAlternatives = alternatives }, seed);
        var multipliers = new decimal[codes.Count];
        var byFast = new decimal[units.Count];
        var byFull = new decimal[units.Count];

        for (var draw = 0; draw < 8; draw++)
        {
            sampler.Sample(draw, multipliers, out _, out var notApplicable);
            fast.Score(multipliers, notApplicable, byFast);
            full.Score(draw, multipliers, notApplicable, null, byFull);
            for (var u = 0; u < units.Count; u++)
                if (rows[u] is not null) byFast[u].Should().Be(byFull[u], $"unit {u}, draw {draw}, multipliers {string.Join(" ", multipliers)}, not applicable {notApplicable}");
        }
    }

    [Property(MaxTest = 20, Arbitrary = [typeof(Seeds)])]
    public void A_seed_gives_the_same_report_whatever_the_number_of_threads(int seed)
    {
        var (framework, units) = AnalysisCohorts.Generate(seed);
        var compiled = FrameworkCompiler.Compile(framework);
        UncertaintyOptions Options(int threads) => new()
        {
            Draws = 50,
            Seed = seed,
            Stage = Stage.Appraisal1,
            MaxDegreeOfParallelism = threads,
            Factors = new UncertaintyFactors { WeightNoise = 0.3m, NotApplicableAlternatives = [NotApplicablePolicy.Zero], CutOffAlternatives = [[92m, 82m, 70m, 50m, 0m]] },
        };

        var one = UncertaintyAnalysis.Run(compiled, units, Options(1));
        var four = UncertaintyAnalysis.Run(compiled, units, Options(4));
        var again = UncertaintyAnalysis.Run(compiled, units, Options(3));

        four.Should().Be(one);
        again.Should().Be(one);
    }

    [Property(MaxTest = 15, Arbitrary = [typeof(Seeds)])]
    public void The_fast_path_and_the_full_rescore_give_the_same_report(int seed)
    {
        var (framework, units) = AnalysisCohorts.Generate(seed, maxUnits: 15);
        var compiled = FrameworkCompiler.Compile(framework);
        var codes = WeightedNode.Select(framework, 1).Select(w => w.Code).ToList();
        if (ReweightedCohort.Limitation(framework, codes) is not null) return;
        UncertaintyOptions Options(bool full) => new()
        {
            Draws = 30, Seed = seed, Stage = Stage.Appraisal1, ForceFullRescore = full,
            Factors = new UncertaintyFactors { WeightNoise = 0.25m },
        };

        var fast = UncertaintyAnalysis.Run(compiled, units, Options(false));
        var full = UncertaintyAnalysis.Run(compiled, units, Options(true));

        fast.Method.Should().Be("reweighting");
        full.Method.Should().Be("full-rescore");
        full.Units.Should().Equal(fast.Units);
    }
}
