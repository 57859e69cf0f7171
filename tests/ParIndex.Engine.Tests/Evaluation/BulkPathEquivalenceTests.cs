using FluentAssertions;
using ParIndex.Engine.Evaluation;
using ParIndex.Engine.Model;
using ParIndex.Engine.Messages;
using ParIndex.Engine.Rules;
using Xunit;
using ParIndex.Engine.Tests.Support;
using ParIndex.Engine.Serialization;

namespace ParIndex.Engine.Tests.Evaluation;

/// <summary>
/// The bulk path (flattened ops, a switch on built-in kinds, tabulated deductions) must give exactly what the
/// reference evaluation gives (the tree walk calling each rule's Evaluate): same points, status, reason, measure
/// and match for every leaf, same node points, parts, index and band for every unit, same error slot.
/// </summary>
public class BulkPathEquivalenceTests
{
    private static readonly decimal NegativeZero = new(0, 0, 0, true, 0);

    /// <summary>A rule kind the engine does not know: called virtually; gives non-terminating decimals.</summary>
    private sealed record ThirdsRule : Rule
    {
        public override string Kind => "customThirds";
        public override IEnumerable<RuleProblem> Validate(RuleContext context) => [];
        public override ErrorMessage? TryEncode(LeafInput input, RuleContext context, out InputCell cell)
        {
            cell = InputCell.Value(input.Value ?? 0m);
            return null;
        }
        public override LeafResult Evaluate(in InputCell cell, in RuleContext context) =>
            cell.First < 0m ? LeafResult.Error
            : cell.First == 7m ? LeafResult.NotApplicable
            : LeafResult.Of(Math.Min(context.MaxPoints, cell.First / 3m), context.MaxPoints, ReasonCode.Proportional, cell.First);
        public override RuleExplanation Explain(in InputCell cell, in LeafResult result, in RuleContext context) => new("-", null, "-", "-");
        public override string Describe() => "thirds";
    }

    /// <summary>Its JSON kind: no parameters. The content hash is written by the kinds, so a custom rule needs one.</summary>
    private sealed class ThirdsKind : RuleKind<ThirdsRule>
    {
        public override string Name => "customThirds";
        public override IReadOnlyList<string> Properties => [];
        protected override ThirdsRule ReadRule(RuleReader reader) => new();
        protected override void WriteRule(ThirdsRule rule, RuleWriter writer) { }
    }

    private static readonly IFrameworkHasher Kinds = new RuleKindRegistry().Add(new ThirdsKind());

    private static Node Leaf(string code, decimal max, Rule rule, EvidenceRequirement? evidence = null, NotApplicablePolicy? na = null, params Adjustment[] adjustments) =>
        new() { Code = code, Name = "Tiêu chí " + code, MaxPoints = max, Rule = rule, Evidence = evidence, NotApplicable = na, Adjustments = adjustments };

    private static Node Parent(string code, Aggregation aggregation, params Node[] children) => new()
    {
        Code = code,
        Name = "Nhóm " + code,
        Aggregation = aggregation,
        MaxPoints = aggregation == Aggregation.BestOf ? children.Max(c => c.MaxPoints) : children.Sum(c => c.MaxPoints),
        Children = children,
    };

    private static Adjustment Penalty(string code, decimal per, decimal cap) =>
        new() { Code = code, Name = code, Kind = AdjustmentKind.Penalty, PointsPerOccurrence = per, Cap = cap };

    private static Adjustment Bonus(string code, decimal fixedPoints) =>
        new() { Code = code, Name = code, Kind = AdjustmentKind.Bonus, FixedPoints = fixedPoints, Cap = fixedPoints };

