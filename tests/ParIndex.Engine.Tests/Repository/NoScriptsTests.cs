using FluentAssertions;
using ParIndex.Engine.Tests.PublicApi;
using Xunit;

namespace ParIndex.Engine.Tests.Repository;

/// <summary>
/// Nothing in the repository that CI does not exercise: no generator or helper script beside the C# (the schemas are
/// written by tests, the samples and corpora are data checked by tests; see docs/architecture.md, Build rules).
/// The one script allowed is CI's entry point, .ci/run.
/// </summary>
public class NoScriptsTests
{
    private static readonly string[] ScriptExtensions = [".py", ".sh", ".ps1", ".bat", ".cmd", ".js", ".rb", ".pl"];
    private static readonly string[] Skipped = ["bin", "obj", ".git", ".ci", "BenchmarkDotNet.Artifacts", "TestResults", "artifacts", "node_modules"];

    [Fact]
    public void The_repository_holds_no_script_outside_ci()
    {
        var root = PublicApiTests.RepositoryRoot();
        Scripts(new DirectoryInfo(root)).Select(f => Path.GetRelativePath(root, f)).Should().BeEmpty(
            "a script CI does not run rots; write it as a C# test that compares with the committed output, or document the command");
    }

    private static IEnumerable<string> Scripts(DirectoryInfo dir)
    {
        foreach (var file in dir.EnumerateFiles())
            if (ScriptExtensions.Contains(file.Extension, StringComparer.OrdinalIgnoreCase)) yield return file.FullName;
        foreach (var sub in dir.EnumerateDirectories())
            if (!Skipped.Contains(sub.Name, StringComparer.Ordinal))
                foreach (var f in Scripts(sub)) yield return f;
    }
}
