using FluentAssertions;
using ParIndex.Engine.Evaluation;
using ParIndex.Engine.Model;
using ParIndex.Engine.Rules;
using Xunit;
using static ParIndex.Engine.Tests.Support.Build;
using ParIndex.Engine.Serialization;

namespace ParIndex.Engine.Tests.Evaluation;

/// <summary>What cuts across every leaf: missing input, evidence, not applicable, adjustments, bands, stages.</summary>
public class CrossCuttingTests
{
    private static CompiledFramework Compile(Node[] areas, ScoringPolicy? policy = null, Band[]? bands = null,
        Adjustment[]? adjustments = null, Disqualifier[]? disqualifiers = null) =>
        FrameworkCompiler.Compile(new Framework(Info(), areas, policy, bands, adjustments: adjustments, disqualifiers: disqualifiers, hasher: RuleKindRegistry.BuiltInHasher));

    [Fact]
    public void A_leaf_with_no_input_gives_0_with_the_status_missing_input()
    {
        var compiled = Compile([Leaf("1", 60, Manual()), Leaf("2", 40, Manual())]);
        var card = compiled.Score(Unit("u", ("1", Points(60))));
        card["2"].Awarded.Should().Be(0m);
        card["2"].Status.Should().Be(NodeStatus.MissingInput);
        card["2"].Reasons.Single().Code.Should().Be(ReasonCode.MissingInput);
        card.Index.Should().Be(60m);
    }

    [Theory]
    [InlineData(EvidenceStatus.Missing, "evidence-missing")]
    [InlineData(EvidenceStatus.Insufficient, "evidence-insufficient")]
    public void Without_adequate_evidence_a_leaf_gives_0_whatever_is_claimed(EvidenceStatus status, string reason)
    {
        var leaf = Leaf("1", 3, new AllOrNothingRule()) with { Evidence = new EvidenceRequirement() };
        var card = Compile([leaf]).Score(Unit("u", ("1", new LeafInput { Met = true, Evidence = status })));
        card["1"].Awarded.Should().Be(0m);
        card["1"].Status.Should().Be(NodeStatus.EvidenceRejected);
        card["1"].Reasons.Single().Code.Value.Should().Be(reason);
        card["1"].Reasons.Single().English.Should().Contain("whatever was claimed");
    }

    [Fact]
    public void Evidence_provided_gives_the_points()
    {
        var leaf = Leaf("1", 3, new AllOrNothingRule()) with { Evidence = new EvidenceRequirement { ReferencesRequired = true } };
        var card = Compile([leaf]).Score(Unit("u", ("1", new LeafInput { Met = true, Evidence = EvidenceStatus.Provided, References = ["Kế hoạch 12/KH-UBND"] })));
        card["1"].Awarded.Should().Be(3m);
    }

    [Fact]
    public void Evidence_provided_with_no_reference_where_references_are_required_is_an_input_error()
    {
        var leaf = Leaf("1", 3, new AllOrNothingRule()) with { Evidence = new EvidenceRequirement { ReferencesRequired = true } };
        var card = Compile([leaf]).Score(Unit("u", ("1", new LeafInput { Met = true, Evidence = EvidenceStatus.Provided })));
        card.Errors.Single().ToString().Should().Be(
            "unit 'u', 1: evidence is marked 'provided' but cites no reference; this leaf requires at least one reference (a document number or link)");
    }

    [Theory]
    [InlineData(NotApplicablePolicy.Exclude, "0", "0", "100")]
    [InlineData(NotApplicablePolicy.FullPoints, "10", "10", "100")]
    [InlineData(NotApplicablePolicy.Zero, "0", "10", "90")]
    public void Not_applicable_follows_the_framework_policy(NotApplicablePolicy policy, string awarded, string applicable, string index)
    {
        var compiled = Compile([Leaf("1", 90, Manual()), Leaf("2", 10, new AllOrNothingRule())], ScoringPolicy.Default with { NotApplicable = policy });
        var card = compiled.Score(Unit("u", ("1", Points(90)), ("2", NotApplicable())));
        card["2"].Awarded.Should().Be(Dec(awarded));
        card["2"].ApplicableMaxPoints.Should().Be(Dec(applicable));
        card.Index.Should().Be(Dec(index));
    }

    [Fact]
    public void A_leaf_overrides_the_framework_not_applicable_policy()
    {
        var compiled = Compile([Leaf("1", 90, Manual()), Leaf("2", 10, new AllOrNothingRule()) with { NotApplicable = NotApplicablePolicy.Zero }]);
        compiled.Score(Unit("u", ("1", Points(90)), ("2", NotApplicable()))).Index.Should().Be(90m);
    }

