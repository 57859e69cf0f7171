using ParIndex.Engine.Cohorts;
using ParIndex.Engine.Evaluation;
using ParIndex.Engine.Model;
using ParIndex.Engine.Rules;

namespace ParIndex.Engine.Analysis;

/// <summary>
/// What-if under another framework: a past cohort's inputs translated through a <see cref="CodeMapping"/> and scored under
/// a new framework version beside the old one. Nothing is silently zero: inputs that go nowhere and new criteria that no
/// input reaches are listed, and a unit scored without an input for a new criterion shows it as a shift.
/// </summary>
public static class WhatIfAnalysis
{
    /// <summary>Runs the comparison.</summary>
    /// <param name="oldFramework">The framework the inputs were given for.</param>
    /// <param name="newFramework">The framework to re-score them under.</param>
    /// <param name="units">The cohort, as given for the old framework.</param>
    /// <param name="mapping">Codes that moved, were split or dropped; <see langword="null"/> keeps every code.</param>
    /// <param name="stage">The stage scored.</param>
    /// <exception cref="ArgumentException">The mapping names a code neither framework has, or a target that is not a leaf, adjustment or disqualifier of the new framework.</exception>
    public static WhatIfReport Run(Framework oldFramework, Framework newFramework, IReadOnlyList<UnitAssessment> units, CodeMapping? mapping = null, Stage stage = Stage.Final)
    {
        ArgumentNullException.ThrowIfNull(oldFramework);
        ArgumentNullException.ThrowIfNull(newFramework);
        ArgumentNullException.ThrowIfNull(units);
        mapping ??= CodeMapping.Identity;
        var newInputCodes = InputCodes(newFramework);
        var oldInputCodes = InputCodes(oldFramework);
        var problems = new List<string>();
        foreach (var (code, targets) in mapping.Codes)
        {
            if (!oldInputCodes.Contains(code)) problems.Add($"mapping: '{code}' is not a leaf, adjustment or disqualifier of '{oldFramework.Info.Id}'");
            foreach (var target in targets.Where(t => !newInputCodes.Contains(t)))
                problems.Add($"mapping: '{code}' → '{target}', which is not a leaf, adjustment or disqualifier of '{newFramework.Info.Id}'");
        }
        if (problems.Count > 0) throw new ArgumentException(string.Join("; ", problems), nameof(mapping));

        var unmapped = new Dictionary<string, int>(StringComparer.Ordinal);
        var dropped = new Dictionary<string, int>(StringComparer.Ordinal);
        var translated = units.Select(u => Translate(u, oldFramework, newFramework, mapping, newInputCodes, unmapped, dropped)).ToList();

        var oldCohort = CohortScorer.Score(FrameworkCompiler.Compile(oldFramework), units, new CohortScoringOptions { Stage = stage });
        var newCohort = CohortScorer.Score(FrameworkCompiler.Compile(newFramework), translated, new CohortScoringOptions { Stage = stage });

        var without = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var unit in translated)
        {
            if (unit.Resolve(stage) is not { } actual) continue;
            foreach (var leaf in newFramework.Leaves)
                if (!unit.Stages[actual].Inputs.ContainsKey(leaf.Code)) without[leaf.Code] = without.GetValueOrDefault(leaf.Code) + 1;
        }

