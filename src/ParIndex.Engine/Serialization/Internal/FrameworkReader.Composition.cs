using ParIndex.Engine.Model;
using ParIndex.Engine.Rules;

namespace ParIndex.Engine.Serialization.Internal;

// A framework that extends another: "extends" names the base (a file, or an id and version), "changes" lists what
// the district does to it (add sub-criteria under a node, replace a leaf's rule, change a max), and the district's
// own identity, scoring, parts, bands, adjustments and disqualifiers replace the base's where given. Maxima are not
// propagated: a district that adds points states every max it changes, so the totals it publishes are the ones it
// wrote. The composed framework is validated as one; each problem is reported at the change that caused it (the base
// node named), at the node the district added, or at "extends" when the base itself is at fault.
internal sealed partial class FrameworkReader
{
    private static readonly string[] ExtendsProps = ["file", "id", "version"];
    private static readonly string[] ChangeProps = ["op", "node", "children", "rule", "maxPoints", "note"];
    private static readonly string[] Ops = ["addChildren", "replaceRule", "setMaxPoints"];

    /// <summary>The composition read, when the document extends a base.</summary>
    public FrameworkComposition? Composition { get; private set; }

    private Framework? ReadComposed(JObject o, JNode root)
    {
        var before = ctx.ProblemCount;
        var extendsNode = o.Get("extends", true);
        if (o.Get("areas", false) is not null)
            o.Report("areas", ErrorCodes.ExtendsRepeatsAreas.With());
        var id = o.String("id", true);
        var name = o.String("name", true);
        var nameEn = o.String("nameEn");
        var issuer = o.String("issuer", true);
        var level = o.Enum("unitLevel", Names.UnitLevels, "unit level");
        var year = o.Int("year");
        var legal = o.String("legalBasis");
        var version = o.String("version", true);
        if (extendsNode is null) return null;
        var ext = JObject.Open(ctx, extendsNode, o.PathOf("extends"), ExtendsProps, "the base framework ('file', or 'id' and 'version')");
        if (ext is null) return null;
        var file = ext.String("file");
        var baseId = ext.String("id");
        var baseVersion = ext.String("version");
        if (file is null == (baseId is null || baseVersion is null))
        {
            ctx.Report(ext.Path, extendsNode, ErrorCodes.ExtendsIncomplete.With());
            return null;
        }
        if (resolveBase is null)
        {
            ctx.Report(ext.Path, extendsNode, ErrorCodes.ExtendsNoLookup.With());
            return null;
        }
        var (baseFramework, source, problem) = resolveBase(file, baseId, baseVersion);
        if (baseFramework is null)
        {
            ctx.Report(ext.Path, extendsNode, problem ?? ErrorCodes.BaseNotLoaded.With());
            return null;
        }

        var policy = o.Get("scoring", false) is { } s ? ReadPolicy(s, o.PathOf("scoring")) : baseFramework.Policy;
        var parts = ReadList(o, "parts", ReadPart) ?? [.. baseFramework.Parts];
        var bands = ReadList(o, "bands", ReadBand) ?? [.. baseFramework.Bands];
        var adjustments = ReadList(o, "adjustments", ReadAdjustment) ?? [.. baseFramework.Adjustments];
        var disqualifiers = ReadList(o, "disqualifiers", ReadDisqualifier) ?? [.. baseFramework.Disqualifiers];

        IReadOnlyList<Node> areas = baseFramework.Areas;
        var changes = new List<FrameworkChange>();
        var touched = new List<(string Code, string Path, JNode Node)>();
        var added = new Dictionary<string, (string Path, JNode Node)>(StringComparer.Ordinal);
        foreach (var (changeNode, path) in o.Array("changes") ?? [])
        {
            var c = JObject.Open(ctx, changeNode, path, ChangeProps, "a change (op, node, and children, rule or maxPoints)");
            if (c is null) continue;
            var op = c.String("op", true);
            var code = c.String("node", true);
            if (op is null || code is null) continue;
            if (!Ops.Contains(op))
            {
                c.Report("op", ErrorCodes.ChangeOpUnknown.With(op, string.Join(", ", Ops)));
                continue;
            }
            var target = Find(areas, code);
            if (target is null)
            {
                c.Report("node", ErrorCodes.ChangeNodeUnknown.With(code, baseFramework.Info.Id, baseFramework.Info.Version));
                continue;
            }
            var line = ctx.Map.Locate(changeNode.Offset).Line;
            touched.Add((code, path, changeNode));
            switch (op)
            {
                case "addChildren":
                    var items = c.Array("children", required: true, nonEmpty: true);
                    if (items is null) continue;
                    var children = new List<Node>();
                    foreach (var (n, p) in items)
                    {
                        if (ReadNode(n, p, code.Count(ch => ch == '.') + 2) is not { } child) continue;
                        children.Add(child);
                        Record(child, p, n, added);
                    }
                    areas = Replace(areas, code, node => node with
                    {
                        Rule = null,
                        Evidence = null,
                        NotApplicable = null,
                        Children = [.. node.Children, .. children],
                    });
                    changes.Add(new FrameworkChange(op, code, line,
                        $"{code} (max {Text.Exact(target.MaxPoints)}): adds {string.Join(", ", children.Select(x => $"{x.Code} (max {Text.Exact(x.MaxPoints)}{(x.Rule is { } r ? "; " + r.Describe() : string.Empty)})"))}"
                        + (target.IsLeaf ? $"; it was a leaf ({target.Rule?.Describe()}) and now takes its points from them" : string.Empty)));
                    break;
                case "replaceRule":
                    if (!target.IsLeaf)
                    {
                        c.Report("node", ErrorCodes.ChangeRuleOnParent.With(code));
                        continue;
                    }
                    if (c.Get("rule", true) is not { } ruleNode || ReadRule(ruleNode, c.PathOf("rule")) is not { } rule) continue;
                    areas = Replace(areas, code, node => node with { Rule = rule });
                    changes.Add(new FrameworkChange(op, code, line, $"{code} rule: {target.Rule?.Describe()} → {rule.Describe()}"));
                    break;
                default:
                    if (c.Decimal("maxPoints", true) is not { } max) continue;
                    areas = Replace(areas, code, node => node with { MaxPoints = max });
                    changes.Add(new FrameworkChange(op, code, line, $"{code} max: {Text.Exact(target.MaxPoints)} → {Text.Exact(max)}"));
                    break;
            }
        }
        if (ctx.ProblemCount > before || id is null || name is null || issuer is null || version is null || policy is null) return null;

        var info = new FrameworkInfo
        {
            Id = id, Name = name, NameEn = nameEn, Issuer = issuer, UnitLevel = level ?? baseFramework.Info.UnitLevel,
            Year = year ?? baseFramework.Info.Year, LegalBasis = legal ?? baseFramework.Info.LegalBasis, Version = version,
        };
        try
        {
            var composed = new Framework(info, areas, policy, bands, parts, adjustments, disqualifiers, kinds);
            Composition = new FrameworkComposition { Base = baseFramework, BaseSource = source, Composed = composed, Changes = changes };
            return composed;
        }
        catch (FrameworkValidationException e)
        {
            var composedPaths = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < areas.Count; i++) MapPaths(areas[i], $"areas[{i}]", composedPaths);
            foreach (var p in e.Problems) ReportComposed(p, root, o, extendsNode, touched, added, composedPaths, baseFramework);
            return null;
        }
    }

    private void ReportComposed(FrameworkProblem problem, JNode root, JObject o, JNode extendsNode, List<(string Code, string Path, JNode Node)> touched,
        Dictionary<string, (string Path, JNode Node)> added, Dictionary<string, string> composedPaths, Framework baseFramework)
    {
        var code = problem.Code;
        if (code is not null && added.TryGetValue(code, out var mine) && composedPaths.TryGetValue(code, out var at) && problem.Path.StartsWith(at, StringComparison.Ordinal))
        {
            var districtPath = mine.Path + problem.Path[at.Length..];
            ctx.Report(districtPath, Paths.Resolve(root, districtPath.TrimStart('$', '.')), problem.Error);
            return;
        }
        if (code is not null)
        {
            var where = composedPaths.GetValueOrDefault(code, problem.Path);
            var cause = touched.LastOrDefault(t => t.Code == code || t.Code.StartsWith(code + ".", StringComparison.Ordinal) || code.StartsWith(t.Code + ".", StringComparison.Ordinal));
            if (cause.Node is not null)
            {
                ctx.Report(cause.Path, cause.Node, ErrorCodes.BaseNodeProblem.With(code, where, problem.Error));
                return;
            }
            ctx.Report(o.PathOf("extends"), extendsNode, ErrorCodes.BaseNodeProblemOutside.With(code, baseFramework.Info.Id, where, problem.Error));
            return;
        }
        var section = problem.Path.Split('[', '.')[0];
        if (section.Length > 0 && o.Get(section, false) is not null)
        {
            ctx.Report("$." + problem.Path, Paths.Resolve(root, problem.Path), problem.Error);
            return;
        }
        ctx.Report(o.PathOf("extends"), extendsNode, ErrorCodes.ComposedProblem.With(problem.Path, problem.Error));
    }

    private static void Record(Node node, string path, JNode json, Dictionary<string, (string Path, JNode Node)> added)
    {
        added[node.Code] = (path, json);
        var items = json["children"]?.Items;
        for (var i = 0; i < node.Children.Count && items is not null && i < items.Count; i++)
            Record(node.Children[i], Paths.Index(Paths.Child(path, "children"), i), items[i], added);
    }

    private static void MapPaths(Node node, string path, Dictionary<string, string> paths)
    {
        paths.TryAdd(node.Code, path);
        for (var i = 0; i < node.Children.Count; i++) MapPaths(node.Children[i], $"{path}.children[{i}]", paths);
    }

    private static Node? Find(IReadOnlyList<Node> nodes, string code)
    {
        foreach (var n in nodes)
        {
            if (n.Code == code) return n;
            if (code.StartsWith(n.Code + ".", StringComparison.Ordinal)) return Find(n.Children, code);
        }
        return null;
    }

    private static List<Node> Replace(IReadOnlyList<Node> nodes, string code, Func<Node, Node> edit) =>
        [.. nodes.Select(n => n.Code == code ? edit(n) : code.StartsWith(n.Code + ".", StringComparison.Ordinal) ? n with { Children = Replace(n.Children, code, edit) } : n)];
}
