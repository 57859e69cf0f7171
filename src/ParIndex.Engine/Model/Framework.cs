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

    private static string D(decimal? value) => value is { } v ? Text.Exact(v) : string.Empty;

    private List<FrameworkProblem> RoundingWarnings()
    {
        var warnings = new List<FrameworkProblem>();
        var rounding = Policy.Rounding;
        var leafStep = Step(rounding.LeafDecimals);
        var indexStep = Step(rounding.IndexDecimals);
        string Why(decimal step, int decimals, string what) =>
            $"is not a multiple of {D(step)}, the step of the {what} decimals ({decimals}): it cannot be shown exactly at that precision; "
            + $"give it on the step or raise {(what == "leaf" ? "leafDecimals" : "indexDecimals")}";
        void Check(decimal value, decimal step, int decimals, string what, string path, string? code, string name)
        {
            if (value % step != 0m) warnings.Add(new FrameworkProblem(path, code, $"{name} {D(value)} {Why(step, decimals, what)}"));
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
            if (f.Areas.Count == 0) Add("areas", null, "a framework needs at least one area");
            for (var i = 0; i < f.Areas.Count; i++) CheckNode(f.Areas[i], $"areas[{i}]", null, 1);
            CheckRelativeLeaders();
            CheckParts();
            CheckBands();
            CheckAdjustments();
            CheckDisqualifiers();
            return _problems;
        }

        private void Add(string path, string? code, string message) => _problems.Add(new FrameworkProblem(path, code, message));

        private void CheckInfo()
        {
            var i = f.Info;
            if (string.IsNullOrWhiteSpace(i.Id) || !IdPattern().IsMatch(i.Id))
                Add("id", null, $"id '{i.Id}' must be lower-case letters, digits and single dashes (\"thanh-tri-commune-2018\")");
            if (string.IsNullOrWhiteSpace(i.Name)) Add("name", null, "a framework needs a name");
            if (string.IsNullOrWhiteSpace(i.Issuer)) Add("issuer", null, "a framework needs an issuer (\"UBND huyện Thạnh Trị\")");
            if (i.Year is < 2000 or > 2100) Add("year", null, $"year {i.Year} is out of range; expected 2000 to 2100");
            if (string.IsNullOrWhiteSpace(i.Version)) Add("version", null, "a framework needs a version (\"1.0.0\")");
        }

        private void CheckPolicy()
        {
            var p = f.Policy;
            if (p.Scale <= 0m) Add("scoring.scale", null, $"scale must be positive; got {D(p.Scale)}");
            if (p.Rounding.LeafDecimals is < 0 or > 6) Add("scoring.rounding.leafDecimals", null, $"leaf decimals must be 0 to 6; got {p.Rounding.LeafDecimals}");
            if (p.Rounding.IndexDecimals is < 0 or > 6) Add("scoring.rounding.indexDecimals", null, $"index decimals must be 0 to 6; got {p.Rounding.IndexDecimals}");
            if (p.ManualStep <= 0m) Add("scoring.manualStep", null, $"manual step must be positive; got {D(p.ManualStep)}");
            if (p.TopBandQuotaPercent is { } q && (q <= 0m || q > 100m)) Add("scoring.topBandQuotaPercent", null, $"a quota is a percentage; expected more than 0 and at most 100, got {D(q)}");
            if (p.BandsByRank && p.TopBandQuotaPercent is not null) Add("scoring.topBandQuotaPercent", null, "a top-band quota cannot be combined with bands by rank");
        }

        private void CheckNode(Node node, string path, Node? parent, int level)
        {
            var code = node.Code;
            if (string.IsNullOrWhiteSpace(code) || !CodePattern().IsMatch(code))
            {
                Add(path + ".code", code, $"code '{code}' must be digits separated by dots (\"3.4.1\")");
            }
            else
            {
                if (parent is null && code.Contains('.', StringComparison.Ordinal))
                    Add(path + ".code", code, $"an area's code is a single number; got '{code}'");
                if (parent is not null && CodePattern().IsMatch(parent.Code)
                    && !(code.StartsWith(parent.Code + ".", StringComparison.Ordinal) && !code[(parent.Code.Length + 1)..].Contains('.', StringComparison.Ordinal)))
                    Add(path + ".code", code, $"code '{code}' does not follow its parent '{parent.Code}'; expected '{parent.Code}.<n>'");
                if (!f._byCode.TryAdd(code, node)) Add(path + ".code", code, $"duplicate code '{code}'");
                else f._pathByCode[code] = path;
            }
            if (string.IsNullOrWhiteSpace(node.Name)) Add(path + ".name", code, "a node needs a Vietnamese name");
            if (node.MaxPoints < 0m || node.MaxPoints > MaxPointsLimit)
                Add(path + ".maxPoints", code, $"max points must be within 0 to {MaxPointsLimit}; got {D(node.MaxPoints)}");
            if (level > MaxLevels) Add(path, code, $"the tree is at most {MaxLevels} levels deep (area → criterion → sub-criterion → item)");
            if (node.IsLeaf)
            {
                if (node.Rule is null) Add(path + ".rule", code, "a leaf needs exactly one rule");
                else if (node.MaxPoints >= 0m && node.MaxPoints <= MaxPointsLimit)
                {
                    // A rule is checked against its leaf's max only when that max is itself valid: one defect, one message.
                    var context = new RuleContext(node.MaxPoints, f.Policy);
                    foreach (var problem in node.Rule.Validate(context))
                        Add(problem.Path.Length == 0 ? path + ".rule" : path + ".rule." + problem.Path, code, problem.Message);
                }
            }
            else
            {
                if (node.Rule is not null) Add(path + ".rule", code, "a node with children takes its points from them and cannot have a rule");
                if (node.Evidence is not null) Add(path + ".evidence", code, "evidence is required of leaves; move it to the leaves that need it");
                if (node.NotApplicable is not null) Add(path + ".notApplicable", code, "a not-applicable policy belongs to leaves");
                for (var i = 0; i < node.Children.Count; i++)
                    CheckNode(node.Children[i], $"{path}.children[{i}]", node, level + 1);
                var expected = node.Aggregation == Aggregation.BestOf ? node.Children.Max(c => c.MaxPoints) : node.Children.Sum(c => c.MaxPoints);
                if (expected != node.MaxPoints)
                    Add(path + ".maxPoints", code, node.Aggregation == Aggregation.BestOf
                        ? $"max points {D(node.MaxPoints)} must equal the largest of its children's maxima, {D(expected)}"
                        : $"max points {D(node.MaxPoints)} must equal the sum of its children's maxima, {D(expected)}");
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
                        $"leader indicator '{indicator}' must be the code of a leaf measured by a value, count or ratio");
            }
        }

        private readonly HashSet<string> _adjustmentCodes = new(StringComparer.Ordinal);

        private void CheckAdjustment(Adjustment a, string path, string? nodeCode)
        {
            if (string.IsNullOrWhiteSpace(a.Code)) Add(path + ".code", nodeCode, "an adjustment needs a code");
            else if (!_adjustmentCodes.Add(a.Code)) Add(path + ".code", nodeCode, $"duplicate adjustment code '{a.Code}'");
            if (string.IsNullOrWhiteSpace(a.Name)) Add(path + ".name", nodeCode, "an adjustment needs a Vietnamese name");
            if ((a.PointsPerOccurrence is null) == (a.FixedPoints is null))
                Add(path, nodeCode, "an adjustment needs exactly one of 'pointsPerOccurrence' and 'fixedPoints'");
            if (a.PointsPerOccurrence is <= 0m) Add(path + ".pointsPerOccurrence", nodeCode, $"points per occurrence must be positive; got {D(a.PointsPerOccurrence)}");
            if (a.FixedPoints is <= 0m) Add(path + ".fixedPoints", nodeCode, $"fixed points must be positive; got {D(a.FixedPoints)}");
            if (a.Cap <= 0m || a.Cap > MaxPointsLimit) Add(path + ".cap", nodeCode, $"cap must be positive and at most {MaxPointsLimit}; got {D(a.Cap)}");
            if (a.PointsPerOccurrence > MaxPointsLimit || a.FixedPoints > MaxPointsLimit)
                Add(path, nodeCode, $"an adjustment's points must be at most {MaxPointsLimit}");
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
                if (string.IsNullOrWhiteSpace(part.Code) || !partCodes.Add(part.Code)) Add(path + ".code", null, $"part code '{part.Code}' is empty or duplicate");
                if (string.IsNullOrWhiteSpace(part.Name)) Add(path + ".name", null, "a part needs a Vietnamese name");
                if (part.AreaCodes.Count == 0) Add(path + ".areas", null, "a part needs at least one area");
                decimal sum = 0m;
                for (var j = 0; j < part.AreaCodes.Count; j++)
                {
                    var ac = part.AreaCodes[j];
                    if (!areaCodes.Contains(ac)) { Add($"{path}.areas[{j}]", ac, $"'{ac}' is not the code of an area"); continue; }
                    if (!owner.TryAdd(ac, part.Code)) Add($"{path}.areas[{j}]", ac, $"area '{ac}' is already in part '{owner[ac]}'");
                    sum += f._byCode[ac].MaxPoints;
                }
                if (sum != part.MaxPoints) Add(path + ".maxPoints", null, $"max points {D(part.MaxPoints)} must equal the sum of its areas' maxima, {D(sum)}");
            }
            foreach (var area in f.Areas.Where(a => !owner.ContainsKey(a.Code)))
                Add("parts", area.Code, $"area '{area.Code}' is in no part; with parts declared every area belongs to exactly one");
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
                if (string.IsNullOrWhiteSpace(b.Label)) Add(path + ".label", null, "a band needs a label");
                else if (!labels.Add(b.Label)) Add(path + ".label", null, $"duplicate band '{b.Label}'");
                if (b.MinIndex < 0m || b.MinIndex > scale) Add(path + ".minIndex", null, $"band '{b.Label}' starts at {D(b.MinIndex)}, outside the scale 0 to {D(scale)}");
                if (b.MaxIndex is { } max)
                {
                    if (max > scale) Add(path + ".maxIndex", null, $"band '{b.Label}' ends at {D(max)}, above the scale {D(scale)}");
                    if (max <= b.MinIndex) Add(path + ".maxIndex", null, $"band '{b.Label}' ends at {D(max)}, not above its start {D(b.MinIndex)}");
                    if (i == 0 && max != scale && max <= scale) Add(path + ".maxIndex", null, $"the top band '{b.Label}' must reach the scale {D(scale)}; it ends at {D(max)}");
                }
                if (i == 0) continue;
                var prev = bands[i - 1];
                if (b.MinIndex >= prev.MinIndex)
                {
                    Add(path + ".minIndex", null, $"bands are listed best first with decreasing minima; {D(b.MinIndex)} follows {D(prev.MinIndex)}");
                    continue;
                }
                if (b.MaxIndex is { } end && end < prev.MinIndex)
                    Add(path + ".maxIndex", null, $"gap between band '{b.Label}' (ends at {D(end)}) and band '{prev.Label}' (starts at {D(prev.MinIndex)})");
                if (b.MaxIndex is { } end2 && end2 > prev.MinIndex)
                    Add(path + ".maxIndex", null, $"band '{b.Label}' (ends at {D(end2)}) overlaps band '{prev.Label}' (starts at {D(prev.MinIndex)})");
            }
            if (bands.Count > 0 && bands[^1].MinIndex != 0m && !f.Policy.BandsByRank)
                Add($"bands[{bands.Count - 1}].minIndex", null, $"the lowest band must start at 0 so every index has a band; it starts at {D(bands[^1].MinIndex)}");
        }

        private void CheckDisqualifiers()
        {
            var labels = f.Bands.Select(b => b.Label).ToHashSet(StringComparer.Ordinal);
            var codes = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < f.Disqualifiers.Count; i++)
            {
                var d = f.Disqualifiers[i];
                var path = $"disqualifiers[{i}]";
                if (string.IsNullOrWhiteSpace(d.Code) || !codes.Add(d.Code)) Add(path + ".code", null, $"disqualifier code '{d.Code}' is empty or duplicate");
                if (string.IsNullOrWhiteSpace(d.Name)) Add(path + ".name", null, "a disqualifier needs a Vietnamese name");
                if (!labels.Contains(d.HighestBand)) Add(path + ".highestBand", null, $"'{d.HighestBand}' is not a band of this framework; expected one of {string.Join(", ", labels.Select(l => $"'{l}'"))}");
            }
        }
    }
}