        var groups = Groups(oldFramework, newFramework, mapping);
        var result = new List<UnitWhatIf>();
        for (var i = 0; i < units.Count; i++)
        {
            var before = oldCohort.Units[i];
            var after = newCohort.Units[i];
            var shifts = new List<CriterionShift>();
            if (before.Card.IsScored && after.Card.IsScored)
            {
                foreach (var (olds, news) in groups)
                {
                    var o = olds.Sum(c => before.Card[c].Awarded);
                    var n = news.Sum(c => after.Card[c].Awarded);
                    if (o != n) shifts.Add(new CriterionShift(olds, news, o, n));
                }
            }
            result.Add(new UnitWhatIf
            {
                UnitId = before.UnitId,
                UnitName = before.UnitName,
                Block = before.Block,
                OldIndex = before.Card.IsScored ? before.Index : 0m,
                OldBand = before.Band,
                OldRank = before.Rank,
                NewIndex = after.Card.IsScored ? after.Index : 0m,
                NewBand = after.Band,
                NewRank = after.Rank,
                Shifts = [.. shifts.OrderByDescending(s => Math.Abs(s.Change)).ThenBy(s => s.Label, StringComparer.Ordinal)],
                Errors = [.. before.Card.Errors, .. after.Card.Errors],
            });
        }
        static IReadOnlyList<(string, int)> Listed(Dictionary<string, int> counts) =>
            [.. counts.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => (kv.Key, kv.Value))];
        return new WhatIfReport
        {
            OldFramework = oldCohort.Identity,
            NewFramework = newCohort.Identity,
            UnmappedInputs = Listed(unmapped),
            DroppedInputs = Listed(dropped),
            CriteriaWithoutInputs = Listed(without),
            Units = result,
        };
    }

    private static HashSet<string> InputCodes(Framework f) =>
        [.. f.Leaves.Select(l => l.Code), .. f.AllNodes.SelectMany(n => n.Adjustments).Concat(f.Adjustments).Select(a => a.Code), .. f.Disqualifiers.Select(d => d.Code)];

    /// <summary>The unit's inputs for the new framework: every stage's inputs sent to their targets.</summary>
    private static UnitAssessment Translate(UnitAssessment unit, Framework oldFramework, Framework newFramework, CodeMapping mapping,
        HashSet<string> newCodes, Dictionary<string, int> unmapped, Dictionary<string, int> dropped)
    {
        var stages = new Dictionary<Stage, StageInputs>();
        var seenUnmapped = new HashSet<string>(StringComparer.Ordinal);
        var seenDropped = new HashSet<string>(StringComparer.Ordinal);
        var errors = new List<InputError>(unit.ReadErrors);
        void Lost(string code)
        {
            if (mapping.Lists(code)) { if (seenDropped.Add(code)) dropped[code] = dropped.GetValueOrDefault(code) + 1; }
            else if (seenUnmapped.Add(code)) unmapped[code] = unmapped.GetValueOrDefault(code) + 1;
        }
        foreach (var (stage, inputs) in unit.Stages)
        {
            var leafInputs = new Dictionary<string, LeafInput>(StringComparer.Ordinal);
            var from = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (code, input) in inputs.Inputs)
            {
                var targets = mapping.TargetsOf(code, newCodes.Contains);
                if (targets.Count == 0) { Lost(code); continue; }
                foreach (var target in targets)
                {
                    if (from.TryGetValue(target, out var other))
                    {
                        errors.Add(new InputError(unit.UnitId, target, ErrorCodes.MappedTwice.With(other, code, target)));
                        continue;
                    }
                    from[target] = code;
                    leafInputs[target] = Adapt(input, oldFramework.FindNode(code), newFramework.FindNode(target), newFramework.Policy);
                }
            }
            var adjustments = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var (code, count) in inputs.Adjustments)
            {
                var targets = mapping.TargetsOf(code, newCodes.Contains);
                if (targets.Count == 0) Lost(code);
                foreach (var target in targets) adjustments[target] = adjustments.GetValueOrDefault(target) + count;
            }
            var disqualifiers = new List<string>();
            foreach (var code in inputs.Disqualifiers)
            {
                var targets = mapping.TargetsOf(code, newCodes.Contains);
                if (targets.Count == 0) Lost(code);
                disqualifiers.AddRange(targets.Where(t => !disqualifiers.Contains(t)));
            }
            stages[stage] = new StageInputs { Inputs = leafInputs, Adjustments = adjustments, Disqualifiers = disqualifiers };
        }
        return unit with { Stages = stages, ReadErrors = errors };
    }

    /// <summary>
    /// An input for its new leaf. Manual points are a share of the max: when the max changed (a split halves it), they are
    /// scaled by new max / old max and rounded to the new rule's step (half away from zero). Every other input — a
    /// ratio, a count, a choice, met or not — measures the unit, not the framework, and is copied as it is.
    /// </summary>
    private static LeafInput Adapt(LeafInput input, Node? oldLeaf, Node? newLeaf, ScoringPolicy newPolicy)
    {
        if (input.Points is not { } points || oldLeaf is null || newLeaf is null || oldLeaf.MaxPoints == newLeaf.MaxPoints || oldLeaf.MaxPoints == 0m) return input;
        var step = (newLeaf.Rule as ManualRule)?.Step ?? newPolicy.ManualStep;
        var scaled = points * newLeaf.MaxPoints / oldLeaf.MaxPoints;
        return input with { Points = step > 0m ? Math.Round(scaled / step, 0, MidpointRounding.AwayFromZero) * step : scaled };
    }

    /// <summary>Groups of corresponding leaves: connected through the mapping (or the same code), in the old framework's order, added leaves last.</summary>
    private static List<(IReadOnlyList<string> Old, IReadOnlyList<string> New)> Groups(Framework oldFramework, Framework newFramework, CodeMapping mapping)
    {
        var newLeaves = newFramework.Leaves.Select(l => l.Code).ToList();
        var newSet = newLeaves.ToHashSet(StringComparer.Ordinal);
        var groupOfNew = new Dictionary<string, int>(StringComparer.Ordinal);
        var groups = new List<(List<string> Old, List<string> New)>();
        foreach (var leaf in oldFramework.Leaves)
        {
            var targets = mapping.TargetsOf(leaf.Code, newSet.Contains).Where(newSet.Contains).ToList();
            var existing = targets.Select(t => groupOfNew.GetValueOrDefault(t, -1)).Where(g => g >= 0).Distinct().ToList();
            int g;
            if (existing.Count == 0)
            {
                groups.Add(([], []));
                g = groups.Count - 1;
            }
            else
            {
                g = existing[0];
                foreach (var other in existing.Skip(1))
                {
                    groups[g].Old.AddRange(groups[other].Old);
                    groups[g].New.AddRange(groups[other].New);
                    foreach (var code in groups[other].New) groupOfNew[code] = g;
                    groups[other] = ([], []);
                }
            }
            groups[g].Old.Add(leaf.Code);
            foreach (var t in targets.Where(t => !groupOfNew.ContainsKey(t)))
            {
                groups[g].New.Add(t);
                groupOfNew[t] = g;
            }
        }
        foreach (var code in newLeaves.Where(c => !groupOfNew.ContainsKey(c))) groups.Add(([], [code]));
        return [.. groups.Where(g => g.Old.Count + g.New.Count > 0).Select(g => ((IReadOnlyList<string>)g.Old, (IReadOnlyList<string>)g.New))];
    }
}
