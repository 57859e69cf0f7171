using ParIndex.Engine.Model;
using ParIndex.Engine.Results;

namespace ParIndex.Engine.Serialization;

/// <summary>
/// Reads and writes the three ParIndex documents (framework, assessment, score card). Reading never throws for bad
/// input: it returns every problem with file, JSON path, line and column. Writing is stable (same value, same
/// bytes) and keeps Vietnamese text readable (UTF-8, unescaped). Thread-safe.
/// </summary>
public sealed class ParIndexJson
{
    /// <summary>An instance with the default limits and the built-in rule kinds.</summary>
    public static ParIndexJson Default { get; } = new();

    /// <summary>Creates an instance with the given limits (the defaults when <see langword="null"/>).</summary>
    public ParIndexJson(JsonLimits? limits = null) => Limits = limits ?? JsonLimits.Default;

    /// <summary>The limits enforced while reading.</summary>
    public JsonLimits Limits { get; }

    /// <summary>Loads a framework file.</summary>
    public LoadResult<Framework> LoadFramework(string path) => throw new NotImplementedException();

    /// <summary>Reads a framework from JSON text; <paramref name="fileName"/> names it in problems.</summary>
    public LoadResult<Framework> ParseFramework(string json, string fileName = "<input>") => throw new NotImplementedException();

    /// <summary>Writes a framework as indented, stable, unescaped UTF-8 JSON with "$schema" first.</summary>
    public string WriteFramework(Framework framework) => throw new NotImplementedException();

    /// <summary>Loads an assessment file.</summary>
    public LoadResult<AssessmentDocument> LoadAssessment(string path) => throw new NotImplementedException();

    /// <summary>Reads an assessment from JSON text.</summary>
    public LoadResult<AssessmentDocument> ParseAssessment(string json, string fileName = "<input>") => throw new NotImplementedException();

    /// <summary>Writes an assessment document.</summary>
    public string WriteAssessment(AssessmentDocument assessment) => throw new NotImplementedException();

    /// <summary>Writes score cards as a score card document.</summary>
    public string WriteScoreCards(IEnumerable<ScoreCard> cards) => throw new NotImplementedException();
}
