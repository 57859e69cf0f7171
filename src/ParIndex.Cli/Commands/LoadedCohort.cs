using ParIndex.Cli.Inputs;
using ParIndex.Engine.Cohorts;

namespace ParIndex.Cli.Commands;

/// <summary>A cohort scored from one input file, and what its reading left to say at the end of the output.</summary>
internal sealed record LoadedCohort(string Path, CohortResult Result, IReadOnlyList<string> LeftOut, IReadOnlyList<(string UnitId, IReadOnlyList<string> Codes)> Gaps, int Leaves)
{
    /// <summary>
    /// Writes, after the results: each unit's input errors, the rows left out, the empty cells per unit. Returns
    /// whether something needs fixing (exit code 1): an error or a row left out; empty cells alone are not.
    /// </summary>
    public bool Finish(CliContext context)
    {
        var failed = CommonOptions.ReportErrors(context, Path, Result.Units.Select(u => u.Card));
        foreach (var line in LeftOut) context.Err.WriteLine(line);
        if (LeftOut.Count > 0)
            context.Err.WriteLine(InputGaps.LeftOutSummary(Path, LeftOut.Count));
        foreach (var line in InputGaps.Lines(Path, Gaps, Leaves)) context.Err.WriteLine(line);
        return failed || LeftOut.Count > 0;
    }
}
