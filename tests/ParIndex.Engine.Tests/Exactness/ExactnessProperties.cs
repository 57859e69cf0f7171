using System.Globalization;
using System.Text;
using FluentAssertions;
using FsCheck.Xunit;
using ParIndex.Engine.Cohorts;
using ParIndex.Engine.Evaluation;
using ParIndex.Engine.Model;
using ParIndex.Engine.Rules;
using ParIndex.Engine.Serialization;
using ParIndex.Engine.Tests.Support;

namespace ParIndex.Engine.Tests.Exactness;

/// <summary>
/// Every figure the engine gives (each leaf, node, part, total, index and cohort statistic) equals its exact value
/// rounded once at the declared place and mode (<see cref="ExactReference"/>), and none leaves its bound, over random
/// frameworks whose inputs are drawn to sit exactly on a half. A failure prints the seed and each figure that differs.
/// </summary>
public class ExactnessProperties
{
    private const int Units = 6;

    [Property(MaxTest = 200, Arbitrary = [typeof(Seeds)])]
    public void Every_figure_is_its_exact_value_rounded_once_within_its_bound(int seed)
    {
        var differences = Differences(seed, out var framework);
        var policy = framework.Policy;
        differences.Should().BeEmpty("seed {0}: every figure is its exact value rounded once ({1}, leaf decimals {2}, index decimals {3}, scale {4})\n{5}",
            seed, policy.Rounding.Mode, policy.Rounding.LeafDecimals, policy.Rounding.IndexDecimals, Show(policy.Scale), ParIndexJson.Default.WriteFramework(framework));
    }

    /// <summary>Each figure of a random cohort that differs from its exact value or leaves its bound, in words.</summary>
    internal static List<string> Differences(int seed, out Framework framework)
    {
        var random = new HalfwayFrameworks(seed);
        framework = random.Framework();
        var units = random.Units(framework, Units);
        var cohort = CohortScorer.Score(FrameworkCompiler.Compile(framework), units);
        var reference = new ExactReference(framework, units);
        var policy = framework.Policy;

        var differences = new List<string>();
        var fw = framework;
        void Check(string what, decimal engine, Rational exact)
        {
            if (Rational.Of(engine) != exact) differences.Add($"{what}: engine {Show(engine)}, exact {exact.ToDecimal().ToString(CultureInfo.InvariantCulture)}");
        }
        void Bound(string what, decimal value, decimal bound)
        {
            if (value < 0m || value > bound) differences.Add($"{what}: {Show(value)} outside [0, {Show(bound)}]");
        }

        foreach (var standing in cohort.Units)
        {
            var card = standing.Card;
            card.Errors.Should().BeEmpty("seed {0} draws valid inputs only", seed);
            var expected = reference.Score(units.Single(u => u.UnitId == card.UnitId).Stages[Stage.Appraisal1]);
            foreach (var node in card.Nodes)
            {
                var (awarded, applicable, excluded) = expected.Nodes[node.Code];
                var what = $"{card.UnitId} node {node.Code}{Describe(fw, node.Code, units.Single(u => u.UnitId == card.UnitId))}";
                if (excluded != (node.Status == NodeStatus.NotApplicable)) differences.Add($"{what}: engine status {node.Status}, exact excluded {excluded}");
                Check(what + " awarded", node.Awarded, awarded);
                Check(what + " applicable max", node.ApplicableMaxPoints, applicable);
                var leaf = framework.FindNode(node.Code)!;
                if (leaf.IsLeaf && leaf.Adjustments.Count == 0) Bound(what, node.Awarded, node.MaxPoints);
            }
            for (var p = 0; p < card.Parts.Count; p++)
            {
                Check($"{card.UnitId} part {card.Parts[p].Code} converted ({Show(card.Parts[p].Awarded)} of {Show(card.Parts[p].ApplicableMaxPoints)} → max {Show(card.Parts[p].MaxPoints)}, index decimals {policy.Rounding.IndexDecimals}, {policy.Rounding.Mode})",
                    card.Parts[p].Converted, expected.Parts[p]);
                Bound($"{card.UnitId} part {card.Parts[p].Code} converted", card.Parts[p].Converted, card.Parts[p].MaxPoints);
            }
            Check($"{card.UnitId} total", card.Total, expected.Total);
            Check($"{card.UnitId} index (total {Show(card.Total)}, scale {Show(policy.Scale)}, index decimals {policy.Rounding.IndexDecimals}, {policy.Rounding.Mode})", card.Index, expected.Index);
            if (!policy.IndexUncapped) Bound($"{card.UnitId} index", card.Index, policy.Scale);
        }

        // The statistics, from the exact figures of the units.
        var statistics = CohortStatistics.Compute(cohort);
        var places = policy.Rounding.IndexDecimals;
        var all = cohort.Scored.Select(u => reference.Score(units.Single(x => x.UnitId == u.UnitId).Stages[Stage.Appraisal1])).ToList();
        Rational count = all.Count;
        Check("cohort mean", statistics.Mean, reference.Round(all.Aggregate(Rational.Zero, (s, f) => s + f.Index) / count, places));
        foreach (var area in statistics.Areas)
        {
            var awarded = all.Aggregate(Rational.Zero, (s, f) => s + f.Nodes[area.Code].Awarded);
            var applicable = all.Aggregate(Rational.Zero, (s, f) => s + f.Nodes[area.Code].Applicable);
            Check($"area {area.Code} mean", area.MeanPoints, reference.Round(awarded / count, places));
            Check($"area {area.Code} attainment ({awarded} of {applicable})", area.AttainmentPercent,
                applicable.Numerator.IsZero ? Rational.Zero : reference.Round(awarded * 100 / applicable, places));
            Bound($"area {area.Code} attainment", area.AttainmentPercent, 100m);
        }

        return differences;
    }

    private static string Show(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Describe(Framework framework, string code, UnitAssessment unit)
    {
        var node = framework.FindNode(code)!;
        if (!node.IsLeaf) return string.Empty;
        var text = new StringBuilder($" ({node.Rule!.Describe()}, max {Show(node.MaxPoints)}");
        if (unit.Stages[Stage.Appraisal1].Inputs.TryGetValue(code, out var input))
        {
            if (input.SurveyCounts is { } counts) text.Append(", answers ").Append(string.Join(" ", counts.Select(c => $"{c.Key} {c.Value}")));
            if (input.Numerator is { } n) text.Append($", {Show(n)}/{Show(input.Denominator!.Value)}");
            if (input.Value is { } v) text.Append($", value {Show(v)}");
            if (input.Count is { } c2) text.Append($", count {c2}");
            if (input.NotApplicable) text.Append(", not applicable");
        }
        return text.Append(')').ToString();
    }
}
