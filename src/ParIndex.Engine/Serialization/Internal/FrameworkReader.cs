using ParIndex.Engine.Model;
using ParIndex.Engine.Rules;


namespace ParIndex.Engine.Serialization.Internal;

/// <summary>Maps the position-aware DOM of a framework document to a <see cref="Framework"/>, reporting every problem.</summary>
internal sealed partial class FrameworkReader(LoadContext ctx, RuleKindSet kinds, JsonLimits limits, BaseResolver? resolveBase = null)
{
    private static readonly string[] RootProps =
        ["$schema", "id", "name", "nameEn", "issuer", "unitLevel", "year", "legalBasis", "version", "extends", "changes", "scoring", "parts", "areas", "bands", "adjustments", "disqualifiers"];
    private static readonly string[] ScoringProps =
        ["scale", "rounding", "notApplicable", "zeroDenominatorIsNotApplicable", "manualStep", "indexUncapped", "ranking", "topBandQuotaPercent", "bandsByRank"];
    private static readonly string[] RoundingProps = ["mode", "leafDecimals", "indexDecimals"];
    private static readonly string[] PartProps = ["code", "name", "nameEn", "maxPoints", "areas"];
    private static readonly string[] NodeProps = ["code", "name", "nameEn", "maxPoints", "aggregation", "evidence", "notApplicable", "adjustments", "children", "rule"];
    private static readonly string[] EvidenceProps = ["referencesRequired", "description"];
    private static readonly string[] AdjustmentProps = ["code", "name", "nameEn", "kind", "pointsPerOccurrence", "fixedPoints", "cap"];
    private static readonly string[] BandProps = ["label", "labelEn", "minIndex", "maxIndex"];
    private static readonly string[] DisqualifierProps = ["code", "name", "nameEn", "highestBand"];

    private int _nodeCount;
    private bool _tooMany;

    public Framework? Read(JNode root)
    {
        var o = JObject.Open(ctx, root, "$", RootProps, "a framework");
        if (o is null) return null;
        var before = ctx.ProblemCount;
        CheckSchema(o);
        if (o.Get("extends", false) is not null || o.Get("changes", false) is not null) return ReadComposed(o, root);
        var id = o.String("id", true);
        var name = o.String("name", true);
        var nameEn = o.String("nameEn");
        var issuer = o.String("issuer", true);
        var level = o.Enum("unitLevel", Names.UnitLevels, "unit level", true);
        var year = o.Int("year", true);
        var legal = o.String("legalBasis");
        var version = o.String("version", true);
        var policy = o.Get("scoring", false) is { } s ? ReadPolicy(s, o.PathOf("scoring")) : ScoringPolicy.Default;
        var parts = ReadList(o, "parts", ReadPart);
        var areaItems = o.Array("areas", required: true);
        var areas = new List<Node>();
        foreach (var (n, p) in areaItems ?? [])
            if (ReadNode(n, p, 1) is { } node) areas.Add(node);
        var bands = ReadList(o, "bands", ReadBand);
        var adjustments = ReadList(o, "adjustments", ReadAdjustment);
        var disqualifiers = ReadList(o, "disqualifiers", ReadDisqualifier);
        if (ctx.ProblemCount > before || id is null || name is null || issuer is null || level is null || year is null || version is null || policy is null)
            return null;
        var info = new FrameworkInfo { Id = id, Name = name, NameEn = nameEn, Issuer = issuer, UnitLevel = level.Value, Year = year.Value, LegalBasis = legal, Version = version };
        try
        {
            return new Framework(info, areas, policy, bands, parts, adjustments, disqualifiers, kinds);
        }
        catch (FrameworkValidationException e)
        {
            foreach (var problem in e.Problems)
            {
                var at = Paths.Resolve(root, problem.Path);
                ctx.Report("$." + problem.Path, at, problem.Error);
            }
            return null;
        }
    }

    internal static void CheckSchema(JObject o)
    {
        var schema = o.String("$schema");
        var first = o.Node.Properties!.Count > 0 ? o.Node.Properties[0].Name : null;
        if (schema is not null && first != "$schema")
            o.Report("$schema", ErrorCodes.SchemaNotFirst.With());
    }

