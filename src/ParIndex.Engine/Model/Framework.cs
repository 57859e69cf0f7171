using System.Text.RegularExpressions;
using ParIndex.Engine.Rules;

namespace ParIndex.Engine.Model;

/// <summary>
/// A validated framework (bộ chỉ số): its identity, its tree of areas, criteria and sub-criteria, and how it
/// scores, re-bases, bands and ranks. Immutable and thread-safe; build it once, compile it with
/// <see cref="Evaluation.FrameworkCompiler"/>, score many units.
/// </summary>
public sealed partial class Framework
{
    /// <summary>The most levels a tree may have (area → criterion → sub-criterion → item).</summary>
    public const int MaxLevels = 4;

    /// <summary>The largest max points a node may have; it bounds every product the evaluator forms, so none can overflow.</summary>
    public const decimal MaxPointsLimit = 1_000m;

    private readonly Dictionary<string, Node> _byCode;
    private readonly Dictionary<string, string> _pathByCode;
    private readonly IFrameworkHasher? _hasher;
    private string? _contentHash;

    /// <summary>Builds and validates a framework.</summary>
    /// <param name="info">Identity, issuer, level, year, legal basis and version.</param>
    /// <param name="areas">The top-level areas.</param>
    /// <param name="policy">The scoring policy; <see cref="ScoringPolicy.Default"/> when <see langword="null"/>.</param>
    /// <param name="bands">The bands, best first.</param>
    /// <param name="parts">The parts; none means the whole framework is one part.</param>
    /// <param name="adjustments">Bonuses and penalties on the total.</param>
    /// <param name="disqualifiers">Conditions that cap the band a unit can reach.</param>
    /// <param name="hasher">
    /// What computes <see cref="ContentHash"/> (a <c>RuleKindRegistry</c> that knows every rule kind used); without one
    /// the framework has no content hash and cannot be compiled.
    /// </param>
    /// <exception cref="FrameworkValidationException">The framework breaks a structural rule; every problem is listed.</exception>
    public Framework(
        FrameworkInfo info,
        IReadOnlyList<Node> areas,
        ScoringPolicy? policy = null,
        IReadOnlyList<Band>? bands = null,
        IReadOnlyList<Part>? parts = null,
        IReadOnlyList<Adjustment>? adjustments = null,
        IReadOnlyList<Disqualifier>? disqualifiers = null,
        IFrameworkHasher? hasher = null)
    {
        ArgumentNullException.ThrowIfNull(info);
        _hasher = hasher;
        ArgumentNullException.ThrowIfNull(areas);
        Info = info;
        Areas = [.. areas];
        Policy = policy ?? ScoringPolicy.Default;
        Bands = bands is null ? [] : [.. bands];
        Parts = parts is null ? [] : [.. parts];
        Adjustments = adjustments is null ? [] : [.. adjustments];
        Disqualifiers = disqualifiers is null ? [] : [.. disqualifiers];
        _byCode = new Dictionary<string, Node>(StringComparer.Ordinal);
        _pathByCode = new Dictionary<string, string>(StringComparer.Ordinal);
        var problems = new FrameworkChecker(this).Check();
        if (problems.Count > 0) throw new FrameworkValidationException(problems);
        MaxPoints = Areas.Sum(a => a.MaxPoints);
        Warnings = RoundingWarnings();
    }

    /// <summary>
    /// What is valid but cannot be shown exactly: a leaf's max, a choice's or step's points, a manual step, a part's
    /// max or the scale that is not a multiple of the step it is rounded at (0.75 points at 1 leaf decimal; a scale of
    /// 7.5 at 0 index decimals). Such a bound is still never exceeded (full points give the bound itself), but a
    /// rounded figure next to it cannot reach it. Warnings never stop scoring; <c>parindex validate</c> prints them.
    /// </summary>
    public IReadOnlyList<FrameworkProblem> Warnings { get; }