    /// <summary>
    /// The compiled framework with its relative-to-best references fixed, as the cohort's first pass leaves them: found
    /// by <see cref="ParIndex.Engine.Cohorts.CohortScorer"/> over a fixed cohort of mostly valid rows (or, with <paramref name="nobody"/>,
    /// a cohort where nobody did anything: every reference 0).
    /// </summary>
    private static CompiledFramework WithFixedReferences(CompiledFramework compiled, int seed, bool nobody = false)
    {
        var random = new Random(seed);
        var cohort = Enumerable.Range(0, 12).Select(_ =>
        {
            var row = new InputCell[compiled.SlotCount];
            for (var s = 0; s < row.Length; s++)
                row[s] = random.Next(6) == 0 ? RandomCell(random)
                    : new InputCell(nobody ? 0m : random.Next(0, 60), random.Next(60, 120), 0, InputFlags.Present | InputFlags.EvidenceProvided | InputFlags.HasReferences);
            return row;
        }).ToList();
        var references = ParIndex.Engine.Cohorts.CohortScorer.References(compiled, cohort);
        references.Should().HaveCount(compiled.RelativeLeaves.Count(), "every relative-to-best leaf gets a reference");
        return compiled.WithCohortReferences(references);
    }

    /// <summary>Every built-in kind and option, a custom kind, 4 levels, best-of parents, adjustments at every level, two parts.</summary>
    internal static Framework EveryKind()
    {
        var steps = new[] { new Step { Threshold = 100m, Points = 2m }, new Step { Threshold = 90m, Points = 1.5m }, new Step { Threshold = 50m, Points = 0.5m } };
        var areas = new[]
        {
            Parent("1", Aggregation.Sum,
                Parent("1.1", Aggregation.Sum,
                    Leaf("1.1.1", 2m, new StepsRule { Measure = Measure.Ratio, Steps = steps }, new EvidenceRequirement()),
                    Leaf("1.1.2", 2m, new StepsRule { Measure = Measure.Ratio, Steps = steps, Otherwise = 0.25m }, na: NotApplicablePolicy.FullPoints),
                    Leaf("1.1.3", 1m, new StepsRule { Measure = Measure.Count, Direction = StepDirection.AtMost, Steps = [new Step { Threshold = 0m, Points = 1m }, new Step { Threshold = 2m, Points = 0.5m }] }),
                    Leaf("1.1.4", 1m, new StepsRule { Measure = Measure.Value, Steps = [new Step { Threshold = 10m, Points = 1m }, new Step { Threshold = 5m, Points = 0m }] }, na: NotApplicablePolicy.Zero)),
                Parent("1.2", Aggregation.BestOf,
                    Leaf("1.2.1", 1m, new AllOrNothingRule(), new EvidenceRequirement { ReferencesRequired = true }),
                    Leaf("1.2.2", 0.5m, new ChoiceRule { Options = [new ChoiceOption { Label = "a", Points = 0.5m }, new ChoiceOption { Label = "b", Points = 0.25m }, new ChoiceOption { Label = "c", Points = 0m }] })),
                Leaf("1.3", 0m, new AllOrNothingRule())),
            Parent("2", Aggregation.Sum,
                Parent("2.1", Aggregation.Sum,
                    Parent("2.1.1", Aggregation.Sum,
                        Leaf("2.1.1.1", 2m, new DeductionRule { PointsPerOccurrence = 0.25m }),
                        Leaf("2.1.1.2", 2m, new DeductionRule { PointsPerOccurrence = 0.5m, Start = 1.5m, Floor = 0.5m, WipeOutFrom = 3 }, adjustments: Penalty("P-LEAF", 0.25m, 1m))),
                    Leaf("2.1.2", 3m, new DeductionRule { PointsPerOccurrence = 0.01m }),
                    Leaf("2.1.3", 2m, new PerItemRule { PointsPerItem = 0.5m, Cap = 1.5m })),
                Leaf("2.2", 2m, new ProportionalRule()),
                Leaf("2.3", 2m, new ProportionalRule { Measure = Measure.Value, Target = 30m }),
                Leaf("2.4", 2m, new ManualRule()),
                Leaf("2.5", 1m, new ManualRule { Step = 0.5m })) with { Adjustments = [Penalty("P-AREA", 0.5m, 2m), Bonus("B-AREA", 1m)] },
            Parent("3", Aggregation.Sum,
                Leaf("3.1", 5m, new SurveyRule { Options = [new SurveyOption { Label = "A", WeightPercent = 100m }, new SurveyOption { Label = "B", WeightPercent = 50m }] }),
                Leaf("3.2", 5m, new SurveyRule { Steps = [new Step { Threshold = 80m, Points = 5m }, new Step { Threshold = 60m, Points = 3m }] }),
                Leaf("3.3", 3m, new ThirdsRule(), na: NotApplicablePolicy.FullPoints),
                Leaf("3.4", 3m, new ThirdsRule()),
                Leaf("3.5", 2m, new RelativeToBestRule()),
                Leaf("3.6", 2m, new RelativeToBestRule { Measure = Measure.Ratio }, new EvidenceRequirement(), na: NotApplicablePolicy.FullPoints),
                Leaf("3.7", 1.5m, new RelativeToBestRule { Measure = Measure.Count, RelativeTo = RelativeTo.Leader, LeaderIndicator = "2.3" }),
                Leaf("3.8", 2m, new RatioStepsRule { MinDenominator = 3m, Steps = steps, Otherwise = 0.25m }),
                Leaf("3.9", 2m, new RatioStepsRule { MinDenominator = 100m, Steps = steps }, na: NotApplicablePolicy.FullPoints),
                Leaf("3.10", 1m, new RatioStepsRule { MinDenominator = 1.5m, Direction = StepDirection.AtMost, Steps = [new Step { Threshold = 0m, Points = 1m }, new Step { Threshold = 50m, Points = 0.5m }] }, na: NotApplicablePolicy.Zero)),
            // Every registered kind again, from its examples (Support/KindExamples): a new kind is compared here without an edit.
            Parent("4", Aggregation.Sum, [.. KindExamples.Kinds.Select((kind, k) => Leaf($"4.{k + 1}", 2m, KindExamples.Of(kind).Varied(2m, new Random(k))))]),
        };
        var info = new FrameworkInfo { Id = "every-kind", Name = "Mọi loại", Issuer = "UBND", UnitLevel = UnitLevel.Commune, Year = 2024, Version = "1" };
        return new Framework(info, areas,
            bands: [new Band { Label = "A", MinIndex = 80m }, new Band { Label = "B", MinIndex = 50m }, new Band { Label = "C", MinIndex = 0m }],
            parts:
            [
                new Part { Code = "P1", Name = "Phần 1", MaxPoints = areas[0].MaxPoints + areas[1].MaxPoints, AreaCodes = ["1", "2"] },
                new Part { Code = "P2", Name = "Phần 2", MaxPoints = areas[2].MaxPoints + areas[3].MaxPoints, AreaCodes = ["3", "4"] },
            ],
            adjustments: [Bonus("B-TOTAL", 2m), Penalty("P-TOTAL", 1m, 5m)],
            disqualifiers: [new Disqualifier { Code = "D", Name = "D", HighestBand = "B" }], hasher: Kinds);
    }

