using ParIndex.Engine.Serialization;

namespace ParIndex.Engine.DependencyInjection;

/// <summary>Options of <see cref="ParIndexServiceCollectionExtensions.AddParIndexEngine"/>: the reading limits and custom rule kinds.</summary>
public sealed class ParIndexEngineOptions
{
    private readonly List<IRuleKind> _ruleKinds = [];

    /// <summary>The limits the JSON loaders enforce.</summary>
    public JsonLimits Limits { get; set; } = JsonLimits.Default;

    /// <summary>The custom rule kinds added so far.</summary>
    public IReadOnlyList<IRuleKind> RuleKinds => _ruleKinds;

    /// <summary>Adds a custom rule kind (one class per kind).</summary>
    public ParIndexEngineOptions AddRuleKind(IRuleKind kind)
    {
        ArgumentNullException.ThrowIfNull(kind);
        _ruleKinds.Add(kind);
        return this;
    }

    /// <summary>Every problem of these options, each saying what to fix; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (Limits is null) problems.Add("Limits is null; set it to JsonLimits.Default or a JsonLimits with positive values.");
        else
        {
            if (Limits.MaxBytes <= 0) problems.Add($"Limits.MaxBytes must be positive; got {Limits.MaxBytes}.");
            if (Limits.MaxDepth is <= 0 or > 1000) problems.Add($"Limits.MaxDepth must be 1 to 1000; got {Limits.MaxDepth}.");
            if (Limits.MaxNodes <= 0) problems.Add($"Limits.MaxNodes must be positive; got {Limits.MaxNodes}.");
            if (Limits.MaxUnits <= 0) problems.Add($"Limits.MaxUnits must be positive; got {Limits.MaxUnits}.");
        }
        try
        {
            BuildRegistry();
        }
        catch (ArgumentException e)
        {
            problems.Add(e.Message);
        }
        return problems;
    }

    internal RuleKindRegistry BuildRegistry()
    {
        var registry = new RuleKindRegistry();
        foreach (var kind in _ruleKinds) registry.Add(kind);
        return registry;
    }
}