    [Fact]
    public void A_parent_whose_children_are_all_excluded_is_excluded_and_the_index_rebased()
    {
        var compiled = Compile([Parent("1", Leaf("1.1", 5, new AllOrNothingRule()), Leaf("1.2", 5, new AllOrNothingRule())), Leaf("2", 90, Manual())]);
        var card = compiled.Score(Unit("u", ("1.1", NotApplicable()), ("1.2", NotApplicable()), ("2", Points(81))));
        card["1"].Status.Should().Be(NodeStatus.NotApplicable);
        card["1"].ApplicableMaxPoints.Should().Be(0m);
        card.Index.Should().Be(90m); // 81 / 90 × 100
    }

    [Fact]
    public void An_input_marked_not_applicable_must_not_carry_a_value()
    {
        var card = Compile([Leaf("1", 1, new AllOrNothingRule())]).Score(Unit("u", ("1", new LeafInput { NotApplicable = true, Met = true })));
        card.Errors.Single().Message.Should().Be("an input marked not applicable must not also carry a value; remove the value or the 'notApplicable' flag");
    }

    [Fact]
    public void A_best_of_parent_gives_the_best_of_its_children()
    {
        var parent = new Node
        {
            Code = "1", Name = "Một trong hai", MaxPoints = 3, Aggregation = Aggregation.BestOf,
            Children = [Leaf("1.1", 3, Manual()), Leaf("1.2", 2, Manual())],
        };
        var card = Compile([parent, Leaf("2", 97, Manual())]).Score(Unit("u", ("1.1", Points(1)), ("1.2", Points(2)), ("2", Points(97))));
        card["1"].Awarded.Should().Be(2m);
        card["1"].MaxPoints.Should().Be(3m);
        card.Index.Should().Be(99m);
    }

    [Fact]
    public void Penalties_at_a_node_are_capped_and_never_take_it_below_0()
    {
        var area = Parent("1", Leaf("1.1", 4, Manual())) with
        {
            Adjustments = [new Adjustment { Code = "KL", Name = "Cán bộ bị kỷ luật", Kind = AdjustmentKind.Penalty, PointsPerOccurrence = 1, Cap = 3 }],
        };
        var compiled = Compile([area, Leaf("2", 96, Manual())]);
        StageInputs Inputs(decimal points, int disciplined) => new()
        {
            Inputs = new Dictionary<string, LeafInput> { ["1.1"] = Points(points), ["2"] = Points(96) },
            Adjustments = new Dictionary<string, int> { ["KL"] = disciplined },
        };
        UnitAssessment U(decimal points, int disciplined) => new() { UnitId = "u", UnitName = "u", Stages = new Dictionary<Stage, StageInputs> { [Stage.Appraisal1] = Inputs(points, disciplined) } };

        compiled.Score(U(4, 2))["1"].Awarded.Should().Be(2m);
        compiled.Score(U(4, 5))["1"].Awarded.Should().Be(1m, "the penalty is capped at 3");
        var card = compiled.Score(U(1, 5));
        card["1"].Awarded.Should().Be(0m, "a node never goes below 0");
        card["1"].Reasons.Should().Contain(r => r.Code == ReasonCode.Penalty);
        card.Adjustments.Single().Points.Should().Be(3m);
    }

    [Theory]
    [InlineData(false, "100")]
    [InlineData(true, "107")]
    public void A_bonus_on_the_total_lifts_the_index_within_the_scale_unless_declared_uncapped(bool uncapped, string index)
    {
        var bonus = new Adjustment { Code = "SK", Name = "Sáng kiến được công nhận", Kind = AdjustmentKind.Bonus, FixedPoints = 10, Cap = 10 };
        var compiled = Compile([Leaf("1", 100, Manual())], ScoringPolicy.Default with { IndexUncapped = uncapped }, adjustments: [bonus]);
        var unit = new UnitAssessment
        {
            UnitId = "u", UnitName = "u",
            Stages = new Dictionary<Stage, StageInputs>
            {
                [Stage.Appraisal1] = new() { Inputs = new Dictionary<string, LeafInput> { ["1"] = Points(97) }, Adjustments = new Dictionary<string, int> { ["SK"] = 1 } },
            },
        };
        compiled.Score(unit).Index.Should().Be(Dec(index));
    }

    private static readonly Band[] Bands =
    [
        new() { Label = "Xuất sắc", MinIndex = 90 }, new() { Label = "Tốt", MinIndex = 80 }, new() { Label = "Khá", MinIndex = 0 },
    ];

