using System.Text;
using FluentAssertions;
using ParIndex.Engine.Model;
using ParIndex.Engine.Tests.Support;
using Xunit;

namespace ParIndex.Engine.Tests.PublicApi;

/// <summary>
/// The public API of ParIndex.Engine is tracked in ParIndex.Engine.approved.txt beside this file. A change to the
/// public surface fails this test until the approved file is updated on purpose:
/// <c>PARINDEX_APPROVE_API=1 dotnet test tests/ParIndex.Engine.Tests --filter PublicApi</c>, then review the diff.
/// </summary>
public class PublicApiTests
{
    [Fact]
    public void The_public_api_matches_the_approved_listing()
    {
        var actual = PublicApiListing.Of(typeof(Framework).Assembly);
        var approvedPath = Path.Combine(RepositoryRoot(), "tests", "ParIndex.Engine.Tests", "PublicApi", "ParIndex.Engine.approved.txt");
        if (Environment.GetEnvironmentVariable("PARINDEX_APPROVE_API") == "1")
            File.WriteAllText(approvedPath, actual, new UTF8Encoding(false));
        File.Exists(approvedPath).Should().BeTrue("the approved listing is committed at {0}", approvedPath);
        actual.Should().Be(File.ReadAllText(approvedPath),
            "the public API changed; if on purpose, run PARINDEX_APPROVE_API=1 dotnet test tests/ParIndex.Engine.Tests --filter PublicApi and commit the diff");
    }

    [Fact]
    public void Public_classes_are_sealed_unless_meant_for_extension()
    {
        var meantForExtension = new HashSet<string> { "ParIndex.Engine.Rules.Rule" };
        typeof(Framework).Assembly.GetExportedTypes()
            .Where(t => t.IsClass && !t.IsSealed && !(t.IsAbstract && t.IsSealed))
            .Select(t => t.FullName)
            .Where(n => !meantForExtension.Contains(n!) && !n!.Contains("RuleKind", StringComparison.Ordinal))
            .Should().BeEmpty();
    }

    internal static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ParIndex.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("ParIndex.sln not found above " + AppContext.BaseDirectory);
    }
}
