using ParIndex.Engine.Serialization;
using ParIndex.Engine.Model;
using ParIndex.Engine.Tests.Support;

namespace ParIndex.Engine.Tests.Analysis;

/// <summary>Random frameworks with bands and random cohorts for them, from a seed.</summary>
internal static class AnalysisCohorts
{
    public static readonly Band[] Bands =
    [
        new() { Label = "Xuất sắc", MinIndex = 90 },
        new() { Label = "Tốt", MinIndex = 80 },
        new() { Label = "Khá", MinIndex = 65 },
        new() { Label = "Trung bình", MinIndex = 50 },
        new() { Label = "Yếu", MinIndex = 0 },
    ];

    public static (Framework Framework, List<UnitAssessment> Units) Generate(int seed, bool withAdjustments = true, int maxUnits = 40)
    {
        var random = new RandomFrameworks(seed);
        var generated = random.Framework(withAdjustments);
        var rng = new Random(seed);
        var policy = generated.Policy with
        {
            Ranking = rng.Next(4) == 0 ? RankingMethod.Dense : RankingMethod.Competition,
            TopBandQuotaPercent = rng.Next(4) == 0 ? 20m : null,
        };
        var framework = new Framework(generated.Info, generated.Areas, policy, Bands, adjustments: generated.Adjustments, hasher: RuleKindRegistry.BuiltInHasher);
        var units = Enumerable.Range(0, rng.Next(2, maxUnits)).Select(i => new UnitAssessment
        {
            UnitId = "u" + i,
            UnitName = "Xã " + i,
            Block = rng.Next(4) == 0 ? "thị trấn" : "xã",
            Ranked = rng.Next(12) > 0,
            Stages = new Dictionary<Stage, StageInputs> { [Stage.Appraisal1] = random.Inputs(framework) },
        }).ToList();
        return (framework, units);
    }
}
