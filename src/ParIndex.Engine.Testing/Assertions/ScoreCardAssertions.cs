using System.Globalization;
using FluentAssertions;
using FluentAssertions.Execution;
using FluentAssertions.Primitives;
using ParIndex.Engine.Results;
using ParIndex.Engine.Rules;
using ParIndex.Engine.Scenarios;

namespace ParIndex.Engine.Testing.Assertions;

/// <summary>
/// Assertions on a score card in the FluentAssertions style, with failure messages a clerk can read:
/// <c>card.Should().Award("3.4.1", 1.5m).And.HaveBand("Tốt")</c>.
/// </summary>
public sealed class ScoreCardAssertions : ReferenceTypeAssertions<ScoreCard, ScoreCardAssertions>
{
    /// <summary>Creates the assertions for a card.</summary>
    public ScoreCardAssertions(ScoreCard subject)
        : base(subject)
    {
    }

    /// <inheritdoc />
    protected override string Identifier => "score card";

    /// <summary>Asserts that the node <paramref name="code"/> awards exactly <paramref name="points"/>.</summary>
    public AndConstraint<ScoreCardAssertions> Award(string code, decimal points, string because = "", params object[] becauseArgs)
    {
        var node = Node(code, because, becauseArgs);
        if (node is null) return new(this);
        Execute.Assertion.BecauseOf(because, becauseArgs)
            .ForCondition(node.Awarded == points)
            .FailWith(Say($"Expected unit {Subject.UnitId}{{reason}}: {code} expected {N(points)}, got {N(node.Awarded)}: {ScenarioRunner.Explain(node)}{StepOf(code, points)}"));
        return new(this);
    }

    /// <summary>Asserts the index.</summary>
    public AndConstraint<ScoreCardAssertions> HaveIndex(decimal index, string because = "", params object[] becauseArgs)
    {
        if (Scored(because, becauseArgs))
            Execute.Assertion.BecauseOf(because, becauseArgs)
                .ForCondition(Subject.Index == index)
                .FailWith(Say($"Expected unit {Subject.UnitId}{{reason}}: index expected {N(index)}, got {N(Subject.Index)}"));
        return new(this);
    }

    /// <summary>Asserts the band (the card's own, by index and disqualifiers).</summary>
    public AndConstraint<ScoreCardAssertions> HaveBand(string band, string because = "", params object[] becauseArgs)
    {
        if (Scored(because, becauseArgs))
            Execute.Assertion.BecauseOf(because, becauseArgs)
                .ForCondition(Subject.Band == band)
                .FailWith(Say($"Expected unit {Subject.UnitId}{{reason}}: band expected '{band}', got '{Subject.Band ?? "none"}' (index {N(Subject.Index)})"));
        return new(this);
    }

    /// <summary>Asserts that the node <paramref name="code"/> loses points for the reason <paramref name="reason"/>.</summary>
    public AndConstraint<ScoreCardAssertions> LoseFor(string code, ReasonCode reason, string because = "", params object[] becauseArgs)
    {
        var node = Node(code, because, becauseArgs);
        if (node is null) return new(this);
        Execute.Assertion.BecauseOf(because, becauseArgs)
            .ForCondition(node.Lost > 0m)
            .FailWith(Say($"Expected unit {Subject.UnitId}{{reason}}: {code} to lose points for {reason.Value}, but it gives its full {N(node.Awarded)}"))
            .Then
            .ForCondition(node.Reasons.Any(r => r.Code == reason))
            .FailWith(Say($"Expected unit {Subject.UnitId}{{reason}}: {code} to lose {N(node.Lost)} for {reason.Value}, but the reason is {(node.Reasons.Count == 0 ? "none" : node.Reasons[0].Code.Value)}: {ScenarioRunner.Explain(node)}"));
        return new(this);
    }

    /// <summary>Asserts that the unit was scored: no input errors.</summary>
    public AndConstraint<ScoreCardAssertions> HaveNoErrors(string because = "", params object[] becauseArgs)
    {
        Execute.Assertion.BecauseOf(because, becauseArgs)
            .ForCondition(Subject.Errors.Count == 0)
            .FailWith(Say($"Expected unit {Subject.UnitId} to be scored{{reason}}, but it has input errors: {string.Join("; ", Subject.Errors.Select(e => e.ToString()))}"));
        return new(this);
    }

    private bool Scored(string because, object[] becauseArgs) =>
        Execute.Assertion.BecauseOf(because, becauseArgs)
            .ForCondition(Subject.IsScored)
            .FailWith(Say($"Expected unit {Subject.UnitId} to be scored{{reason}}, but it has input errors: {string.Join("; ", Subject.Errors.Select(e => e.ToString()))}"));

    private NodeScore? Node(string code, string because, object[] becauseArgs)
    {
        if (!Scored(because, becauseArgs)) return null;
        var node = Subject.Find(code);
        Execute.Assertion.BecauseOf(because, becauseArgs)
            .ForCondition(node is not null)
            .FailWith(Say($"Expected unit {Subject.UnitId}{{reason}} to have a node {code}, but the framework has no such code"));
        return node;
    }

    private string StepOf(string code, decimal points) => StepHint?.Invoke(code, points) ?? string.Empty;

    /// <summary>Which step expected points belong to, when the framework is known (set by <see cref="ScoreCardExtensions.Should(ScoreCard, Model.Framework)"/>).</summary>
    internal Func<string, decimal, string>? StepHint { get; init; }

    // FluentAssertions quotes the arguments it formats; the readable diff is composed here, as a clerk reads it. Its own
    // braces are doubled so FluentAssertions does not take them for placeholders; {reason} is kept for "because".
    private static string Say(string message) =>
        message.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal)
            .Replace("{{reason}}", "{reason}", StringComparison.Ordinal);

    private static string N(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);
}
