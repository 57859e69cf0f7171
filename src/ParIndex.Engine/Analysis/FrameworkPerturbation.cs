using ParIndex.Engine.Model;
using ParIndex.Engine.Rules;

namespace ParIndex.Engine.Analysis;

/// <summary>
/// Builds the framework a draw of an uncertainty analysis stands for: maxima (weights) of chosen nodes multiplied,
/// band cut-offs replaced, the not-applicable policy replaced. The result is an ordinary validated
/// <see cref="Framework"/>: scoring it with the engine is the "full re-score" that the re-weighting fast path
/// (<see cref="ReweightedCohort"/>) reproduces without re-running the leaves.
/// </summary>
/// <remarks>
/// Multiplying a node's max by <c>s</c> multiplies every point figure in its subtree by <c>s</c>: each leaf's max,
/// the points of steps, options and survey steps, a deduction's points per occurrence, start and floor, a per-item
/// rule's points and cap, a manual rule's step (and so the manual points entered, see <see cref="ScaleRow"/>), and the
/// points and caps of adjustments on nodes of the subtree. Thresholds, targets and inputs measured as ratios, values or
/// counts do not change. Parents' maxima follow their children (sum, or the largest for "best of"), and parts follow
/// their areas, so the composed framework validates as any other. The index divides by the applicable max, so the
/// new maxima are relative weights: the framework's total may move from 100 (or Phù Yên's 70) and the index stays on
/// the framework's scale.
/// </remarks>
public static class FrameworkPerturbation
{
    /// <summary>
    /// The framework with the maxima of the nodes in <paramref name="multipliers"/> (by code) multiplied as described
    /// in the remarks. A multiplier must be positive; 1 leaves a node as it is.
    /// </summary>
    /// <exception cref="ArgumentException">An unknown code, a non-positive multiplier, nested codes, or a custom rule kind in a scaled subtree.</exception>
    public static Framework Scale(Framework framework, IReadOnlyDictionary<string, decimal> multipliers)
    {
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(multipliers);
        foreach (var (code, s) in multipliers)
        {
            if (framework.FindNode(code) is null) throw new ArgumentException($"no node '{code}' in framework '{framework.Info.Id}'", nameof(multipliers));
            if (s <= 0m) throw new ArgumentException($"the multiplier of '{code}' must be positive; got {s}", nameof(multipliers));
        }
        var areas = framework.Areas.Select(a => ScaleNode(a, multipliers, 1m, framework.Policy.ManualStep)).ToList();
        var byCode = areas.ToDictionary(a => a.Code, StringComparer.Ordinal);
        var parts = framework.Parts.Select(p => p with { MaxPoints = p.AreaCodes.Sum(c => byCode[c].MaxPoints) }).ToList();
        return Rebuild(framework, areas, framework.Policy, framework.Bands, parts);
    }

    /// <summary>The framework with other band cut-offs: <paramref name="minima"/> gives each band's lower bound, best first.</summary>
    /// <exception cref="ArgumentException">Not one minimum per band.</exception>
    /// <exception cref="FrameworkValidationException">The cut-offs do not make valid bands (decreasing, the last at 0).</exception>
    public static Framework WithCutOffs(Framework framework, IReadOnlyList<decimal> minima)
    {
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(minima);
        if (minima.Count != framework.Bands.Count)
            throw new ArgumentException($"framework '{framework.Info.Id}' has {framework.Bands.Count} bands; got {minima.Count} cut-offs", nameof(minima));
        var bands = framework.Bands.Select((b, i) => b with { MinIndex = minima[i], MaxIndex = null }).ToList();
        return Rebuild(framework, framework.Areas, framework.Policy, bands, framework.Parts);
    }