    [Fact]
    public void Bands_compare_on_the_rounded_index()
    {
        // 8999/100 of 100 → 89.99; 89.995 rounds half away from zero to 90.00 → Xuất sắc.
        var compiled = Compile([Leaf("1", 100, new ProportionalRule { Measure = Measure.Value, Target = 100 })], ScoringPolicy.Default with { Rounding = Rounding.Default with { LeafDecimals = 3 } }, Bands);
        compiled.Score(Unit("u", ("1", Value(89.995m)))).Band.Should().Be("Xuất sắc");
        compiled.Score(Unit("u", ("1", Value(89.994m)))).Band.Should().Be("Tốt");
    }

    [Fact]
    public void A_disqualifier_caps_the_band_whatever_the_score()
    {
        var disqualifier = new Disqualifier { Code = "K1", Name = "Người đứng đầu bị kỷ luật", HighestBand = "Tốt" };
        var compiled = Compile([Leaf("1", 100, Manual())], bands: Bands, disqualifiers: [disqualifier]);
        var unit = new UnitAssessment
        {
            UnitId = "u", UnitName = "u",
            Stages = new Dictionary<Stage, StageInputs>
            {
                [Stage.Appraisal1] = new() { Inputs = new Dictionary<string, LeafInput> { ["1"] = Points(95) }, Disqualifiers = ["K1"] },
            },
        };
        var card = compiled.Score(unit);
        card.Index.Should().Be(95m);
        card.Band.Should().Be("Tốt");
        card.BandCappedBy.Should().Equal("K1");
    }

    [Fact]
    public void The_final_stage_is_the_latest_appraisal_present()
    {
        var compiled = Compile([Leaf("1", 100, Manual())]);
        var unit = new UnitAssessment
        {
            UnitId = "u", UnitName = "u",
            Stages = new Dictionary<Stage, StageInputs>
            {
                [Stage.SelfAssessment] = new() { Inputs = new Dictionary<string, LeafInput> { ["1"] = Points(99) } },
                [Stage.Appraisal1] = new() { Inputs = new Dictionary<string, LeafInput> { ["1"] = Points(80) } },
                [Stage.Appraisal2] = new() { Inputs = new Dictionary<string, LeafInput> { ["1"] = Points(85) } },
            },
        };
        var card = compiled.Score(unit);
        card.Stage.Should().Be(Stage.Appraisal2);
        card.Index.Should().Be(85m);
        compiled.Score(unit, Stage.Appraisal1).Index.Should().Be(80m);
    }

    [Fact]
    public void Without_an_appraisal_there_is_no_final_score_and_the_card_says_why()
    {
        var compiled = Compile([Leaf("1", 100, Manual())]);
        var card = compiled.Score(Unit("u", Stage.SelfAssessment, new Dictionary<string, LeafInput> { ["1"] = Points(99) }));
        card.IsScored.Should().BeFalse();
        card.Errors.Single().ToString().Should().Be("unit 'u': no appraisal (Appraisal1 or Appraisal2) to give the final score; stages present: SelfAssessment");
    }

    [Fact]
    public void Every_bad_input_of_a_unit_is_reported_at_once()
    {
        var compiled = Compile([Parent("1", Leaf("1.1", 5, Manual()), Leaf("1.2", 5, new AllOrNothingRule())), Leaf("2", 90, Manual())]);
        var card = compiled.Score(Unit("u", ("1", Points(5)), ("1.2", Points(1)), ("9.9", Points(1)), ("2", Points(45.1m))));
        card.Errors.Select(e => e.ToString()).Should().BeEquivalentTo(
            "unit 'u', 1: '1' has children and takes its points from them; enter inputs for 1.1, 1.2",
            "unit 'u', 1.2: expected 'met' (true or false)",
            "unit 'u', 9.9: no node '9.9' in framework 'test-framework'; expected a leaf code such as '1.1'",
            "unit 'u', 2: points 45.1 are off the step; expected a multiple of 0.25");
    }

    [Fact]
    public void The_card_carries_the_framework_identity()
    {
        var framework = new Framework(Info(), [Leaf("1", 100, Manual())], hasher: RuleKindRegistry.BuiltInHasher);
        var card = FrameworkCompiler.Compile(framework).Score(Unit("u", ("1", Points(50))));
        card.Framework.Id.Should().Be("test-framework");
        card.Framework.Version.Should().Be("1.0.0");
        card.Framework.ContentHash.Should().Be(framework.ContentHash).And.MatchRegex("^[0-9a-f]{64}$");
    }
}
