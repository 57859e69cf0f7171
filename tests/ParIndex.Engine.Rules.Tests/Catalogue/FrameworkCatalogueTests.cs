using FluentAssertions;
using ParIndex.Engine.Model;
using ParIndex.Engine.Catalogue;
using ParIndex.Engine.Scenarios;
using Xunit;

namespace ParIndex.Engine.Rules.Tests.Catalogue;

public class FrameworkCatalogueTests
{
    public static TheoryData<string> Ids() => [.. FrameworkCatalogue.All.Select(e => e.Id)];

    [Theory]
    [MemberData(nameof(Ids))]
    public void Each_entry_loads_and_says_where_it_comes_from_and_how_complete_it_is(string id)
    {
        var entry = FrameworkCatalogue.Get(id);
        var framework = entry.LoadFramework();

        framework.Info.Id.Should().Be(entry.Id);
        framework.Info.Issuer.Should().Be(entry.Issuer);
        framework.Info.UnitLevel.Should().Be(entry.UnitLevel);
        framework.Info.Year.Should().Be(entry.Year);
        entry.Provenance.Decision.Should().StartWith("Quyết định số ");
        framework.Info.LegalBasis.Should().StartWith(entry.Provenance.Decision);
        entry.Provenance.Source.Should().NotBeNullOrWhiteSpace();
        (entry.Completeness == Completeness.Complete ? entry.MissingParts.Length == 0 : entry.MissingParts.Length > 0).Should().BeTrue();
        FrameworkCatalogue.Find(entry.Issuer, entry.UnitLevel, entry.Year).Should().BeSameAs(entry);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Each_entry_ships_scenarios_of_its_published_figures_and_they_pass(string id)
    {
        var report = ScenarioRunner.RunCatalogue(FrameworkCatalogue.Get(id));

        report.Problems.Should().BeEmpty();
        report.Results.Should().NotBeEmpty();
        report.Results.Should().AllSatisfy(r => r.Failures.Should().BeEmpty(r.Name));
    }

    [Fact]
    public void Area_level_entries_hold_areas_only_and_partial_ones_mark_their_filler()
    {
        foreach (var entry in FrameworkCatalogue.All.Where(e => e.Completeness == Completeness.AreaLevelOnly))
            entry.LoadFramework().Areas.Should().OnlyContain(a => a.IsLeaf, entry.Id);
        var chiLang = FrameworkCatalogue.Get("chi-lang-commune-2023");
        chiLang.Completeness.Should().Be(Completeness.Partial);
        var filler = chiLang.LoadFramework().AllNodes.Where(n => n.Code.EndsWith(".0", StringComparison.Ordinal) || n.Code is "4" or "5" or "8").ToList();
        filler.Should().NotBeEmpty().And.OnlyContain(n => n.Name.Contains("không phải tiêu chí của huyện", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_id_lists_the_catalogue()
    {
        var act = () => FrameworkCatalogue.Get("ha-noi-2030");
        act.Should().Throw<KeyNotFoundException>().WithMessage("No framework 'ha-noi-2030' in the catalogue; expected one of thanh-tri-commune-2018, phu-yen-commune-2022, muong-te-commune-2022, chi-lang-commune-2023.");
        FrameworkCatalogue.Find("UBND huyện Thạnh Trị", UnitLevel.District, 2018).Should().BeNull();
    }
}
