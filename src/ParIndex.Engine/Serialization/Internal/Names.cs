using ParIndex.Engine.Model;
using ParIndex.Engine.Rules;

namespace ParIndex.Engine.Serialization.Internal;

/// <summary>The JSON spellings of the model's enums (closed lists).</summary>
internal static class Names
{
    public const string FrameworkSchema = "https://parindex.dev/schema/framework.schema.json";
    public const string AssessmentSchema = "https://parindex.dev/schema/assessment.schema.json";
    public const string ScoreCardSchema = "https://parindex.dev/schema/score-card.schema.json";

    public static readonly (string, UnitLevel)[] UnitLevels =
        [("commune", UnitLevel.Commune), ("district", UnitLevel.District), ("department", UnitLevel.Department), ("province", UnitLevel.Province)];

    public static readonly (string, RoundingMode)[] RoundingModes =
        [("halfAwayFromZero", RoundingMode.HalfAwayFromZero), ("halfToEven", RoundingMode.HalfToEven), ("truncate", RoundingMode.Truncate)];

    public static readonly (string, NotApplicablePolicy)[] NotApplicable =
        [("exclude", NotApplicablePolicy.Exclude), ("fullPoints", NotApplicablePolicy.FullPoints), ("zero", NotApplicablePolicy.Zero)];

    public static readonly (string, RankingMethod)[] Rankings = [("competition", RankingMethod.Competition), ("dense", RankingMethod.Dense)];

    public static readonly (string, Aggregation)[] Aggregations = [("sum", Aggregation.Sum), ("bestOf", Aggregation.BestOf)];

    public static readonly (string, AdjustmentKind)[] AdjustmentKinds = [("bonus", AdjustmentKind.Bonus), ("penalty", AdjustmentKind.Penalty)];

    public static readonly (string, EvidenceStatus)[] Evidence =
        [("provided", EvidenceStatus.Provided), ("missing", EvidenceStatus.Missing), ("insufficient", EvidenceStatus.Insufficient)];

    public static readonly (string, Stage)[] Stages =
        [("selfAssessment", Stage.SelfAssessment), ("appraisal1", Stage.Appraisal1), ("appraisal2", Stage.Appraisal2)];

    public static readonly (string, NodeStatus)[] Statuses =
    [
        ("full", NodeStatus.Full), ("partial", NodeStatus.Partial), ("zero", NodeStatus.Zero), ("notApplicable", NodeStatus.NotApplicable),
        ("missingInput", NodeStatus.MissingInput), ("evidenceRejected", NodeStatus.EvidenceRejected), ("inputError", NodeStatus.InputError),
    ];

    public static string Of<T>((string Name, T Value)[] table, T value)
        where T : struct, Enum
    {
        foreach (var (n, v) in table)
            if (EqualityComparer<T>.Default.Equals(v, value)) return n;
        return value.ToString();
    }

    public static string StageName(Stage stage) => stage == Stage.Final ? "final" : Of(Stages, stage);
}
