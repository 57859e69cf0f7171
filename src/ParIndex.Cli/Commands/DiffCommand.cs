using System.CommandLine;
using ParIndex.Cli.Inputs;
using ParIndex.Engine.Model;

namespace ParIndex.Cli.Commands;

/// <summary><c>parindex diff old.json new.json</c>: nodes added, removed, and whose name, max or rule changed.</summary>
internal static class DiffCommand
{
    public static Command Create(CliContext context)
    {
        var oldFile = new Argument<string>("old") { Description = "The earlier framework file." };
        var newFile = new Argument<string>("new") { Description = "The later framework file." };
        var command = new Command("diff",
            "Compares two versions of a framework, node by node (matched by code): '+' added, '-' removed, '~' changed "
            + "(name, max points, rule, leaf or parent), plus changes of bands and scoring policy. Exit code 0 whether or "
            + "not they differ; 1 when a file cannot be loaded.\n\n"
            + "Example:\n  parindex diff bo-chi-so-2023.json bo-chi-so-2024.json")
        {
            oldFile, newFile,
        };
        command.SetAction(parsed => Run(context, parsed.GetValue(oldFile)!, parsed.GetValue(newFile)!));
        return command;
    }

    public static int Run(CliContext context, string oldPath, string newPath)
    {
        var before = Documents.LoadFramework(oldPath);
        var after = Documents.LoadFramework(newPath);
        var lines = Compare(before, after);
        context.Out.WriteLine($"{before.Info.Id} {before.Info.Version} → {after.Info.Id} {after.Info.Version}");
        if (lines.Count == 0) context.Out.WriteLine("no changes to nodes, max points, rules, bands or scoring");
        foreach (var line in lines) context.Out.WriteLine(line);
        return CliApp.Ok;
    }

    public static IReadOnlyList<string> Compare(Framework before, Framework after)
    {
        var lines = new List<string>();
        var oldNodes = before.AllNodes.ToDictionary(n => n.Code, StringComparer.Ordinal);
        var newNodes = after.AllNodes.ToDictionary(n => n.Code, StringComparer.Ordinal);
        foreach (var n in before.AllNodes.Where(n => !newNodes.ContainsKey(n.Code)))
            lines.Add($"- {n.Code} {n.Name} (max {Numbers.Format(n.MaxPoints, 4)}): removed");
        foreach (var n in after.AllNodes.Where(n => !oldNodes.ContainsKey(n.Code)))
            lines.Add($"+ {n.Code} {n.Name} (max {Numbers.Format(n.MaxPoints, 4)}" + (n.Rule is { } r ? $"; {r.Describe()}" : string.Empty) + "): added");
        foreach (var n in after.AllNodes.Where(n => oldNodes.ContainsKey(n.Code)))
        {
            var o = oldNodes[n.Code];
            if (o.Name != n.Name) lines.Add($"~ {n.Code} name: \"{o.Name}\" → \"{n.Name}\"");
            if (o.MaxPoints != n.MaxPoints) lines.Add($"~ {n.Code} max: {Numbers.Format(o.MaxPoints, 4)} → {Numbers.Format(n.MaxPoints, 4)}");
            if (o.IsLeaf != n.IsLeaf) lines.Add($"~ {n.Code}: {(o.IsLeaf ? "leaf" : "parent")} → {(n.IsLeaf ? "leaf" : "parent")}");
            else if (o.Rule is { } or && n.Rule is { } nr && or.Describe() != nr.Describe()) lines.Add($"~ {n.Code} rule: {or.Describe()} → {nr.Describe()}");
            if (o.Aggregation != n.Aggregation) lines.Add($"~ {n.Code} aggregation: {o.Aggregation} → {n.Aggregation}");
            if (o.NotApplicable != n.NotApplicable) lines.Add($"~ {n.Code} not applicable: {o.NotApplicable?.ToString() ?? "default"} → {n.NotApplicable?.ToString() ?? "default"}");
            if ((o.Evidence is null) != (n.Evidence is null)) lines.Add($"~ {n.Code} evidence: {(o.Evidence is null ? "not required" : "required")} → {(n.Evidence is null ? "not required" : "required")}");
        }
        var oldBands = string.Join("; ", before.Bands.Select(b => $"{b.Label} ≥ {Numbers.Format(b.MinIndex, 4)}"));
        var newBands = string.Join("; ", after.Bands.Select(b => $"{b.Label} ≥ {Numbers.Format(b.MinIndex, 4)}"));
        if (oldBands != newBands) lines.Add($"~ bands: {(oldBands.Length == 0 ? "none" : oldBands)} → {(newBands.Length == 0 ? "none" : newBands)}");
        if (before.Policy != after.Policy) lines.Add($"~ scoring: {before.Policy} → {after.Policy}");
        return lines;
    }
}
