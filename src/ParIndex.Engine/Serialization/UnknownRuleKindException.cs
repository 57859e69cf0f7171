namespace ParIndex.Engine.Serialization;

/// <summary>
/// A rule cannot be written or hashed: no registered rule kind writes it. The content hash of a framework is written by
/// its rule kinds, so a framework with such a rule has no hash until its kind is registered.
/// </summary>
public sealed class UnknownRuleKindException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="kind">The rule's kind name.</param>
    /// <param name="ruleType">The rule's type.</param>
    /// <param name="nodeCode">The leaf that holds the rule, when known.</param>
    /// <param name="registered">The kinds that are registered.</param>
    public UnknownRuleKindException(string kind, Type ruleType, string? nodeCode, IReadOnlyList<string> registered)
        : base(Describe(kind, ruleType, nodeCode, registered))
    {
        ArgumentNullException.ThrowIfNull(ruleType);
        Kind = kind;
        RuleType = ruleType;
        NodeCode = nodeCode;
    }

    /// <summary>The rule's kind name.</summary>
    public string Kind { get; }

    /// <summary>The rule's type.</summary>
    public Type RuleType { get; }

    /// <summary>The leaf that holds the rule, when known.</summary>
    public string? NodeCode { get; }

    private static string Describe(string kind, Type ruleType, string? nodeCode, IReadOnlyList<string> registered) =>
        $"Rule kind '{kind}' ({ruleType?.Name}){(nodeCode is null ? string.Empty : $" of leaf {nodeCode}")} is not registered, so the rule cannot be written or hashed; " +
        $"add its IRuleKind to the RuleKindRegistry (registered: {string.Join(", ", registered)}).";
}