    private List<T>? ReadList<T>(JObject o, string name, Func<JNode, string, T?> read)
        where T : class
    {
        var items = o.Array(name);
        if (items is null) return null;
        var list = new List<T>();
        foreach (var (n, p) in items)
            if (read(n, p) is { } v) list.Add(v);
        return list;
    }

    private ScoringPolicy? ReadPolicy(JNode node, string path)
    {
        var o = JObject.Open(ctx, node, path, ScoringProps, "the scoring policy");
        if (o is null) return null;
        var d = ScoringPolicy.Default;
        var rounding = d.Rounding;
        if (o.Get("rounding", false) is { } r && JObject.Open(ctx, r, o.PathOf("rounding"), RoundingProps, "the rounding") is { } ro)
        {
            rounding = new Rounding
            {
                Mode = ro.Enum("mode", Names.RoundingModes, "rounding mode") ?? rounding.Mode,
                LeafDecimals = ro.Int("leafDecimals") ?? rounding.LeafDecimals,
                IndexDecimals = ro.Int("indexDecimals") ?? rounding.IndexDecimals,
            };
        }
        return new ScoringPolicy
        {
            Scale = o.Decimal("scale") ?? d.Scale,
            Rounding = rounding,
            NotApplicable = o.Enum("notApplicable", Names.NotApplicable, "not-applicable policy") ?? d.NotApplicable,
            ZeroDenominatorIsNotApplicable = o.Bool("zeroDenominatorIsNotApplicable") ?? d.ZeroDenominatorIsNotApplicable,
            ManualStep = o.Decimal("manualStep") ?? d.ManualStep,
            IndexUncapped = o.Bool("indexUncapped") ?? d.IndexUncapped,
            Ranking = o.Enum("ranking", Names.Rankings, "ranking method") ?? d.Ranking,
            TopBandQuotaPercent = o.Decimal("topBandQuotaPercent"),
            BandsByRank = o.Bool("bandsByRank") ?? d.BandsByRank,
        };
    }

    private Part? ReadPart(JNode node, string path)
    {
        var o = JObject.Open(ctx, node, path, PartProps, "a part");
        if (o is null) return null;
        var code = o.String("code", true);
        var name = o.String("name", true);
        var nameEn = o.String("nameEn");
        var max = o.Decimal("maxPoints", true);
        var areas = o.Strings("areas", true);
        return code is null || name is null || max is null || areas is null ? null
            : new Part { Code = code, Name = name, NameEn = nameEn, MaxPoints = max.Value, AreaCodes = areas };
    }

    private Node? ReadNode(JNode node, string path, int depth)
    {
        if (++_nodeCount > limits.MaxNodes)
        {
            if (!_tooMany) ctx.Report(path, node, ErrorCodes.TooManyNodes.With(limits.MaxNodes));
            _tooMany = true;
            return null;
        }
        var o = JObject.Open(ctx, node, path, NodeProps, "a node (area, criterion or sub-criterion)");
        if (o is null) return null;
        var code = o.String("code", true);
        var name = o.String("name", true);
        var nameEn = o.String("nameEn");
        var max = o.Decimal("maxPoints", true);
        var aggregation = o.Enum("aggregation", Names.Aggregations, "aggregation");
        EvidenceRequirement? evidence = null;
        if (o.Get("evidence", false) is { } ev && JObject.Open(ctx, ev, o.PathOf("evidence"), EvidenceProps, "an evidence requirement") is { } eo)
            evidence = new EvidenceRequirement { ReferencesRequired = eo.Bool("referencesRequired") ?? false, Description = eo.String("description") };
        var na = o.Enum("notApplicable", Names.NotApplicable, "not-applicable policy");
        var adjustments = ReadList(o, "adjustments", ReadAdjustment);
        var childItems = o.Array("children");
        var children = new List<Node>();
        foreach (var (n, p) in childItems ?? [])
            if (ReadNode(n, p, depth + 1) is { } child) children.Add(child);
        Rule? rule = null;
        var ruleNode = o.Get("rule", false);
        if (childItems is not null && ruleNode is not null)
            o.Report("rule", ErrorCodes.RuleAndChildren.With());
        else if (childItems is not null && childItems.Count == 0)
            o.Report("children", ErrorCodes.EmptyChildren.With());
        else if (childItems is null && ruleNode is null)
            ctx.Report(path, node, ErrorCodes.RuleOrChildrenMissing.With());
        else if (ruleNode is not null)
            rule = ReadRule(ruleNode, o.PathOf("rule"));
        if (code is null || name is null || max is null) return null;
        return new Node
        {
            Code = code, Name = name, NameEn = nameEn, MaxPoints = max.Value, Aggregation = aggregation ?? Aggregation.Sum,
            Evidence = evidence, NotApplicable = na, Adjustments = adjustments ?? [], Children = children, Rule = rule,
        };
    }

