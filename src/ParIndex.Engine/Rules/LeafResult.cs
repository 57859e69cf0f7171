namespace ParIndex.Engine.Rules;

/// <summary>What a rule gives for one leaf: points, a status, a reason code and what was matched.</summary>
public readonly record struct LeafResult
{
    /// <summary>Creates a result.</summary>
    public LeafResult(decimal points, NodeStatus status, ReasonCode reason, decimal measured = 0m, int matched = -1)
    {
        Points = points;
        Status = status;
        Reason = reason;
        Measured = measured;
        Matched = matched;
    }

    /// <summary>The points given (before evidence and not-applicable handling, which the evaluator applies).</summary>
    public decimal Points { get; }

    /// <summary>The outcome in one word.</summary>
    public NodeStatus Status { get; }

    /// <summary>The stable reason code.</summary>
    public ReasonCode Reason { get; }

    /// <summary>The measured value the rule compared (a ratio in %, a count); 0 where none.</summary>
    public decimal Measured { get; }

    /// <summary>The index of the step or option matched; -1 where none.</summary>
    public int Matched { get; }

    /// <summary>A result whose status follows from the points and the max.</summary>
    public static LeafResult Of(decimal points, decimal max, ReasonCode reason, decimal measured = 0m, int matched = -1) =>
        new(points, points >= max ? NodeStatus.Full : points <= 0m ? NodeStatus.Zero : NodeStatus.Partial, reason, measured, matched);

    /// <summary>The input cannot be scored by this rule.</summary>
    public static LeafResult Error { get; } = new(0m, NodeStatus.InputError, ReasonCode.InputError);

    /// <summary>The measure says nothing happened (a ratio with denominator 0).</summary>
    public static LeafResult NotApplicable { get; } = new(0m, NodeStatus.NotApplicable, ReasonCode.NotApplicableExcluded);
}
