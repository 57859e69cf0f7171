using ParIndex.Engine.Cohorts;
using ParIndex.Engine.Model;

namespace ParIndex.Engine.Reports;

/// <summary>The words reports share: stages and movements, Vietnamese first.</summary>
public static class ReportWords
{
    /// <summary>A stage in words: "kết quả cuối cùng (final)".</summary>
    public static string Stage(Stage stage) => stage switch
    {
        Model.Stage.SelfAssessment => "tự chấm (self-assessment)",
        Model.Stage.Appraisal1 => "thẩm định lần 1 (appraisal 1)",
        Model.Stage.Appraisal2 => "thẩm định lần 2 (appraisal 2)",
        _ => "kết quả cuối cùng (final)",
    };

    /// <summary>A movement in words: "tăng (up)"; <see langword="null"/> for none.</summary>
    public static string? Movement(RankMovement movement) => movement switch
    {
        RankMovement.Up => "tăng (up)",
        RankMovement.Same => "giữ nguyên (same)",
        RankMovement.Down => "giảm (down)",
        _ => null,
    };

    /// <summary>What a unit without a score shows in place of its band.</summary>
    public const string InputError = "lỗi nhập liệu (input error)";
}
