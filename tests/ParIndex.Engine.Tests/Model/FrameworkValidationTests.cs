using FluentAssertions;
using ParIndex.Engine.Model;
using ParIndex.Engine.Rules;
using Xunit;
using static ParIndex.Engine.Tests.Support.Build;
using ParIndex.Engine.Serialization;

namespace ParIndex.Engine.Tests.Model;

public class FrameworkValidationTests
{
    [Fact]
    public void Every_structural_problem_is_reported_at_once_with_its_node_code()
    {
        var areas = new[]
        {
            new Node
            {
                Code = "1", Name = "Lĩnh vực 1", MaxPoints = 12,
                Children =
                [
                    Leaf("1.1", 4, new StepsRule { Measure = Measure.Ratio, Steps = [new() { Threshold = 85, Points = 2 }, new() { Threshold = 90, Points = 1 }] }),
                    Leaf("1.1", 4, Manual()),
                    new Node { Code = "1.3", Name = "Không có quy tắc", MaxPoints = 1 },
                    Leaf("2.4", 1, new ChoiceRule { Options = [new() { Label = "a", Points = 5 }] }),
                ],
            },
            Leaf("3 1", 5, Manual()),
        };

        var act = () => new Framework(Info(), areas, hasher: RuleKindRegistry.BuiltInHasher);

        var problems = act.Should().Throw<FrameworkValidationException>().Which.Problems.Select(p => p.ToString());
        problems.Should().BeEquivalentTo(
            "areas[0].children[0].rule.steps[1].threshold (1.1): thresholds must decrease (\"at least\", best first); 90 follows 85",
            "areas[0].children[1].code (1.1): duplicate code '1.1'",
            "areas[0].children[2].rule (1.3): a leaf needs exactly one rule",
            "areas[0].children[3].code (2.4): code '2.4' does not follow its parent '1'; expected '1.<n>'",
            "areas[0].children[3].rule.options[0].points (2.4): option 'a' gives 5 points; expected 0 to the leaf's max 1",
            "areas[0].maxPoints (1): max points 12 must equal the sum of its children's maxima, 10",
            "areas[1].code (3 1): code '3 1' must be digits separated by dots (\"3.4.1\")");
    }

    [Fact]
    public void Steps_worth_more_than_the_leaf_are_rejected()
    {
        var act = () => new Framework(Info(), [Leaf("1", 2, new StepsRule { Measure = Measure.Count, Steps = [new() { Threshold = 5, Points = 2.5m }] })], hasher: RuleKindRegistry.BuiltInHasher);
        act.Should().Throw<FrameworkValidationException>().Which.Problems.Single().Message
            .Should().Be("step 1 gives 2.5 points; expected 0 to the leaf's max 2");
    }

    [Fact]
    public void Bands_with_a_gap_an_overlap_or_above_the_scale_are_rejected()
    {
        var bands = new Band[]
        {
            new() { Label = "A", MinIndex = 90, MaxIndex = 101 },
            new() { Label = "B", MinIndex = 70, MaxIndex = 85 },
            new() { Label = "C", MinIndex = 50, MaxIndex = 75 },
            new() { Label = "D", MinIndex = 10 },
        };
        var problems = ParIndex.Engine.Model.Framework.Validate(Info(), [Leaf("1", 100, Manual())], bands: bands).Select(p => p.ToString());
        problems.Should().BeEquivalentTo(
            "bands[0].maxIndex: band 'A' ends at 101, above the scale 100",
            "bands[1].maxIndex: gap between band 'B' (ends at 85) and band 'A' (starts at 90)",
            "bands[2].maxIndex: band 'C' (ends at 75) overlaps band 'B' (starts at 70)",
            "bands[3].minIndex: the lowest band must start at 0 so every index has a band; it starts at 10");
    }

    [Fact]
    public void Parts_must_cover_every_area_once_and_sum_to_their_areas()
    {
        var parts = new Part[]
        {
            new() { Code = "TĐ", Name = "Thẩm định", MaxPoints = 60, AreaCodes = ["1"] },
            new() { Code = "ĐT", Name = "Điều tra", MaxPoints = 30, AreaCodes = ["1"] },
        };
        var problems = ParIndex.Engine.Model.Framework.Validate(Info(), [Leaf("1", 70, Manual()), Leaf("2", 30, Manual())], parts: parts).Select(p => p.ToString());
        problems.Should().BeEquivalentTo(
            "parts[0].maxPoints: max points 60 must equal the sum of its areas' maxima, 70",
            "parts[1].areas[0] (1): area '1' is already in part 'TĐ'",
            "parts[1].maxPoints: max points 30 must equal the sum of its areas' maxima, 70",
            "parts (2): area '2' is in no part; with parts declared every area belongs to exactly one");
    }

    [Fact]
    public void A_tree_deeper_than_4_levels_is_rejected()
    {
        var deep = Parent("1", Parent("1.1", Parent("1.1.1", Parent("1.1.1.1", Leaf("1.1.1.1.1", 1, Manual())))));
        ParIndex.Engine.Model.Framework.Validate(Info(), [deep]).Should().ContainSingle()
            .Which.Message.Should().Be("the tree is at most 4 levels deep (area → criterion → sub-criterion → item)");
    }

    [Fact]
    public void A_disqualifier_must_name_a_band()
    {
        var problems = ParIndex.Engine.Model.Framework.Validate(Info(), [Leaf("1", 100, Manual())],
            bands: [new() { Label = "Tốt", MinIndex = 0 }],
            disqualifiers: [new() { Code = "K1", Name = "Kỷ luật", HighestBand = "Khá" }]);
        problems.Single().ToString().Should().Be("disqualifiers[0].highestBand: 'Khá' is not a band of this framework; expected one of 'Tốt'");
    }

    [Fact]
    public void The_model_is_immutable_collections_are_copied()
    {
        var children = new List<Node> { Leaf("1.1", 1, Manual()) };
        var parent = new Node { Code = "1", Name = "Một", MaxPoints = 1, Children = children };
        children.Add(Leaf("1.2", 1, Manual()));
        parent.Children.Should().HaveCount(1);
    }
}