    /// <summary>Identity, issuer, level, year, legal basis and version.</summary>
    public FrameworkInfo Info { get; }

    /// <summary>Scale, rounding, not-applicable default, manual step, ranking and banding choices.</summary>
    public ScoringPolicy Policy { get; }

    /// <summary>The top-level areas (lĩnh vực), in the decision's order.</summary>
    public IReadOnlyList<Node> Areas { get; }

    /// <summary>The bands, best first; empty when the framework does not band.</summary>
    public IReadOnlyList<Band> Bands { get; }

    /// <summary>The parts; empty means the whole framework is one part.</summary>
    public IReadOnlyList<Part> Parts { get; }

    /// <summary>Bonuses and penalties on the total, in index points.</summary>
    public IReadOnlyList<Adjustment> Adjustments { get; }

    /// <summary>Conditions that cap the band a unit can reach.</summary>
    public IReadOnlyList<Disqualifier> Disqualifiers { get; }

    /// <summary>The sum of the areas' max points (100, or 70 raw for Phù Yên 2022).</summary>
    public decimal MaxPoints { get; }

    /// <summary>
    /// The SHA-256 of the framework's canonical JSON form, as lower-case hex: unchanged by whitespace or property
    /// order, changed by any change of content. Score cards carry it. It is computed by the hasher the framework was
    /// built with (a framework read by <c>ParIndexJson</c> has the hasher of its rule kinds).
    /// </summary>
    /// <exception cref="InvalidOperationException">
    /// The framework was built without a hasher, or a rule's kind is unknown to its hasher.
    /// </exception>
    public string ContentHash => _contentHash ??= (_hasher ?? throw new InvalidOperationException(
        $"Framework '{Info.Id}' was built without a hasher, so it has no content hash; build it with " +
        "'hasher: RuleKindRegistry.BuiltInHasher' (or the RuleKindRegistry that knows its custom rule kinds), or read it with ParIndexJson."))
        .Hash(this);

    /// <summary>
    /// What computes <see cref="ContentHash"/>; <see langword="null"/> when the framework was built without one. A framework
    /// derived from this one (re-weighted, re-banded) is built with the same hasher.
    /// </summary>
    public IFrameworkHasher? Hasher => _hasher;

    /// <summary>Every node, depth first in the decision's order.</summary>
    public IEnumerable<Node> AllNodes => Areas.SelectMany(Flatten);

    /// <summary>Every leaf, depth first in the decision's order.</summary>
    public IEnumerable<Node> Leaves => AllNodes.Where(n => n.IsLeaf);

    /// <summary>Finds a node by its code.</summary>
    public Node? FindNode(string code) => code is not null && _byCode.TryGetValue(code, out var node) ? node : null;

    /// <summary>The document path of a node ("areas[2].children[0]"); <see langword="null"/> for an unknown code.</summary>
    public string? PathOf(string code) => code is not null && _pathByCode.TryGetValue(code, out var path) ? path : null;

    /// <summary>The not-applicable policy a leaf follows.</summary>
    public NotApplicablePolicy NotApplicablePolicyOf(Node leaf) => leaf.NotApplicable ?? Policy.NotApplicable;

    /// <summary>Checks a framework without throwing: every problem, or an empty list.</summary>
    public static IReadOnlyList<FrameworkProblem> Validate(
        FrameworkInfo info,
        IReadOnlyList<Node> areas,
        ScoringPolicy? policy = null,
        IReadOnlyList<Band>? bands = null,
        IReadOnlyList<Part>? parts = null,
        IReadOnlyList<Adjustment>? adjustments = null,
        IReadOnlyList<Disqualifier>? disqualifiers = null)
    {
        try
        {
            _ = new Framework(info, areas, policy, bands, parts, adjustments, disqualifiers);
            return [];
        }
        catch (FrameworkValidationException e)
        {
            return e.Problems;
        }
    }

