using ParIndex.Engine.Model;
using ParIndex.Engine.Rules;
using ParIndex.Engine.Serialization;

namespace ParIndex.Engine.Tests.Support;

/// <summary>
/// Generates valid frameworks of every rule kind and random inputs for them from a seed, for property tests.
/// FsCheck supplies the seeds, so a failing case is reproducible from the seed it prints.
/// </summary>
internal sealed class RandomFrameworks(int seed)
{
    private readonly Random _random = new(seed);

    private decimal Half(int maxHalves) => _random.Next(1, maxHalves + 1) * 0.5m;

    /// <param name="withAdjustments">Whether nodes and the total may have adjustments.</param>
    /// <param name="withCohortKinds">
    /// Whether leaves may be scored relative to the cohort (relativeToBest): only for tests that score whole cohorts,
    /// since such a leaf scored alone is an input error.
    /// </param>
    public Framework Framework(bool withAdjustments = true, bool withCohortKinds = false)
    {
        var areas = new List<Node>();
        var areaCount = _random.Next(1, 5);
        for (var a = 1; a <= areaCount; a++) areas.Add(Node(a.ToString(System.Globalization.CultureInfo.InvariantCulture), 1, withAdjustments, withCohortKinds));
        var policy = ScoringPolicy.Default with { NotApplicable = (NotApplicablePolicy)_random.Next(3) };
        Adjustment[] total = withAdjustments && _random.Next(3) == 0
            ? [new Adjustment { Code = "T", Name = "Thưởng", Kind = AdjustmentKind.Bonus, PointsPerOccurrence = 0.5m, Cap = 2 }]
            : [];
        return new Framework(Build.Info("random"), areas, policy, adjustments: total, hasher: RuleKindRegistry.BuiltInHasher);
    }

    private Node Node(string code, int level, bool withAdjustments, bool withCohortKinds)
    {
        if (level < 3 && _random.Next(3) > 0)
        {
            var children = Enumerable.Range(1, _random.Next(1, 4)).Select(i => Node($"{code}.{i}", level + 1, withAdjustments, withCohortKinds)).ToArray();
            var bestOf = _random.Next(6) == 0;
            var adjustments = withAdjustments && _random.Next(4) == 0
                ? new[] { new Adjustment { Code = "P" + code, Name = "Trừ " + code, Kind = _random.Next(2) == 0 ? AdjustmentKind.Penalty : AdjustmentKind.Bonus, PointsPerOccurrence = 0.5m, Cap = 1.5m } }
                : [];
            return new Node
            {
                Code = code, Name = "Nhóm " + code, Aggregation = bestOf ? Aggregation.BestOf : Aggregation.Sum,
                MaxPoints = bestOf ? children.Max(c => c.MaxPoints) : children.Sum(c => c.MaxPoints),
                Children = children, Adjustments = adjustments,
            };
        }
        var max = Half(8);
        var leaf = new Node { Code = code, Name = "Tiêu chí " + code, MaxPoints = max, Rule = RuleFor(max, withCohortKinds) };
        if (_random.Next(4) == 0) leaf = leaf with { Evidence = new EvidenceRequirement { ReferencesRequired = _random.Next(2) == 0 } };
        if (_random.Next(5) == 0) leaf = leaf with { NotApplicable = (NotApplicablePolicy)_random.Next(3) };
        return leaf;
    }

    private Rule RuleFor(decimal max, bool withCohortKinds)
    {
        // Every registered kind, from its entry in KindExamples; kinds scored only within a cohort when asked for.
        var kinds = KindExamples.Kinds.Where(k => withCohortKinds || !KindExamples.Of(k).NeedsCohort).ToArray();
        return KindExamples.Of(kinds[_random.Next(kinds.Length)]).Scored(max, _random);
    }

    public StageInputs Inputs(Framework framework)
    {
        var inputs = new Dictionary<string, LeafInput>();
        foreach (var leaf in framework.Leaves)
        {
            var roll = _random.Next(20);
            if (roll == 0) continue; // missing
            if (roll == 1) { inputs[leaf.Code] = new LeafInput { NotApplicable = true }; continue; }
            var input = InputFor(leaf);
            if (leaf.Evidence is not null)
            {
                var status = (EvidenceStatus)_random.Next(3);
                input = input with { Evidence = status, References = status == EvidenceStatus.Provided ? ["QĐ 01/QĐ-UBND"] : [] };
            }
            inputs[leaf.Code] = input;
        }
        var adjustments = framework.AllNodes.SelectMany(n => n.Adjustments).Concat(framework.Adjustments)
            .ToDictionary(a => a.Code, _ => _random.Next(0, 5));
        return new StageInputs { Inputs = inputs, Adjustments = adjustments };
    }

    private LeafInput InputFor(Node leaf) =>
        KindExamples.Of(leaf.Rule!.Kind).Input(leaf.Rule, new RuleContext(leaf.MaxPoints, ScoringPolicy.Default), _random);

    /// <summary>A copy of <paramref name="inputs"/> where one leaf's input is better (or equal) by any honest reading.</summary>
    public StageInputs Improve(Framework framework, StageInputs inputs, out string code)
    {
        var leaves = framework.Leaves.ToArray();
        var leaf = leaves[_random.Next(leaves.Length)];
        code = leaf.Code;
        if (!inputs.Inputs.TryGetValue(leaf.Code, out var input) || input.NotApplicable) return inputs;
        var better = input;
        if (leaf.Evidence is not null && input.Evidence != EvidenceStatus.Provided && _random.Next(2) == 0)
        {
            better = input with { Evidence = EvidenceStatus.Provided, References = ["QĐ 02/QĐ-UBND"] };
        }
        else
        {
            better = KindExamples.Of(leaf.Rule!.Kind).Better(leaf.Rule, new RuleContext(leaf.MaxPoints, ScoringPolicy.Default), input, _random);
        }
        var copy = new Dictionary<string, LeafInput>(inputs.Inputs) { [leaf.Code] = better };
        return inputs with { Inputs = copy };
    }
}
