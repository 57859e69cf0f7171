using ParIndex.Engine.Rules;

namespace ParIndex.Engine.Scenarios;

/// <summary>What one node must give in a scenario; unset parts are not checked.</summary>
public sealed record NodeExpectation
{
    /// <summary>The points awarded.</summary>
    public decimal? Points { get; init; }

    /// <summary>The node's status.</summary>
    public NodeStatus? Status { get; init; }

    /// <summary>The code of the node's first reason ("step-matched").</summary>
    public string? Reason { get; init; }
}
