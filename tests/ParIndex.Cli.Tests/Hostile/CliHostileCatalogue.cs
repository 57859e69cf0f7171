using System.Reflection;
using FluentAssertions;
using Xunit;

namespace ParIndex.Cli.Tests.Hostile;

/// <summary>
/// Issue 14's entries of the hostile catalogue that need the command itself (outputs, signals, files, last year's
/// inputs, scenario files): each names the test that asserts it. docs/reliability.md ("The command's catalogue")
/// lists every one, and this test checks that it does and that each test exists.
/// </summary>
public class CliHostileCatalogue
{
    /// <summary>Entry → (test class, test method).</summary>
    public static IReadOnlyDictionary<string, (Type Class, string Test)> Entries { get; } = new Dictionary<string, (Type, string)>
    {
        ["output-is-input-hard-link"] = (typeof(OutputFaultTests), nameof(OutputFaultTests.An_output_that_is_the_input_sheet_through_a_hard_link_is_refused_and_the_sheet_is_kept)),
        ["output-is-input-respelt"] = (typeof(OutputFaultTests), nameof(OutputFaultTests.An_output_that_is_an_input_by_another_spelling_is_refused)),
        ["output-missing-folder"] = (typeof(CommandTests), nameof(CommandTests.A_missing_output_folder_is_one_line_and_exit_1_never_a_stack_trace)),
        ["write-fails-disk-full"] = (typeof(OutputFaultTests), nameof(OutputFaultTests.A_write_that_fails_leaves_the_previous_report_untouched_and_no_partial_file)),
        ["signal-mid-write"] = (typeof(OutputFaultTests), nameof(OutputFaultTests.A_signal_in_the_middle_of_a_write_stops_with_exit_130_and_leaves_no_partial_file)),
        ["fifo-input"] = (typeof(OutputFaultTests), nameof(OutputFaultTests.A_fifo_as_input_is_refused_without_blocking)),
        ["previous-case-different-ids"] = (typeof(PreviousYearTests), nameof(PreviousYearTests.Ids_that_differ_only_in_case_are_warned_and_not_matched)),
        ["previous-disjoint-ids"] = (typeof(PreviousYearTests), nameof(PreviousYearTests.Disjoint_ids_are_warned)),
        ["previous-unit-failed-last-year"] = (typeof(PreviousYearTests), nameof(PreviousYearTests.A_unit_whose_inputs_failed_last_year_is_matched_not_new)),
        ["previous-version-mismatch"] = (typeof(PreviousYearTests), nameof(PreviousYearTests.Last_years_inputs_for_another_framework_version_are_refused_unless_its_framework_is_given)),
        ["inputs-version-mismatch"] = (typeof(PreviousYearTests), nameof(PreviousYearTests.This_years_inputs_for_another_framework_version_are_refused)),
        ["scenario-absolute-framework"] = (typeof(ScenarioHostileTests), nameof(ScenarioHostileTests.An_absolute_framework_path_is_refused)),
        ["scenario-not-a-framework"] = (typeof(ScenarioHostileTests), nameof(ScenarioHostileTests.A_file_that_is_not_a_framework_is_refused_without_echoing_its_content)),
        ["scenario-duplicate-unit-ids"] = (typeof(ScenarioHostileTests), nameof(ScenarioHostileTests.Duplicate_unit_ids_are_refused_and_a_file_that_fails_to_load_is_one_failure)),
    };

    [Fact]
    public void Every_entry_is_in_docs_reliability_and_has_its_test()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ParIndex.sln"))) dir = dir.Parent;
        dir.Should().NotBeNull("the tests run inside the repository");
        var doc = File.ReadAllText(Path.Combine(dir!.FullName, "docs", "reliability.md"));
        foreach (var (name, (type, test)) in Entries)
        {
            doc.Should().Contain($"| `{name}` |", "docs/reliability.md lists {0}", name);
            doc.Should().Contain($"`{test}`", "the row of {0} names its test", name);
            type.GetMethod(test, BindingFlags.Public | BindingFlags.Instance).Should().NotBeNull("{0} is a test of {1}", test, type.Name);
        }
    }
}
