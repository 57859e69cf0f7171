using System.CommandLine;
using ParIndex.Cli.Inputs;
using ParIndex.Engine.Model;
using ParIndex.Engine.Serialization;

namespace ParIndex.Cli.Commands;

/// <summary>
/// <c>parindex diff old.json new.json</c>: nodes added, removed, and whose name, max or rule changed;
/// <c>parindex diff district.json</c>: what a framework that extends another changed against its base.
/// </summary>
internal static class DiffCommand
{
    public static Command Create(CliContext context)
    {
        var oldFile = new Argument<string>("old") { Description = "The earlier framework file." };
        var newFile = new Argument<string?>("new") { Description = "The later framework file; omit it to compare a framework that extends another with its base.", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("diff",
            "Compares two versions of a framework, node by node (matched by code): '+' added, '-' removed, '~' changed "
            + "(name, max points, rule, leaf or parent), plus changes of bands and scoring policy. Exit code 0 whether or "
            + "not they differ; 1 when a file cannot be loaded. With one file that extends a base framework ('extends'), lists the "
            + "district's declared changes and compares the composed framework with its base.\n\n"
            + "Example:\n  parindex diff bo-chi-so-2023.json bo-chi-so-2024.json\n  parindex diff bo-chi-so-huyen-2024.json")
        {
            oldFile, newFile,
        };
        command.SetAction(parsed => parsed.GetValue(newFile) is { } later ? Run(context, parsed.GetValue(oldFile)!, later) : RunComposition(context, parsed.GetValue(oldFile)!));
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

    /// <summary>A district's framework against its base: the declared changes with their lines, then node by node.</summary>
    public static int RunComposition(CliContext context, string path)
    {
        Documents.RequireFile(path);
        var result = ParIndexJson.Default.LoadComposition(path);
        if (!result.Succeeded) throw new CliException(Output.ProblemText.Lines(result.Problems));
        var composition = result.Value!;
        var (before, after) = (composition.Base, composition.Composed);
        context.Out.WriteLine($"{after.Info.Id} {after.Info.Version} extends {before.Info.Id} {before.Info.Version} ({composition.BaseSource})");
        context.Out.WriteLine($"content hash {after.ContentHash[..12]} (base {before.ContentHash[..12]})");
        context.Out.WriteLine();
        context.Out.WriteLine($"{composition.Changes.Count} declared changes:");
        foreach (var change in composition.Changes) context.Out.WriteLine($"  line {change.Line}: {change.Op} {change.Description}");
        context.Out.WriteLine();
        context.Out.WriteLine("against the base, node by node:");
        var lines = Compare(before, after);
        foreach (var line in lines.Where(l => !l.StartsWith("~ scoring", StringComparison.Ordinal))) context.Out.WriteLine(line);
        if (before.Policy != after.Policy) context.Out.WriteLine("~ scoring: the district's policy replaces the base's");
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
