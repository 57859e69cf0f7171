using ParIndex.Engine.Cohorts;
using ParIndex.Engine.Model;

namespace ParIndex.Engine.Reports;

/// <summary>What a cohort report or a letter is built from, besides the scored cohort.</summary>
public sealed record ReportOptions
{
    /// <summary>The day the report is made (pinned in tests and reproducible builds; see SOURCE_DATE_EPOCH in docs/reports.md).</summary>
    public required DateOnly Generated { get; init; }

    /// <summary>Last year's cohort, for the year-over-year section.</summary>
    public CohortResult? Previous { get; init; }

    /// <summary>The same units scored at the self-assessment stage, for the self-assessed against appraised section.</summary>
    public CohortResult? SelfAssessment { get; init; }

    /// <summary>The units' inputs, for the appraiser's notes (giải trình) on each criterion below its max.</summary>
    public IReadOnlyList<UnitAssessment>? Inputs { get; init; }

    /// <summary>A unit to show against the cohort's mean and best in the per-area chart.</summary>
    public string? HighlightUnit { get; init; }

    /// <summary>How many over-claimed criteria to list (the most often first).</summary>
    public int OverClaimedShown { get; init; } = 10;
}
