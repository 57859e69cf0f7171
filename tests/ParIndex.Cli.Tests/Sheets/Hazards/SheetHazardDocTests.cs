using FluentAssertions;
using Xunit;

namespace ParIndex.Cli.Tests.Sheets.Hazards;

/// <summary>docs/reliability.md lists every entry of the spreadsheet hazard catalogue.</summary>
public class SheetHazardDocTests
{
    [Fact]
    public void Every_hazard_is_in_docs_reliability()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ParIndex.sln"))) dir = dir.Parent;
        dir.Should().NotBeNull("the tests run inside the repository");
        var doc = File.ReadAllText(Path.Combine(dir!.FullName, "docs", "reliability.md"));
        foreach (var name in SheetHazardCatalogueTests.Catalogue.Keys)
        {
            var (code, what) = (name[..name.IndexOf(':', StringComparison.Ordinal)], name[(name.IndexOf(':', StringComparison.Ordinal) + 2)..]);
            doc.Should().Contain($"| `{code}` | {what} |", "docs/reliability.md lists {0}", name);
        }
    }
}
