using ParIndex.Engine.Cohorts;
using System.CommandLine;
using ParIndex.Cli.Inputs;
using ParIndex.Engine.Evaluation;
using ParIndex.Engine.Model;
using ParIndex.Engine.Results;
using ParIndex.Engine.Serialization;

namespace ParIndex.Cli.Commands;

/// <summary>Arguments and options several commands share, and the scoring they share.</summary>
internal static class CommonOptions
{
    public static Argument<string> FrameworkArgument() => new("framework") { Description = "The framework file (framework.json)." };

    public static Argument<string> InputsArgument() =>
        new("inputs") { Description = "The inputs: an assessment (.json) or an input sheet made from 'parindex template' (.csv, .xlsx)." };

    public static Option<string> Stage() => new Option<string>("--stage")
    {
        Description = "The stage to score: self (tự chấm), appraisal1, appraisal2 or final (the latest appraisal).",
        DefaultValueFactory = _ => "final",
    }.AcceptOnlyFromAmong("self", "appraisal1", "appraisal2", "final");

    /// <summary>--culture: how numbers are written in tables and CSV (vi-VN: "86,7", CSV separated by ';').</summary>
    public static Option<string> Culture() => new("--culture")
    {
        Description = "How numbers are written: 'invariant' (86.7, the default) or a culture name such as vi-VN (86,7; CSV then separated by ';').",
        DefaultValueFactory = _ => "invariant",
    };

    public static System.Globalization.CultureInfo ParseCulture(string name)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Equals("invariant", StringComparison.OrdinalIgnoreCase)) return System.Globalization.CultureInfo.InvariantCulture;
        try
        {
            var culture = System.Globalization.CultureInfo.GetCultureInfo(name, predefinedOnly: true);
            return culture;
        }
        catch (System.Globalization.CultureNotFoundException)
        {
            throw new CliException($"--culture: '{name}' is not a culture; expected 'invariant' or a name such as vi-VN");
        }
    }

    public static Option<string?> Out() => new("--out", "-o") { Description = "Write to this file instead of the terminal." };

    public static Option<string> Format(string defaultFormat, params string[] formats) => new Option<string>("--format", "-f")
    {
        Description = "The output format: " + string.Join(", ", formats) + ".",
        DefaultValueFactory = _ => defaultFormat,
    }.AcceptOnlyFromAmong(formats);

    public static Stage ParseStage(string text) => text switch
    {
        "self" => Engine.Model.Stage.SelfAssessment,
        "appraisal1" => Engine.Model.Stage.Appraisal1,
        "appraisal2" => Engine.Model.Stage.Appraisal2,
        _ => Engine.Model.Stage.Final,
    };

    /// <summary>The stage of sheet rows that give none: the stage scored, or the first appraisal for "final".</summary>
    public static Stage DefaultRowStage(Stage stage) => stage == Engine.Model.Stage.Final ? Engine.Model.Stage.Appraisal1 : stage;

    /// <summary>Scores every unit of <paramref name="document"/> at <paramref name="stage"/>.</summary>
    /// <summary>Scores every unit as one cohort: ranks and bands per block, relative-to-best leaves in two passes.</summary>
    public static CohortResult ScoreAll(Framework framework, AssessmentDocument document, Stage stage, CancellationToken cancellationToken = default) =>
        CohortScorer.Score(FrameworkCompiler.Compile(framework), document.Units, new CohortScoringOptions { Stage = stage }, cancellationToken);

    /// <summary>Loads the framework and inputs and scores them.</summary>
    public static (Framework Framework, CohortResult Result) LoadAndScore(string frameworkPath, string inputsPath, Stage stage, CancellationToken cancellationToken = default, string? versionHint = null)
    {
        var framework = Documents.LoadFramework(frameworkPath);
        cancellationToken.ThrowIfCancellationRequested();
        var document = Documents.LoadInputs(inputsPath, framework, DefaultRowStage(stage), versionHint);
        cancellationToken.ThrowIfCancellationRequested();
        return (framework, ScoreAll(framework, document, stage, cancellationToken));
    }

    /// <summary>--strict: any empty leaf cell is its unit's error.</summary>
    public static Option<bool> Strict() => new("--strict")
    {
        Description = "Treat any empty leaf cell as an error of its unit (without it, empty cells give 0 points and are listed at the end).",
    };

    /// <summary>
    /// Loads and scores the inputs as a sheet is read: rows that could not be read are left out (and said at the end),
    /// warnings go to stderr now, units with every input empty are not scored, empty cells are listed at the end.
    /// </summary>
    public static LoadedCohort LoadAndScore(CliContext context, Framework framework, string inputsPath, Stage stage, bool strict)
    {
        var read = Documents.ReadInputs(inputsPath, framework, DefaultRowStage(stage));
        foreach (var warning in read.Warnings) context.Err.WriteLine("cảnh báo (warning): " + warning);
        var (document, gaps) = InputGaps.Apply(read.Document, framework, stage, strict);
        return new LoadedCohort(inputsPath, ScoreAll(framework, document, stage, context.CancellationToken), read.LeftOut, gaps, framework.Leaves.Count()) { Document = document };
    }

    /// <summary>Writes every unit's input errors to stderr, one per line; whether there were any.</summary>
    public static bool ReportErrors(CliContext context, string inputsPath, IEnumerable<ScoreCard> cards)
    {
        var any = false;
        foreach (var card in cards)
            foreach (var error in card.Errors)
            {
                context.Err.WriteLine(Engine.Reports.SafeText.OneLine($"{inputsPath}: {Output.ProblemText.Of(error)}"));
                any = true;
            }
        return any;
    }

    /// <summary>Writes text to the file, or to the terminal when no file is given.</summary>
    public static void Emit(CliContext context, string? outPath, string text)
    {
        if (outPath is null)
        {
            context.Out.Write(text);
            return;
        }
        Files.AtomicFile.Write(context, outPath, stream =>
        {
            using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false), 1 << 16);
            writer.Write(text);
        });
        context.Err.WriteLine($"wrote {outPath}");
    }

    /// <summary>Writes a workbook to the file, whole or not at all.</summary>
    public static void EmitXlsx(CliContext context, string path, IEnumerable<(string Name, IReadOnlyList<IReadOnlyList<object?>> Rows)> sheets)
    {
        Files.AtomicFile.Write(context, path, stream => XlsxFile.Write(stream, sheets));
        context.Err.WriteLine($"wrote {path}");
    }

    public static string RequireOut(string? outPath, string format) =>
        outPath ?? throw new CliException($"--format {format} writes a file; give it with --out <file.{format}>");
}