    private List<FrameworkProblem> RoundingWarnings()
    {
        var warnings = new List<FrameworkProblem>();
        var rounding = Policy.Rounding;
        var leafStep = Step(rounding.LeafDecimals);
        var indexStep = Step(rounding.IndexDecimals);
        void Check(decimal value, decimal step, int decimals, string what, string path, string? code, string name)
        {
            if (value % step != 0m) warnings.Add(new FrameworkProblem(path, code, (what == "leaf" ? ErrorCodes.NotOnLeafStep : ErrorCodes.NotOnIndexStep).With(name, value, step, decimals)));
        }

        var inheritedManualStep = false;
        foreach (var leaf in Leaves)
        {
            var path = _pathByCode[leaf.Code];
            Check(leaf.MaxPoints, leafStep, rounding.LeafDecimals, "leaf", path + ".maxPoints", leaf.Code, "max points");
            foreach (var figure in leaf.Rule?.PointFigures() ?? [])
            {
                if (figure.Path is null) inheritedManualStep = true;
                else Check(figure.Points, leafStep, rounding.LeafDecimals, "leaf", $"{path}.rule.{figure.Path}", leaf.Code, figure.What);
            }
        }
        if (inheritedManualStep) Check(Policy.ManualStep, leafStep, rounding.LeafDecimals, "leaf", "scoring.manualStep", null, "the manual step");
        for (var i = 0; i < Parts.Count; i++)
            Check(Parts[i].MaxPoints, indexStep, rounding.IndexDecimals, "index", $"parts[{i}].maxPoints", null, $"part '{Parts[i].Code}' max points");
        Check(Policy.Scale, indexStep, rounding.IndexDecimals, "index", "scoring.scale", null, "the scale");
        return warnings;
    }

    private static decimal Step(int decimals)
    {
        var step = 1m;
        for (var i = 0; i < decimals; i++) step /= 10m;
        return step;
    }

    private static IEnumerable<Node> Flatten(Node node) => [node, .. node.Children.SelectMany(Flatten)];

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[0-9]+(\\.[0-9]+)*$")]
    private static partial Regex CodePattern();

    /// <summary>Collects every structural problem; fills the framework's code index as it goes.</summary>
    private sealed class FrameworkChecker(Framework f)
    {
        private readonly List<FrameworkProblem> _problems = [];

        public List<FrameworkProblem> Check()
        {
            CheckInfo();
            CheckPolicy();
            if (f.Areas.Count == 0) Add("areas", null, ErrorCodes.NoAreas.With());
            for (var i = 0; i < f.Areas.Count; i++) CheckNode(f.Areas[i], $"areas[{i}]", null, 1);
            CheckRelativeLeaders();
            CheckParts();
            CheckBands();
            CheckAdjustments();
            CheckDisqualifiers();
            return _problems;
        }

        private void Add(string path, string? code, ErrorMessage message) => _problems.Add(new FrameworkProblem(path, code, message));

        private void CheckInfo()
        {
            var i = f.Info;
            if (string.IsNullOrWhiteSpace(i.Id) || !IdPattern().IsMatch(i.Id))
                Add("id", null, ErrorCodes.FrameworkIdFormat.With(i.Id));
            if (string.IsNullOrWhiteSpace(i.Name)) Add("name", null, ErrorCodes.FrameworkNameMissing.With());
            if (string.IsNullOrWhiteSpace(i.Issuer)) Add("issuer", null, ErrorCodes.FrameworkIssuerMissing.With());
            if (i.Year is < 2000 or > 2100) Add("year", null, ErrorCodes.FrameworkYearRange.With(i.Year));
            if (string.IsNullOrWhiteSpace(i.Version)) Add("version", null, ErrorCodes.FrameworkVersionMissing.With());
        }