    private Rule? ReadRule(JNode node, string path)
    {
        if (node.Kind != JKind.Object)
        {
            ctx.Report(path, node, ErrorCodes.RuleExpected.With(node.Describe()));
            return null;
        }
        var kindNode = node["kind"];
        if (kindNode is null)
        {
            ctx.Report(path, node, ErrorCodes.RuleKindMissing.With(string.Join(", ", kinds.Kinds.Keys)));
            return null;
        }
        if (kindNode.Kind != JKind.String || !kinds.Kinds.TryGetValue(kindNode.Text!, out var kind))
        {
            ctx.Report(Paths.Child(path, "kind"), kindNode,
                ErrorCodes.RuleKindUnknown.With(kindNode.Kind == JKind.String ? $"'{kindNode.Text}'" : kindNode.Describe(), string.Join(", ", kinds.Kinds.Keys)));
            return null;
        }
        var o = JObject.Open(ctx, node, path, ["kind", .. kind.Properties], $"a '{kind.Name}' rule");
        if (o is null) return null;
        var before = ctx.ProblemCount;
        try
        {
            var rule = kind.Read(new RuleReader(o));
            if (rule is null && ctx.ProblemCount == before) ctx.Report(path, node, ErrorCodes.RuleNotRead.With(kind.Name));
            return rule;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            ctx.Report(path, node, ErrorCodes.RuleReaderFailed.With(kind.Name, e.Message));
            return null;
        }
    }

    private Band? ReadBand(JNode node, string path)
    {
        var o = JObject.Open(ctx, node, path, BandProps, "a band");
        if (o is null) return null;
        var label = o.String("label", true);
        var labelEn = o.String("labelEn");
        var min = o.Decimal("minIndex", true);
        var max = o.Decimal("maxIndex");
        return label is null || min is null ? null : new Band { Label = label, LabelEn = labelEn, MinIndex = min.Value, MaxIndex = max };
    }

    private Adjustment? ReadAdjustment(JNode node, string path)
    {
        var o = JObject.Open(ctx, node, path, AdjustmentProps, "an adjustment");
        if (o is null) return null;
        var code = o.String("code", true);
        var name = o.String("name", true);
        var nameEn = o.String("nameEn");
        var kind = o.Enum("kind", Names.AdjustmentKinds, "adjustment kind", true);
        var per = o.Decimal("pointsPerOccurrence");
        var fixedPoints = o.Decimal("fixedPoints");
        var cap = o.Decimal("cap", true);
        return code is null || name is null || kind is null || cap is null ? null
            : new Adjustment { Code = code, Name = name, NameEn = nameEn, Kind = kind.Value, PointsPerOccurrence = per, FixedPoints = fixedPoints, Cap = cap.Value };
    }

    private Disqualifier? ReadDisqualifier(JNode node, string path)
    {
        var o = JObject.Open(ctx, node, path, DisqualifierProps, "a disqualifier");
        if (o is null) return null;
        var code = o.String("code", true);
        var name = o.String("name", true);
        var nameEn = o.String("nameEn");
        var band = o.String("highestBand", true);
        return code is null || name is null || band is null ? null : new Disqualifier { Code = code, Name = name, NameEn = nameEn, HighestBand = band };
    }
}
