using FluentAssertions;
using ParIndex.Engine.Evaluation;
using ParIndex.Engine.Model;
using ParIndex.Engine.Rules;
using Xunit;

namespace ParIndex.Engine.Tests.Evaluation;

public class SmokeTests
{
    [Fact]
    public void Manual_areas_sum_to_the_total()
    {
        var areas = new[] { ("1", 25m), ("2", 75m) }
            .Select(a => new Node { Code = a.Item1, Name = "Lĩnh vực " + a.Item1, MaxPoints = a.Item2, Rule = new ManualRule { Step = 0.5m } })
            .ToList();
        var framework = new Framework(new FrameworkInfo { Id = "t", Name = "T", Issuer = "UBND", UnitLevel = UnitLevel.Commune, Year = 2018, Version = "1" }, areas);
        var compiled = FrameworkCompiler.Compile(framework);
        var unit = new UnitAssessment
        {
            UnitId = "u",
            UnitName = "Xã U",
            Stages = new Dictionary<Stage, StageInputs>
            {
                [Stage.Appraisal1] = new() { Inputs = new Dictionary<string, LeafInput> { ["1"] = new() { Points = 20 }, ["2"] = new() { Points = 73 } } },
            },
        };
        var card = compiled.Score(unit);
        card.Errors.Should().BeEmpty();
        card.Index.Should().Be(93m);
        card["1"].Lost.Should().Be(5m);
    }
}
