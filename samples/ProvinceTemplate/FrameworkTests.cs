using ParIndex.Engine.Testing;
using Xunit;

namespace ProvinceTemplate.Tests;

/// <summary>Each scenario of the file is one test, named after it; a failure prints what differed and why.</summary>
public class FrameworkTests
{
    [Theory]
    [ScenarioData("frameworks/my-district-2025.scenarios.json")]
    public void Scores_as_the_decision_says(ScenarioCase scenario) => scenario.Verify();
}
