using FluentAssertions;
using ParIndex.Engine.Evaluation;
using ParIndex.Engine.Model;
using ParIndex.Engine.Results;
using ParIndex.Engine.Rules;
using ParIndex.Engine.Tests.Support;
using Xunit;
using static ParIndex.Engine.Tests.Support.Build;
using ParIndex.Engine.Serialization;

namespace ParIndex.Engine.Tests.Evaluation;

/// <summary>Published figures from the seed reports (copied to TestData/golden), reproduced by the engine.</summary>
public class GoldenTests
{
    [Fact]
    public void Thanh_Tri_2018_every_unit_total_and_band_as_published()
    {
        var compiled = FrameworkCompiler.Compile(GoldenFrameworks.ThanhTri());
        var cards = GoldenFrameworks.ThanhTriUnits().Select(u => (Published: u.PublishedTotal, Card: compiled.Score(u.Unit))).ToList();

        cards.Should().HaveCount(10);
        cards.Should().AllSatisfy(c =>
        {
            c.Card.Errors.Should().BeEmpty();
            c.Card.Index.Should().Be(c.Published, "the published total of {0}", c.Card.UnitName);
            c.Card.Total.Should().Be(c.Published);
        });
        // Published: 3 "rất tốt" (≥ 90), 6 "tốt" (80 to < 90), 1 "khá" (70 to < 80).
        cards.GroupBy(c => c.Card.Band).ToDictionary(g => g.Key!, g => g.Count())
            .Should().BeEquivalentTo(new Dictionary<string, int> { ["Rất tốt"] = 3, ["Tốt"] = 6, ["Khá"] = 1 });
        cards.Single(c => c.Card.UnitName == "Xã Lâm Kiệt").Card.Band.Should().Be("Khá");
        cards.Single(c => c.Card.UnitName == "TT Hưng Lợi").Card.Band.Should().Be("Tốt", "80 is the inclusive lower bound of Tốt");
    }

    [Fact]
    public void Y_Tich_2023_appraised_85_self_assessed_93_with_the_published_losses()
    {
        var compiled = FrameworkCompiler.Compile(YTich.Framework());
        var unit = YTich.Unit();

        var appraised = compiled.Score(unit, Stage.Final);
        var claimed = compiled.Score(unit, Stage.SelfAssessment);

        appraised.Errors.Should().BeEmpty();
        claimed.Errors.Should().BeEmpty();
        appraised.Stage.Should().Be(Stage.Appraisal1);
        appraised.Index.Should().Be(85m);
        claimed.Index.Should().Be(93m);

        var published = TestData.Csv("golden", "y-tich-2023", "criteria.csv");
        appraised.BelowMax.Select(n => n.Code).Should().Equal(published.Select(p => p["criterion_code"]));
        foreach (var row in published)
        {
            var node = appraised[row["criterion_code"]];
            node.MaxPoints.Should().Be(Dec(row["criterion_max"]));
            node.Awarded.Should().Be(Dec(row["criterion_awarded"]), "published for {0}", node.Code);
            node.Reasons.Should().NotBeEmpty().And.OnlyContain(r => r.English.Length > 0 && r.Vietnamese.Length > 0);
        }
        foreach (var area in published.GroupBy(p => p["area_code"]))
        {
            var first = area.First();
            appraised[area.Key].MaxPoints.Should().Be(Dec(first["area_max"]));
            appraised[area.Key].Awarded.Should().Be(Dec(first["area_awarded"]));
        }
        published.Select(p => p["area_code"]).Distinct().Select(a => appraised[a].Lost).Should().Equal(3m, 1m, 4m, 1m, 6m);
        appraised.Nodes.Where(n => n.Level == 1).Sum(n => n.Lost).Should().Be(15m);

        // The reasons say which rule, which input, which threshold.
        appraised["3.4.1"].Reasons.Single().Code.Should().Be(ReasonCode.BelowAllSteps);
        appraised["3.4.1"].Reasons.Single().English.Should().Contain("80 %").And.Contain("≥ 90 %");
        appraised["7.6"].Reasons.Single().Code.Should().Be(ReasonCode.NotApplicableZero);
        appraised["1.5"].Reasons.Single().Code.Should().Be(ReasonCode.NotMet);
        appraised["6.3.3"].Reasons.Single().Code.Should().Be(ReasonCode.EvidenceMissing);

        var comparison = StageComparison.Between(claimed, appraised);
        comparison.IndexDelta.Should().Be(-8m);
        comparison.OverClaimed.Sum(d => -d.Delta).Should().Be(8m);
        comparison.OverClaimed.Select(d => d.Code).Should().Equal("2.1", "3.4.1", "3.4.2", "6.3.3", "7.2", "7.4.1");
    }

    [Theory]
    [InlineData("54", "77.14", "B")] // Tường Phù, the highest published
    [InlineData("21", "30", "D")]    // Huy Tường, the lowest published
    [InlineData("63", "90", "A")]
    [InlineData("49", "70", "B")]
    [InlineData("35", "50", "C")]
    [InlineData("34.5", "49.29", "D")]
    public void Phu_Yen_2022_raw_70_is_converted_to_100_and_banded_A_to_D(string raw, string index, string band)
    {
        var framework = GoldenFrameworks.PhuYen();
        framework.MaxPoints.Should().Be(70m);

        var card = FrameworkCompiler.Compile(framework).Score(GoldenFrameworks.PhuYenUnit(framework, "u", Dec(raw)));

        card.Total.Should().Be(Dec(raw));
        card.Index.Should().Be(Dec(index));
        card.Band.Should().Be(band);
    }

    [Fact]
    public void Rebasing_36_5_awarded_of_45_applicable_in_a_50_point_part_gives_40_56()
    {
        // Part "TĐ" (appraisal, 50): ten 5-point leaves; one is not applicable, 36.5 awarded of the 45 that apply.
        var appraisalLeaves = Enumerable.Range(1, 10).Select(i => Leaf($"1.{i}", 5m, Manual(0.5m))).ToArray();
        var appraisal = Parent("1", appraisalLeaves);
        var survey = Leaf("2", 50m, new SurveyRule());
        var parts = new Part[]
        {
            new() { Code = "TĐ", Name = "Thẩm định", MaxPoints = 50, AreaCodes = ["1"] },
            new() { Code = "ĐT", Name = "Điều tra xã hội học", MaxPoints = 50, AreaCodes = ["2"] },
        };
        var framework = new Framework(Info(), [appraisal, survey], parts: parts, hasher: RuleKindRegistry.BuiltInHasher);
        var awarded = new[] { 5m, 5m, 5m, 5m, 5m, 4.5m, 4m, 3m, 0m };
        var inputs = awarded.Select((p, i) => (Code: $"1.{i + 1}", Input: Points(p)))
            .Append((Code: "1.10", Input: NotApplicable()))
            .Append((Code: "2", Input: Value(100m)))
            .ToDictionary(x => x.Code, x => x.Input);

        var card = FrameworkCompiler.Compile(framework).Score(Unit("u", Stage.Appraisal1, inputs));

        var part = card.Parts.Single(p => p.Code == "TĐ");
        part.Awarded.Should().Be(36.5m);
        part.ApplicableMaxPoints.Should().Be(45m);
        part.Converted.Should().Be(40.56m);
        card["1.10"].Status.Should().Be(NodeStatus.NotApplicable);
        card["1"].ApplicableMaxPoints.Should().Be(45m);
        card.Index.Should().Be(90.56m);
    }
}
