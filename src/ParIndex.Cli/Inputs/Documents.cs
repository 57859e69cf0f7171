using ParIndex.Engine.Model;
using ParIndex.Engine.Serialization;

namespace ParIndex.Cli.Inputs;

/// <summary>Loads frameworks and inputs from files, turning every problem into a line that names the file.</summary>
internal static class Documents
{
    public static void RequireFile(string path)
    {
        if (!File.Exists(path)) throw new CliException($"{path}: file not found");
        CliContext.RequireRegularFile(path);
    }

    /// <summary>Loads and validates a framework; every problem, with file, line, column and JSON path, on its own line.</summary>
    public static Framework LoadFramework(string path)
    {
        RequireFile(path);
        var result = ParIndexJson.Default.LoadFramework(path);
        if (!result.Succeeded) throw new CliException(Output.ProblemText.Lines(result.Problems));
        return result.Value!;
    }

    /// <summary>Parses a framework from text (the bundled demo).</summary>
    public static Framework ParseFramework(string json, string name)
    {
        var result = ParIndexJson.Default.ParseFramework(json, name);
        if (!result.Succeeded) throw new CliException(Output.ProblemText.Lines(result.Problems));
        return result.Value!;
    }

    /// <summary>Parses an assessment from text (the bundled demo).</summary>
    public static AssessmentDocument ParseAssessment(string json, string name)
    {
        var result = ParIndexJson.Default.ParseAssessment(json, name);
        if (!result.Succeeded) throw new CliException(Output.ProblemText.Lines(result.Problems));
        return result.Value!;
    }

    /// <summary>
    /// Loads a unit's inputs: an assessment JSON, or an input sheet (.csv, .xlsx) laid out as the template. Rows
    /// of a sheet that could not be read are in the result's <see cref="SheetReadResult.LeftOut"/>.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="framework">The framework the inputs are for.</param>
    /// <param name="defaultStage">The stage of sheet rows whose stage cell is empty.</param>
    /// <param name="versionHint">What to do about a version mismatch, added to its message.</param>
    public static SheetReadResult ReadInputs(string path, Framework framework, Stage defaultStage, string? versionHint = null)
    {
        RequireFile(path);
        var extension = Path.GetExtension(path).ToLowerInvariant();
        SheetReadResult read;
        switch (extension)
        {
            case ".json":
                var result = ParIndexJson.Default.LoadAssessment(path);
                if (!result.Succeeded) throw new CliException(Output.ProblemText.Lines(result.Problems));
                read = new SheetReadResult(result.Value!, [], []);
                break;
            case ".csv":
            case ".txt":
                read = InputSheetReader.Read(CsvFile.Read(path), framework, defaultStage);
                break;
            case ".xlsx":
                read = InputSheetReader.Read(XlsxReader.Read(path), framework, defaultStage);
                break;
            default:
                throw new CliException($"{path}: unknown input format '{extension}'; expected .json (an assessment), .csv or .xlsx (an input sheet from 'parindex template')");
        }
        if (!string.Equals(read.Document.FrameworkId, framework.Info.Id, StringComparison.Ordinal))
            throw new CliException($"{path}: the inputs are for framework '{read.Document.FrameworkId}', not '{framework.Info.Id}'; score them with their own framework");
        // Points under one version of a framework are not points under another: a mismatch is refused, never scored.
        if (read.Document.FrameworkVersion is { } version && !string.Equals(version, framework.Info.Version, StringComparison.Ordinal))
            throw new CliException($"{path}: nhập liệu cho phiên bản '{version}' của bộ chỉ số '{framework.Info.Id}', không phải '{framework.Info.Version}' (the inputs are for version '{version}' of framework '{framework.Info.Id}', not version '{framework.Info.Version}'); "
                + (versionHint ?? "score them with the framework of that version"));
        return read;
    }

    /// <summary>Loads a unit's inputs, refusing a sheet with rows that could not be read.</summary>
    public static AssessmentDocument LoadInputs(string path, Framework framework, Stage defaultStage, string? versionHint = null)
    {
        var read = ReadInputs(path, framework, defaultStage, versionHint);
        if (read.LeftOut.Count > 0) throw new CliException(read.LeftOut);
        return read.Document;
    }
}
