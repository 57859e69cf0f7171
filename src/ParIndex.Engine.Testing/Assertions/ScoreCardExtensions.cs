using ParIndex.Engine.Model;
using ParIndex.Engine.Results;
using ParIndex.Engine.Scenarios;

namespace ParIndex.Engine.Testing.Assertions;

/// <summary>Entry points of the score card assertions.</summary>
public static class ScoreCardExtensions
{
    /// <summary>Starts assertions on a card: <c>card.Should().Award("3.4.1", 1.5m)</c>.</summary>
    public static ScoreCardAssertions Should(this ScoreCard card) => new(card);

    /// <summary>Starts assertions on a card, knowing its framework so that failures also say which step was expected.</summary>
    public static ScoreCardAssertions Should(this ScoreCard card, Framework framework)
    {
        ArgumentNullException.ThrowIfNull(framework);
        return new(card) { StepHint = (code, points) => ScenarioRunner.ExpectedStep(framework, code, points) };
    }
}
