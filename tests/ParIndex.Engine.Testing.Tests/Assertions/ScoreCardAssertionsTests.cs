using FluentAssertions;
using ParIndex.Engine.Evaluation;
using ParIndex.Engine.Model;
using ParIndex.Engine.Testing.Assertions;
using ParIndex.Engine.Catalogue;
using ParIndex.Engine.Serialization;
using Xunit;
using Xunit.Sdk;

namespace ParIndex.Engine.Testing.Tests.Assertions;

public class ScoreCardAssertionsTests
{
    private static (Framework Framework, Results.ScoreCard Card) YTich()
    {
        var framework = FrameworkCatalogue.Get("chi-lang-commune-2023").LoadFramework();
        var assessment = ParIndexJson.Default.LoadAssessment(Path.Combine(AppContext.BaseDirectory, "samples", "assessments", "chi-lang-2023.json")).GetValueOrThrow();
        return (framework, FrameworkCompiler.Compile(framework).Score(assessment.Units[0]));
    }

    [Fact]
    public void Passing_assertions_chain()
    {
        var (_, card) = YTich();
        card.Should().HaveNoErrors()
            .And.HaveIndex(85m)
            .And.Award("3.4.1", 0.5m)
            .And.Award("7.4.1", 1m)
            .And.LoseFor("7.6", ParIndex.Engine.Rules.ReasonCode.NotApplicableZero)
            .And.LoseFor("1.5", ParIndex.Engine.Rules.ReasonCode.NotMet);
    }

    [Fact]
    public void A_wrong_award_reads_like_a_clerk_would_say_it()
    {
        var (framework, card) = YTich();
        var act = () => card.Should(framework).Award("3.4.1", 1.5m);
        act.Should().Throw<XunitException>().WithMessage(
            "Expected unit y-tich: 3.4.1 expected 1.5, got 0.5: no step matched (lowest '≥ 90 %') with 150/180 = 83.33 %, expected '≥ 90 %'");
    }

    [Fact]
    public void Wrong_index_band_and_reason_say_what_was_found()
    {
        var (_, card) = YTich();
        FluentActions.Invoking(() => card.Should().HaveIndex(93m)).Should().Throw<XunitException>()
            .WithMessage("Expected unit y-tich: index expected 93, got 85");
        FluentActions.Invoking(() => card.Should().HaveBand("Tốt")).Should().Throw<XunitException>()
            .WithMessage("Expected unit y-tich: band expected 'Tốt', got 'none' (index 85)");
        FluentActions.Invoking(() => card.Should().LoseFor("3.4.1", ParIndex.Engine.Rules.ReasonCode.EvidenceMissing)).Should().Throw<XunitException>()
            .WithMessage("Expected unit y-tich: 3.4.1 to lose 2 for evidence-missing, but the reason is below-all-steps: no step matched (lowest '≥ 90 %') with 150/180 = 83.33 %");
        FluentActions.Invoking(() => card.Should().Award("9.9", 1m)).Should().Throw<XunitException>()
            .WithMessage("Expected unit y-tich to have a node 9.9, but the framework has no such code");
    }
}
