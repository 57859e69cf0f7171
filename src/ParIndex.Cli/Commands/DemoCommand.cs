using System.CommandLine;
using System.Reflection;
using ParIndex.Cli.Inputs;
using ParIndex.Cli.Output;
using ParIndex.Engine.Reports;
using ParIndex.Engine.Model;

namespace ParIndex.Cli.Commands;

/// <summary>
/// <c>parindex</c> or <c>parindex demo</c>: scores the bundled Thạnh Trị 2018 cohort (embedded in the tool, so it runs
/// from any folder) and prints the table the district published.
/// </summary>
internal static class DemoCommand
{
    public const string FrameworkResource = "ParIndex.Cli.Demo.thanh-tri-2018.framework.json";
    public const string AssessmentResource = "ParIndex.Cli.Demo.thanh-tri-2018.assessment.json";

    public static Command Create(CliContext context)
    {
        var command = new Command("demo",
            "Scores the bundled Thạnh Trị 2018 cohort (10 communes, 8 areas) and prints the table the district published: "
            + "rank, unit, total and band. The same as running parindex with no command.\n\n"
            + "Example:\n  parindex demo");
        command.SetAction(_ => Run(context));
        return command;
    }

    public static int Run(CliContext context)
    {
        var framework = Documents.ParseFramework(Resource(FrameworkResource), "thanh-tri-2018.json (bundled)");
        var assessment = Documents.ParseAssessment(Resource(AssessmentResource), "thanh-tri-2018.json (bundled assessment)");
        var result = CommonOptions.ScoreAll(framework, assessment, Stage.Final);
        var cards = result.Units.Select(u => u.Card).ToList();
        var report = CohortReport.Ranking(result, new ReportOptions { Generated = ReportOutput.Generated(null) }, withAreas: false);
        ReportOutput.Write(context, null, stream => new TextReportWriter().Write(report, stream));
        return CommonOptions.ReportErrors(context, "thanh-tri-2018.json (bundled)", cards) ? CliApp.Failed : CliApp.Ok;
    }

    private static string Resource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new CliException($"parindex demo: the bundled data '{name}' is missing from this build");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
