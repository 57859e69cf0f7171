using System.Globalization;
using System.Reflection;
using FluentAssertions;
using ParIndex.Engine.Messages;
using Xunit;

namespace ParIndex.Engine.Tests.Messages;

/// <summary>Every code has a text in both catalogues, with the same placeholders, and the codes are stable and unique.</summary>
public class CatalogueTests
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static TheoryData<string> Codes() => [.. ErrorCodes.All.Select(c => c.Code)];

    private static ErrorCode Code(string code) => ErrorCodes.All.Single(c => c.Code == code);

    [Fact]
    public void Every_code_field_is_listed_once_in_All_and_codes_and_names_are_unique()
    {
        var fields = typeof(ErrorCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(ErrorCode))
            .Select(f => (ErrorCode)f.GetValue(null)!)
            .ToList();
        fields.Should().NotBeEmpty();
        ErrorCodes.All.Should().BeEquivalentTo(fields, o => o.WithStrictOrdering());
        ErrorCodes.All.Select(c => c.Code).Should().OnlyHaveUniqueItems();
        ErrorCodes.All.Select(c => c.Name).Should().OnlyHaveUniqueItems();
        ErrorCodes.All.Select(c => c.Code).Should().BeInAscendingOrder(StringComparer.Ordinal);
        typeof(ErrorCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.FieldType == typeof(ErrorCode))
            .Should().OnlyContain(f => ((ErrorCode)f.GetValue(null)!).Name == f.Name, "a code's name is the name of its field");
    }

    [Fact]
    public void The_catalogues_hold_the_codes_and_nothing_else()
    {
        EnglishTexts.Texts.Keys.Should().BeEquivalentTo(ErrorCodes.All);
        VietnameseTexts.Texts.Keys.Should().BeEquivalentTo(ErrorCodes.All);
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void A_code_is_PI_and_four_digits_in_one_of_the_five_ranges(string code)
    {
        code.Should().MatchRegex("^PI0[1-5][0-9]{2}$");
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Both_catalogues_have_a_text_with_exactly_the_code_s_parameters(string code)
    {
        var errorCode = Code(code);
        var english = ErrorTexts.Template(errorCode, CultureInfo.InvariantCulture);
        var vietnamese = ErrorTexts.Template(errorCode, Vietnamese);
        english.Should().NotBe(errorCode.Name, "the English catalogue has a text for {0}", code);
        vietnamese.Should().NotBe(errorCode.Name, "the Vietnamese catalogue has a text for {0}", code);
        ErrorTexts.Placeholders(english).Should().BeEquivalentTo(errorCode.Parameters, "the English text of {0} uses each parameter", code);
        ErrorTexts.Placeholders(vietnamese).Should().BeEquivalentTo(errorCode.Parameters, "the Vietnamese text of {0} uses each parameter", code);
    }

    [Fact]
    public void Vietnamese_texts_are_Vietnamese_except_the_text_codes_of_extensions()
    {
        // A text identical in both languages is a missed translation, unless it is only the extension's own words.
        var untranslated = ErrorCodes.All
            .Where(c => ErrorTexts.Template(c, Vietnamese) == ErrorTexts.Template(c, CultureInfo.InvariantCulture))
            .Select(c => c.Code);
        untranslated.Should().BeEquivalentTo(["PI0100", "PI0200", "PI0300", "PI0400", "PI0441", "PI0500"]);
    }

    [Fact]
    public void The_language_is_Vietnamese_for_a_vi_culture_and_English_for_any_other()
    {
        ErrorTexts.IsVietnamese(Vietnamese).Should().BeTrue();
        ErrorTexts.IsVietnamese(CultureInfo.GetCultureInfo("vi")).Should().BeTrue();
        ErrorTexts.IsVietnamese(CultureInfo.GetCultureInfo("en-US")).Should().BeFalse();
        ErrorTexts.IsVietnamese(CultureInfo.GetCultureInfo("fr-FR")).Should().BeFalse();
        ErrorTexts.IsVietnamese(CultureInfo.InvariantCulture).Should().BeFalse();
        ErrorCodes.DuplicateCode.With("3.4").ToString(CultureInfo.GetCultureInfo("fr-FR")).Should().Be("duplicate code '3.4'");
        ErrorCodes.DuplicateCode.With("3.4").ToString(Vietnamese).Should().Be("mã '3.4' bị lặp");
    }

    [Fact]
    public void Placeholders_are_names_in_braces_and_other_braces_are_text()
    {
        ErrorTexts.Placeholders("a {max} and {\"$schema\": ...} and {...} and {max}").Should().Equal("max");
        ErrorTexts.Template(ErrorCodes.DocumentEmpty, CultureInfo.InvariantCulture).Should().Contain("{\"$schema\": ...}");
        ErrorCodes.DocumentEmpty.With().ToString(CultureInfo.InvariantCulture).Should().Be("the document is empty; expected a JSON object such as {\"$schema\": ...}");
    }

    [Fact]
    public void A_message_needs_one_value_per_parameter()
    {
        var act = () => ErrorCodes.DuplicateCode.With();
        act.Should().Throw<ArgumentException>().WithMessage("PI0216 takes 1 argument(s) (code)*");
    }

    [Fact]
    public void Figures_are_invariant_in_English_and_take_a_decimal_comma_in_Vietnamese()
    {
        var message = ErrorCodes.MaxNotSumOfChildren.With(61.25m, 1234.5m);
        message.ToString(CultureInfo.InvariantCulture).Should().Be("max points 61.25 must equal the sum of its children's maxima, 1234.5");
        message.ToString(Vietnamese).Should().Be("điểm tối đa 61,25 phải bằng tổng điểm tối đa của các tiêu chí con, 1234,5");
        // An English UI culture that writes a decimal comma (de-DE) still gets the invariant figures of the English text.
        message.ToString(CultureInfo.GetCultureInfo("de-DE")).Should().Contain("61.25");
    }

    [Fact]
    public void Messages_and_their_arguments_compare_by_value()
    {
        ErrorCodes.DuplicateCode.With("1").Should().Be(ErrorCodes.DuplicateCode.With("1"));
        ErrorCodes.DuplicateCode.With("1").Should().NotBe(ErrorCodes.DuplicateCode.With("2"));
        new ParIndex.Engine.Model.FrameworkProblem("areas[0].code", "1", ErrorCodes.DuplicateCode.With("1"))
            .Should().Be(new ParIndex.Engine.Model.FrameworkProblem("areas[0].code", "1", ErrorCodes.DuplicateCode.With("1")));
    }
}
