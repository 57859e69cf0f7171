using System.Globalization;
using System.Text.RegularExpressions;
using FluentAssertions;
using ParIndex.Engine.Messages;
using Xunit;

namespace ParIndex.Engine.Tests.Messages;

/// <summary>Every code renders in both languages with sample arguments: every placeholder filled, figures in the language's style.</summary>
public partial class RenderTests
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    [GeneratedRegex(@"\{[A-Za-z][A-Za-z0-9]*\}")]
    private static partial Regex Placeholder();

    public static TheoryData<string> Codes() => [.. ErrorCodes.All.Select(c => c.Code)];

    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_code_renders_in_Vietnamese_and_in_English(string code)
    {
        var errorCode = ErrorCodes.All.Single(c => c.Code == code);
        var message = SampleArguments.Of(errorCode);

        var english = message.ToString(CultureInfo.InvariantCulture);
        var vietnamese = message.ToString(Vietnamese);

        foreach (var text in new[] { english, vietnamese })
        {
            text.Should().NotBeNullOrWhiteSpace();
            Placeholder().IsMatch(text).Should().BeFalse("every placeholder of {0} is filled: {1}", code, text);
            foreach (var argument in message.Arguments.Where(a => a.Value is string))
                text.Should().Contain((string)argument.Value!, "{0} shows its argument '{1}'", code, argument.Name);
        }
        foreach (var figure in message.Arguments.Select(a => a.Value).OfType<decimal>().Where(d => d != decimal.Truncate(d)))
        {
            english.Should().Contain(figure.ToString(CultureInfo.InvariantCulture), "{0} writes figures invariantly in English", code);
            vietnamese.Should().Contain(figure.ToString(CultureInfo.InvariantCulture).Replace('.', ','), "{0} writes figures with a decimal comma in Vietnamese", code);
        }
        if (errorCode.Parameters.Count > 0 && errorCode.Parameters[0] != "text")
            vietnamese.Should().NotBe(english, "{0} has a Vietnamese text of its own", code);
    }

    [Fact]
    public void A_message_nested_as_an_argument_is_rendered_in_the_same_language()
    {
        var message = ErrorCodes.BaseNodeProblem.With("3.4", "areas[2]", ErrorCodes.MaxNotSumOfChildren.With(10.5m, 10m));
        message.ToString(CultureInfo.InvariantCulture).Should().Be("base node '3.4' (areas[2] in the composed framework): max points 10.5 must equal the sum of its children's maxima, 10");
        message.ToString(Vietnamese).Should().Be("tiêu chí gốc '3.4' (areas[2] trong bộ tiêu chí sau kế thừa): điểm tối đa 10,5 phải bằng tổng điểm tối đa của các tiêu chí con, 10");
    }
}