        private void CheckPolicy()
        {
            var p = f.Policy;
            if (p.Scale <= 0m) Add("scoring.scale", null, ErrorCodes.ScaleNotPositive.With(p.Scale));
            if (p.Rounding.LeafDecimals is < 0 or > 6) Add("scoring.rounding.leafDecimals", null, ErrorCodes.LeafDecimalsRange.With(p.Rounding.LeafDecimals));
            if (p.Rounding.IndexDecimals is < 0 or > 6) Add("scoring.rounding.indexDecimals", null, ErrorCodes.IndexDecimalsRange.With(p.Rounding.IndexDecimals));
            if (p.ManualStep <= 0m) Add("scoring.manualStep", null, ErrorCodes.ManualStepNotPositive.With(p.ManualStep));
            if (p.TopBandQuotaPercent is { } q && (q <= 0m || q > 100m)) Add("scoring.topBandQuotaPercent", null, ErrorCodes.QuotaRange.With(q));
            if (p.BandsByRank && p.TopBandQuotaPercent is not null) Add("scoring.topBandQuotaPercent", null, ErrorCodes.QuotaWithBandsByRank.With());
        }

        private void CheckNode(Node node, string path, Node? parent, int level)
        {
            var code = node.Code;
            if (string.IsNullOrWhiteSpace(code) || !CodePattern().IsMatch(code))
            {
                Add(path + ".code", code, ErrorCodes.CodeFormat.With(code));
            }
            else
            {
                if (parent is null && code.Contains('.', StringComparison.Ordinal))
                    Add(path + ".code", code, ErrorCodes.AreaCodeFormat.With(code));
                if (parent is not null && CodePattern().IsMatch(parent.Code)
                    && !(code.StartsWith(parent.Code + ".", StringComparison.Ordinal) && !code[(parent.Code.Length + 1)..].Contains('.', StringComparison.Ordinal)))
                    Add(path + ".code", code, ErrorCodes.CodeNotUnderParent.With(code, parent.Code));
                if (!f._byCode.TryAdd(code, node)) Add(path + ".code", code, ErrorCodes.DuplicateCode.With(code));
                else f._pathByCode[code] = path;
            }
            if (string.IsNullOrWhiteSpace(node.Name)) Add(path + ".name", code, ErrorCodes.NodeNameMissing.With());
            if (node.MaxPoints < 0m || node.MaxPoints > MaxPointsLimit)
                Add(path + ".maxPoints", code, ErrorCodes.MaxPointsRange.With(MaxPointsLimit, node.MaxPoints));
            if (level > MaxLevels) Add(path, code, ErrorCodes.TooManyLevels.With(MaxLevels));
            if (node.IsLeaf)
            {
                if (node.Rule is null) Add(path + ".rule", code, ErrorCodes.LeafWithoutRule.With());
                else if (node.MaxPoints >= 0m && node.MaxPoints <= MaxPointsLimit)
                {
                    // A rule is checked against its leaf's max only when that max is itself valid: one defect, one message.
                    var context = new RuleContext(node.MaxPoints, f.Policy);
                    foreach (var problem in node.Rule.Validate(context))
                        Add(problem.Path.Length == 0 ? path + ".rule" : path + ".rule." + problem.Path, code, problem.Error);
                }
            }
            else
            {
                if (node.Rule is not null) Add(path + ".rule", code, ErrorCodes.ParentWithRule.With());
                if (node.Evidence is not null) Add(path + ".evidence", code, ErrorCodes.ParentWithEvidence.With());
                if (node.NotApplicable is not null) Add(path + ".notApplicable", code, ErrorCodes.ParentWithNotApplicable.With());
                for (var i = 0; i < node.Children.Count; i++)
                    CheckNode(node.Children[i], $"{path}.children[{i}]", node, level + 1);
                var expected = node.Aggregation == Aggregation.BestOf ? node.Children.Max(c => c.MaxPoints) : node.Children.Sum(c => c.MaxPoints);
                if (expected != node.MaxPoints)
                    Add(path + ".maxPoints", code, node.Aggregation == Aggregation.BestOf
                        ? ErrorCodes.MaxNotLargestOfChildren.With(node.MaxPoints, expected)
                        : ErrorCodes.MaxNotSumOfChildren.With(node.MaxPoints, expected));
            }
            for (var i = 0; i < node.Adjustments.Count; i++)
                CheckAdjustment(node.Adjustments[i], $"{path}.adjustments[{i}]", code);
        }

