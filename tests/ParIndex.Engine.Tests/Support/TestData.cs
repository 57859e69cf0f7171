namespace ParIndex.Engine.Tests.Support;

/// <summary>Reads the test data copied next to the tests (never ../shared).</summary>
internal static class TestData
{
    public static string PathOf(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "TestData", .. parts]);

    /// <summary>Reads a small CSV (no quoted commas) into header-keyed rows.</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Csv(params string[] parts)
    {
        var lines = File.ReadAllLines(PathOf(parts)).Where(l => l.Length > 0).ToArray();
        var header = lines[0].Split(',');
        return [.. lines.Skip(1).Select(l => (IReadOnlyDictionary<string, string>)header.Zip(l.Split(',')).ToDictionary(p => p.First, p => p.Second))];
    }
}