    /// <summary>The framework where every leaf, whatever it declared, follows <paramref name="policy"/> when not applicable.</summary>
    public static Framework WithNotApplicable(Framework framework, NotApplicablePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(framework);
        static Node Reset(Node n, NotApplicablePolicy p) =>
            n.IsLeaf ? n with { NotApplicable = null } : n with { Children = [.. n.Children.Select(c => Reset(c, p))] };
        return Rebuild(framework, [.. framework.Areas.Select(a => Reset(a, policy))], framework.Policy with { NotApplicable = policy }, framework.Bands, framework.Parts);
    }

    /// <summary>
    /// Scales the manual points of a row encoded for <paramref name="framework"/> as <see cref="Scale"/> scales their
    /// leaves: a manual leaf's points are a figure of its framework, entered by the appraiser on the rule's step.
    /// </summary>
    /// <param name="framework">The compiled nominal framework the row was encoded for.</param>
    /// <param name="leafMultipliers">One multiplier per leaf, in the order of <see cref="Evaluation.CompiledFramework.LeafCodes"/>.</param>
    /// <param name="row">The row, changed in place.</param>
    public static void ScaleRow(Evaluation.CompiledFramework framework, ReadOnlySpan<decimal> leafMultipliers, Span<InputCell> row)
    {
        ArgumentNullException.ThrowIfNull(framework);
        for (var l = 0; l < framework.LeafCount; l++)
        {
            var s = leafMultipliers[l];
            if (s == 1m) continue;
            var cell = row[l];
            if (framework.Framework.FindNode(framework.LeafCodes[l])!.Rule is not ManualRule) continue;
            if ((cell.Flags & InputFlags.Present) == 0 || (cell.Flags & InputFlags.NotApplicable) != 0) continue;
            row[l] = new InputCell(cell.First * s, cell.Second, cell.Choice, cell.Flags);
        }
    }

    private static Node ScaleNode(Node node, IReadOnlyDictionary<string, decimal> multipliers, decimal inherited, decimal manualStep)
    {
        var s = inherited;
        if (multipliers.TryGetValue(node.Code, out var own))
        {
            if (inherited != 1m && own != 1m) throw new ArgumentException($"'{node.Code}' lies inside another scaled node; scale disjoint subtrees", nameof(multipliers));
            s = own;
        }
        if (node.IsLeaf)
        {
            return s == 1m ? node : node with
            {
                MaxPoints = node.MaxPoints * s,
                Rule = ScaleRule(node.Rule!, s, node.Code, manualStep),
                Adjustments = [.. node.Adjustments.Select(a => ScaleAdjustment(a, s))],
            };
        }
        var children = node.Children.Select(c => ScaleNode(c, multipliers, s, manualStep)).ToList();
        var max = node.Aggregation == Aggregation.BestOf ? children.Max(c => c.MaxPoints) : children.Sum(c => c.MaxPoints);
        return node with
        {
            MaxPoints = max,
            Children = children,
            Adjustments = s == 1m ? node.Adjustments : [.. node.Adjustments.Select(a => ScaleAdjustment(a, s))],
        };
    }

    private static Adjustment ScaleAdjustment(Adjustment a, decimal s) => a with
    {
        PointsPerOccurrence = a.PointsPerOccurrence * s,
        FixedPoints = a.FixedPoints * s,
        Cap = a.Cap * s,
    };

    /// <summary>The rule with every point figure multiplied by <paramref name="s"/>; thresholds and targets unchanged.</summary>
    internal static Rule ScaleRule(Rule rule, decimal s, string code, decimal manualStep) =>
        rule.WithPointsScaled(s, new RuleContext(0m, ScoringPolicy.Default with { ManualStep = manualStep }))
        ?? throw new ArgumentException($"leaf '{code}' has the custom rule kind '{rule.Kind}', whose point figures the analysis cannot scale");

    private static Framework Rebuild(Framework f, IReadOnlyList<Node> areas, ScoringPolicy policy, IReadOnlyList<Band> bands, IReadOnlyList<Part> parts) =>
        new(f.Info, areas, policy, bands, parts, f.Adjustments, f.Disqualifiers, f.Hasher);
}