        private void CheckRelativeLeaders()
        {
            foreach (var leaf in f.Leaves)
            {
                if (leaf.Rule is not RelativeToBestRule { RelativeTo: RelativeTo.Leader, LeaderIndicator: { } indicator }) continue;
                var target = f.FindNode(indicator);
                if (target is null || !target.IsLeaf || target.Rule?.MeasuredBy is null)
                    Add((f.PathOf(leaf.Code) ?? "areas") + ".rule.leaderIndicator", leaf.Code,
                        ErrorCodes.LeaderIndicatorNotMeasured.With(indicator));
            }
        }

        private readonly HashSet<string> _adjustmentCodes = new(StringComparer.Ordinal);

        private void CheckAdjustment(Adjustment a, string path, string? nodeCode)
        {
            if (string.IsNullOrWhiteSpace(a.Code)) Add(path + ".code", nodeCode, ErrorCodes.AdjustmentCodeMissing.With());
            else if (!_adjustmentCodes.Add(a.Code)) Add(path + ".code", nodeCode, ErrorCodes.DuplicateAdjustmentCode.With(a.Code));
            if (string.IsNullOrWhiteSpace(a.Name)) Add(path + ".name", nodeCode, ErrorCodes.AdjustmentNameMissing.With());
            if ((a.PointsPerOccurrence is null) == (a.FixedPoints is null))
                Add(path, nodeCode, ErrorCodes.AdjustmentPointsOneOf.With());
            if (a.PointsPerOccurrence is <= 0m) Add(path + ".pointsPerOccurrence", nodeCode, ErrorCodes.AdjustmentPerOccurrenceNotPositive.With(a.PointsPerOccurrence));
            if (a.FixedPoints is <= 0m) Add(path + ".fixedPoints", nodeCode, ErrorCodes.AdjustmentFixedNotPositive.With(a.FixedPoints));
            if (a.Cap <= 0m || a.Cap > MaxPointsLimit) Add(path + ".cap", nodeCode, ErrorCodes.AdjustmentCapRange.With(MaxPointsLimit, a.Cap));
            if (a.PointsPerOccurrence > MaxPointsLimit || a.FixedPoints > MaxPointsLimit)
                Add(path, nodeCode, ErrorCodes.AdjustmentPointsTooLarge.With(MaxPointsLimit));
        }

        private void CheckAdjustments()
        {
            for (var i = 0; i < f.Adjustments.Count; i++) CheckAdjustment(f.Adjustments[i], $"adjustments[{i}]", null);
        }

        private void CheckParts()
        {
            if (f.Parts.Count == 0) return;
            var areaCodes = f.Areas.Select(a => a.Code).ToHashSet(StringComparer.Ordinal);
            var owner = new Dictionary<string, string>(StringComparer.Ordinal);
            var partCodes = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < f.Parts.Count; i++)
            {
                var part = f.Parts[i];
                var path = $"parts[{i}]";
                if (string.IsNullOrWhiteSpace(part.Code) || !partCodes.Add(part.Code)) Add(path + ".code", null, ErrorCodes.PartCodeInvalid.With(part.Code));
                if (string.IsNullOrWhiteSpace(part.Name)) Add(path + ".name", null, ErrorCodes.PartNameMissing.With());
                if (part.AreaCodes.Count == 0) Add(path + ".areas", null, ErrorCodes.PartWithoutAreas.With());
                decimal sum = 0m;
                for (var j = 0; j < part.AreaCodes.Count; j++)
                {
                    var ac = part.AreaCodes[j];
                    if (!areaCodes.Contains(ac)) { Add($"{path}.areas[{j}]", ac, ErrorCodes.PartAreaUnknown.With(ac)); continue; }
                    if (!owner.TryAdd(ac, part.Code)) Add($"{path}.areas[{j}]", ac, ErrorCodes.AreaInTwoParts.With(ac, owner[ac]));
                    sum += f._byCode[ac].MaxPoints;
                }
                if (sum != part.MaxPoints) Add(path + ".maxPoints", null, ErrorCodes.PartMaxNotSum.With(part.MaxPoints, sum));
            }
            foreach (var area in f.Areas.Where(a => !owner.ContainsKey(a.Code)))
                Add("parts", area.Code, ErrorCodes.AreaInNoPart.With(area.Code));
        }