    private static readonly decimal[] Firsts = [0m, 1m, 2m, 3m, 5m, 7m, 10m, 50m, 90m, 100m, 150m, 0.5m, 0.25m, 1.75m, 2.0m, 3.00m, -1m, -0.5m, 33.3m, 1000000m];
    private static readonly decimal[] Seconds = [0m, 1m, 2m, 3m, 7m, 100m, 120m, 100.0m, -3m, 0.5m];

    private static InputCell RandomCell(Random random)
    {
        var first = random.Next(12) switch
        {
            0 => NegativeZero,
            1 => random.Next(0, 70),
            2 => (decimal)random.Next(0, 400) / 4m,
            _ => Firsts[random.Next(Firsts.Length)],
        };
        var second = random.Next(4) == 0 ? random.Next(1, 300) : Seconds[random.Next(Seconds.Length)];
        if (random.Next(3) == 0 && second > 0m) first = Math.Min(first, second);  // many valid ratios
        var flags = (InputFlags)random.Next(32);
        if (random.Next(3) > 0) flags |= InputFlags.Present;
        if (random.Next(3) > 0) flags &= ~InputFlags.NotApplicable;
        return new InputCell(first, second, random.Next(-1, 4), flags);
    }

    [Fact]
    public void Every_leaf_gives_the_same_result_on_both_paths()
    {
        var alone = FrameworkCompiler.Compile(EveryKind());
        var random = new Random(8);
        // Relative-to-best leaves: alone (no cohort: an input error on both paths), with a cohort's references, with all 0.
        var scorers = new[] { alone, WithFixedReferences(alone, 81), WithFixedReferences(alone, 82, nobody: true) };
        for (var i = 0; i < 60_000; i++)
        {
            var compiled = scorers[i % scorers.Length];
            var cell = RandomCell(random);
            var leaf = random.Next(compiled.LeafCount);
            var fast = compiled.EvaluateLeafByOps(leaf, cell);
            var reference = compiled.EvaluateLeafByTree(leaf, cell);
            fast.Should().Be(reference, $"leaf {compiled.LeafCodes[leaf]} with {cell}");
            // Same value is not enough: the same scale too (2.50 vs 2.5 prints differently).
            fast.Points.Scale.Should().Be(reference.Points.Scale, $"leaf {compiled.LeafCodes[leaf]} with {cell}");
            fast.Measured.Scale.Should().Be(reference.Measured.Scale, $"leaf {compiled.LeafCodes[leaf]} with {cell}");
        }
    }

