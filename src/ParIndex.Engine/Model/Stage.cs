namespace ParIndex.Engine.Model;

/// <summary>A stage of the yearly workflow whose inputs can be scored.</summary>
public enum Stage
{
    /// <summary>The unit's own scoring (tự đánh giá, tự chấm).</summary>
    SelfAssessment,
    /// <summary>The council's first appraisal round (thẩm định lần 1).</summary>
    Appraisal1,
    /// <summary>The council's second round, after the unit's explanation (thẩm định lần 2).</summary>
    Appraisal2,
    /// <summary>The final result: the latest appraisal present (round 2, else round 1).</summary>
    Final,
}