        private void CheckBands()
        {
            var bands = f.Bands;
            var labels = new HashSet<string>(StringComparer.Ordinal);
            var scale = f.Policy.Scale;
            for (var i = 0; i < bands.Count; i++)
            {
                var b = bands[i];
                var path = $"bands[{i}]";
                if (string.IsNullOrWhiteSpace(b.Label)) Add(path + ".label", null, ErrorCodes.BandLabelMissing.With());
                else if (!labels.Add(b.Label)) Add(path + ".label", null, ErrorCodes.DuplicateBand.With(b.Label));
                if (b.MinIndex < 0m || b.MinIndex > scale) Add(path + ".minIndex", null, ErrorCodes.BandStartOutsideScale.With(b.Label, b.MinIndex, scale));
                if (b.MaxIndex is { } max)
                {
                    if (max > scale) Add(path + ".maxIndex", null, ErrorCodes.BandEndAboveScale.With(b.Label, max, scale));
                    if (max <= b.MinIndex) Add(path + ".maxIndex", null, ErrorCodes.BandEndNotAboveStart.With(b.Label, max, b.MinIndex));
                    if (i == 0 && max != scale && max <= scale) Add(path + ".maxIndex", null, ErrorCodes.TopBandBelowScale.With(b.Label, scale, max));
                }
                if (i == 0) continue;
                var prev = bands[i - 1];
                if (b.MinIndex >= prev.MinIndex)
                {
                    Add(path + ".minIndex", null, ErrorCodes.BandsNotDecreasing.With(b.MinIndex, prev.MinIndex));
                    continue;
                }
                if (b.MaxIndex is { } end && end < prev.MinIndex)
                    Add(path + ".maxIndex", null, ErrorCodes.BandGap.With(b.Label, end, prev.Label, prev.MinIndex));
                if (b.MaxIndex is { } end2 && end2 > prev.MinIndex)
                    Add(path + ".maxIndex", null, ErrorCodes.BandOverlap.With(b.Label, end2, prev.Label, prev.MinIndex));
            }
            if (bands.Count > 0 && bands[^1].MinIndex != 0m && !f.Policy.BandsByRank)
                Add($"bands[{bands.Count - 1}].minIndex", null, ErrorCodes.LowestBandNotZero.With(bands[^1].MinIndex));
        }

        private void CheckDisqualifiers()
        {
            var labels = f.Bands.Select(b => b.Label).ToHashSet(StringComparer.Ordinal);
            var codes = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < f.Disqualifiers.Count; i++)
            {
                var d = f.Disqualifiers[i];
                var path = $"disqualifiers[{i}]";
                if (string.IsNullOrWhiteSpace(d.Code) || !codes.Add(d.Code)) Add(path + ".code", null, ErrorCodes.DisqualifierCodeInvalid.With(d.Code));
                if (string.IsNullOrWhiteSpace(d.Name)) Add(path + ".name", null, ErrorCodes.DisqualifierNameMissing.With());
                if (!labels.Contains(d.HighestBand)) Add(path + ".highestBand", null, ErrorCodes.DisqualifierBandUnknown.With(d.HighestBand, string.Join(", ", labels.Select(l => $"'{l}'"))));
            }
        }
    }
}
