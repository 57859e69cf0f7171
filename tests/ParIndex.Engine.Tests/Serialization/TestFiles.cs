namespace ParIndex.Engine.Tests.Serialization;

/// <summary>Paths of the files the test project copies to its output folder.</summary>
internal static class TestFiles
{
    public static string Root => AppContext.BaseDirectory;

    public static string Samples(string sub) => Path.Combine(Root, "samples", sub);

    public static IEnumerable<string> SampleFrameworks => Directory.GetFiles(Samples("frameworks"), "*.json").Order(StringComparer.Ordinal);

    public static IEnumerable<string> SampleAssessments => Directory.GetFiles(Samples("assessments"), "*.json").Order(StringComparer.Ordinal);

    public static string DocsSchema(string name) => Path.Combine(Root, "docs-schema", name);

    public static string Invalid(string name) => Path.Combine(Root, "Serialization", "Invalid", name);
}
