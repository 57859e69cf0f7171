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
        if (!result.Succeeded) throw new CliException([.. result.Problems.Select(p => p.ToString())]);
        return result.Value!;
    }

    /// <summary>Parses a framework from text (the bundled demo).</summary>
    public static Framework ParseFramework(string json, string name)
    {
        var result = ParIndexJson.Default.ParseFramework(json, name);
        if (!result.Succeeded) throw new CliException([.. result.Problems.Select(p => p.ToString())]);
        return result.Value!;
    }

    /// <summary>Parses an assessment from text (the bundled demo).</summary>
    public static AssessmentDocument ParseAssessment(string json, string name)
    {
        var result = ParIndexJson.Default.ParseAssessment(json, name);
        if (!result.Succeeded) throw new CliException([.. result.Problems.Select(p => p.ToString())]);
        return result.Value!;
    }

    /// <summary>
    /// Loads a unit's inputs: an assessment JSON, or an input sheet (.csv, .xlsx) laid out as the template. Rows
    /// of a sheet that could not be read are in the result's <see cref="SheetReadResult.LeftOut"/>.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="framework">The framework the inputs are for.</param>
    /// <param name="defaultStage">The stage of sheet rows whose stage cell is empty.</param>
    public static SheetReadResult ReadInputs(string path, Framework framework, Stage defaultStage)
    {
        RequireFile(path);
        var extension = Path.GetExtension(path).ToLowerInvariant();
        SheetReadResult read;
        switch (extension)
        {
            case ".json":
                var result = ParIndexJson.Default.LoadAssessment(path);
                if (!result.Succeeded) throw new CliException([.. result.Problems.Select(p => p.ToString())]);
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
        return read;
    }

    /// <summary>Loads a unit's inputs, refusing a sheet with rows that could not be read.</summary>
    public static AssessmentDocument LoadInputs(string path, Framework framework, Stage defaultStage)
    {
        var read = ReadInputs(path, framework, defaultStage);
        if (read.LeftOut.Count > 0) throw new CliException(read.LeftOut);
        return read.Document;
    }
}
