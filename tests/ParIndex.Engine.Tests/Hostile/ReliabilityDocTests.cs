using FluentAssertions;
using ParIndex.Engine.Tests.PublicApi;
using Xunit;

namespace ParIndex.Engine.Tests.Hostile;

/// <summary>docs/reliability.md lists the whole catalogue: every entry, with the outcome the tests assert.</summary>
public class ReliabilityDocTests
{
    [Fact]
    public void Every_catalogue_entry_is_in_docs_reliability_with_its_outcome()
    {
        var doc = File.ReadAllText(Path.Combine(PublicApiTests.RepositoryRoot(), "docs", "reliability.md"));
        foreach (var entry in HostileCatalogue.All)
        {
            doc.Should().Contain($"| `{entry.Name}` |", "docs/reliability.md lists {0}", entry.Name);
            var outcome = entry.Expected.Count == 0 ? "accepted" : Short(entry.Expected[0]);
            doc.Should().Contain(outcome, "the outcome of {0}", entry.Name);
        }
    }

    /// <summary>The message part of an outcome (after the location), as the table shows it.</summary>
    internal static string Short(string outcome)
    {
        var at = outcome.IndexOf(": $", StringComparison.Ordinal);
        var text = at >= 0 ? outcome[(outcome.IndexOf(": ", at + 2, StringComparison.Ordinal) + 2)..] : outcome;
        text = text.StartsWith("unit 'a'", StringComparison.Ordinal) ? text[(text.IndexOf(": ", StringComparison.Ordinal) + 2)..] : text;
        return text.Replace("|", "\\|", StringComparison.Ordinal);
    }

    [Fact]
    public void Render()
    {
        if (Environment.GetEnvironmentVariable("PARINDEX_RENDER_RELIABILITY") != "1") return;
        var lines = HostileCatalogue.All.Select(e =>
            $"| `{e.Name}` | {e.Target} | {e.Description.Replace("|", "\\|", StringComparison.Ordinal)} | {(e.Expected.Count == 0 ? "accepted" : Short(e.Expected[0]))}{(e.Expected.Count > 1 ? $" (+{e.Expected.Count - 1} more)" : string.Empty)} |");
        File.WriteAllLines("/tmp/reliability-rows.md", lines);
    }
}
