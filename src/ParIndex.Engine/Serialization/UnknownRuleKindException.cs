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
        : this(kind, ruleType, nodeCode, Describe(kind, ruleType, nodeCode, registered))
    {
    }

    private UnknownRuleKindException(string kind, Type ruleType, string? nodeCode, ErrorMessage error)
        : base(error.ToString())
    {
        ArgumentNullException.ThrowIfNull(ruleType);
        ErrorCode = error.Code;
        Arguments = error.Arguments;
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

    /// <summary>The stable code: PI0335, or PI0336 when the leaf is known.</summary>
    public ErrorCode ErrorCode { get; }

    /// <summary>The arguments of <see cref="ErrorCode"/>.</summary>
    public IReadOnlyList<MessageArgument> Arguments { get; }

    private static ErrorMessage Describe(string kind, Type ruleType, string? nodeCode, IReadOnlyList<string> registered) =>
        nodeCode is null
            ? ErrorCodes.RuleKindNotRegistered.With(kind, ruleType?.Name, string.Join(", ", registered ?? []))
            : ErrorCodes.RuleKindNotRegisteredAtLeaf.With(kind, ruleType?.Name, nodeCode, string.Join(", ", registered ?? []));
}
