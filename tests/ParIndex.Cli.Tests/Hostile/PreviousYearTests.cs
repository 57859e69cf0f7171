using FluentAssertions;
using ParIndex.Cli.Tests.Support;
using Xunit;

namespace ParIndex.Cli.Tests.Hostile;

/// <summary>
/// Issue 14, defect 9: <c>report --previous</c> says what matched last year and what did not, warns when ids differ in
/// case or not at all, never calls a unit whose inputs failed last year "new", and refuses inputs made for another
/// version of the framework unless last year's framework is given.
/// </summary>
public class PreviousYearTests
{
    private static string Previous(TempFolder temp, Func<string, string> edit) =>
        temp.Write("nam-truoc.json", edit(File.ReadAllText(Parindex.ThanhTriInputs)));

    private static CliRun Report(string previous, params string[] more) =>
        Parindex.Run(["report", Parindex.ThanhTriFramework, Parindex.ThanhTriInputs, "--previous", previous, .. more]);

    [Fact]
    public void Ids_that_differ_only_in_case_are_warned_and_not_matched()
    {
        using var temp = new TempFolder();
        var previous = Previous(temp, t => t.Replace("\"id\": \"vinh-thanh\"", "\"id\": \"VINH-THANH\"", StringComparison.Ordinal));

        var run = Report(previous);

        run.Exit.Should().Be(0, run.Err);
        run.Err.Should().Contain($"{previous}: so khớp (matched) 9 đơn vị (units) with last year by unit id; 1 chỉ năm nay (only this year): 'vinh-thanh'; 1 chỉ năm trước (only last year): 'VINH-THANH'")
            .And.Contain($"{previous}: cảnh báo (warning): unit 'VINH-THANH' last year and 'vinh-thanh' this year differ only in letter case; ids match exactly, so they are not matched");
    }

    [Fact]
    public void Disjoint_ids_are_warned()
    {
        using var temp = new TempFolder();
        var previous = Previous(temp, t => t.Replace("\"id\": \"", "\"id\": \"2017-", StringComparison.Ordinal));

        var run = Report(previous);

        run.Err.Should().Contain("so khớp (matched) 0 đơn vị (units)")
            .And.Contain($"{previous}: cảnh báo (warning): no unit id of this year is in last year's inputs; the two files use different ids, so nothing is compared");
    }

    [Fact]
    public void A_unit_whose_inputs_failed_last_year_is_matched_not_new()
    {
        using var temp = new TempFolder();
        // Vĩnh Thành's first criterion last year: points off the step, so last year's inputs cannot score it.
        var text = File.ReadAllText(Parindex.ThanhTriInputs);
        var at = text.IndexOf("\"points\":", StringComparison.Ordinal);
        var end = text.IndexOfAny([',', '\n', '}'], at + 9);
        var previous = temp.Write("nam-truoc.json", text[..at] + "\"points\": 19.3" + text[end..]);

        var run = Report(previous);

        run.Exit.Should().Be(1, "last year's inputs have an error");
        run.Err.Should().Contain("so khớp (matched) 10 đơn vị (units) with last year by unit id; 0 chỉ năm nay (only this year); 0 chỉ năm trước (only last year)")
            .And.Contain("cảnh báo (warning): 1 matched unit(s) could not be scored in one of the years ('vinh-thanh')");
        run.Out.Should().NotContain("mới (new)");
    }

    [Fact]
    public void Last_years_inputs_for_another_framework_version_are_refused_unless_its_framework_is_given()
    {
        using var temp = new TempFolder();
        var previous = Previous(temp, t => t.Replace("\"frameworkVersion\": \"2018.1\"", "\"frameworkVersion\": \"2017.2\"", StringComparison.Ordinal));

        var run = Report(previous);

        run.Exit.Should().Be(1);
        run.Err.Should().Be($"{previous}: nhập liệu cho phiên bản '2017.2' của bộ chỉ số 'thanh-tri-commune-2018', không phải '2018.1' (the inputs are for version '2017.2' of framework 'thanh-tri-commune-2018', not version '2018.1'); give last year's framework with --previous-framework <file>\n");

        var lastYear = temp.Write("framework-2017.json", File.ReadAllText(Parindex.ThanhTriFramework).Replace("\"version\": \"2018.1\"", "\"version\": \"2017.2\"", StringComparison.Ordinal));
        var withFramework = Report(previous, "--previous-framework", lastYear);
        withFramework.Exit.Should().Be(0, withFramework.Err);
        withFramework.Err.Should().Contain("so khớp (matched) 10 đơn vị (units)");
    }

    [Fact]
    public void This_years_inputs_for_another_framework_version_are_refused()
    {
        using var temp = new TempFolder();
        var inputs = Previous(temp, t => t.Replace("\"frameworkVersion\": \"2018.1\"", "\"frameworkVersion\": \"2019.1\"", StringComparison.Ordinal));

        var run = Parindex.Run("score", Parindex.ThanhTriFramework, inputs);

        run.Exit.Should().Be(1);
        run.Err.Should().Contain("(the inputs are for version '2019.1' of framework 'thanh-tri-commune-2018', not version '2018.1'); score them with the framework of that version");
    }
}