    [Fact]
    public void Every_unit_gives_the_same_score_and_node_points_on_both_paths()
    {
        // Relative-to-best leaves are scored against a fixed cohort reference, as in the cohort's second pass.
        var compiled = WithFixedReferences(FrameworkCompiler.Compile(EveryKind()), 881);
        var random = new Random(88);
        var fast = compiled.CreateWorkspace();
        var reference = compiled.CreateWorkspace();
        var row = new InputCell[compiled.SlotCount];
        var scored = 0;
        for (var u = 0; u < 20_000; u++)
        {
            for (var s = 0; s < row.Length; s++) row[s] = RandomCell(random);
            // Keep most leaves valid so that many units score: 0 or 1 within a positive denominator suits every kind.
            if (random.Next(4) > 0)
                for (var s = 0; s < compiled.LeafCount; s++)
                    if (random.Next(10) > 0) row[s] = new InputCell(random.Next(0, 2), random.Next(2) == 0 ? 100m : random.Next(1, 5), random.Next(0, 3), InputFlags.Present | InputFlags.EvidenceProvided | InputFlags.HasReferences);
            var a = compiled.Score(row, fast);
            var b = compiled.ScoreByTree(row, reference);
            a.Should().Be(b, $"unit {u}");
            if (!a.IsScored)
            {
                fast.LeafResults[a.ErrorSlot].Should().Be(reference.LeafResults[b.ErrorSlot]);
                continue;
            }
            scored++;
            fast.NodePoints.ToArray().Should().Equal(reference.NodePoints.ToArray(), $"unit {u}");
            fast.NodeApplicableMax.ToArray().Should().Equal(reference.NodeApplicableMax.ToArray(), $"unit {u}");
            fast.Excluded.Should().Equal(reference.Excluded, $"unit {u}");
            fast.LeafResults.ToArray().Should().Equal(reference.LeafResults.ToArray(), $"unit {u}");
            fast.PartConverted.Should().Equal(reference.PartConverted, $"unit {u}");
            fast.PartApplicable.Should().Equal(reference.PartApplicable, $"unit {u}");
        }
        scored.Should().BeGreaterThan(5_000, "the comparison must cover scored units, not only errors");
    }

    [Fact]
    public void Deductions_beyond_the_table_and_off_scale_counts_use_the_rule()
    {
        var framework = new Framework(
            new FrameworkInfo { Id = "d", Name = "D", Issuer = "UBND", UnitLevel = UnitLevel.Commune, Year = 2024, Version = "1" },
            [Leaf("1", 100m, new DeductionRule { PointsPerOccurrence = 0.5m })], hasher: Kinds);
        var compiled = FrameworkCompiler.Compile(framework);
        foreach (var count in new[] { 0m, 1m, 63m, 64m, 65m, 199m, 200m, 201m, 2.0m, 2.00m, NegativeZero, 1.5m, -1m })
        {
            var cell = new InputCell(count, 0m, -1, InputFlags.Present);
            var fast = compiled.EvaluateLeafByOps(0, cell);
            fast.Should().Be(compiled.EvaluateLeafByTree(0, cell), $"count {count}");
            fast.Points.Scale.Should().Be(compiled.EvaluateLeafByTree(0, cell).Points.Scale, $"count {count}");
        }
    }
}
