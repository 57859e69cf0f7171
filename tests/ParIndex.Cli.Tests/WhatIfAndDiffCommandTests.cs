using System.Text.Json.Nodes;
using FluentAssertions;
using ParIndex.Cli.Tests.Support;
using Xunit;

namespace ParIndex.Cli.Tests;

/// <summary>parindex whatif and parindex diff on the bundled district framework, which splits criterion 2.3 in two.</summary>
public class WhatIfAndDiffCommandTests
{
    private static string District => Parindex.Sample("districts", "sample-district-2024.json");

    private static string Mapping => Parindex.Sample("districts", "sample-district-2024.mapping.json");

    [Fact]
    public void Whatif_with_the_mapping_shows_both_scores_and_the_split_criterion_points()
    {
        var run = Parindex.Run("whatif", Parindex.AllKindsFramework, District, Parindex.AllKindsInputs, "--mapping", Mapping);

        run.Exit.Should().Be(0, run.Err);
        run.Out.Should().StartWith("sample-all-kinds 1.0.0 → sample-district-2024 2024.1\n");
        run.Out.Should().NotContain("unmapped input").And.NotContain("without input");
        run.Out.Should().Contain("Điểm cũ").And.Contain("Điểm mới").And.Contain("Hạng mới").And.Contain("2.3 → 2.3.1 + 2.3.2");
    }

    [Fact]
    public void Whatif_without_the_mapping_lists_the_unmapped_input_and_the_new_criteria_without_inputs()
    {
        var run = Parindex.Run("whatif", Parindex.AllKindsFramework, District, Parindex.AllKindsInputs, "--format", "json");

        run.Exit.Should().Be(0, run.Err);
        var doc = JsonNode.Parse(run.Out)!;
        doc["unmappedInputs"]!.AsArray().Select(x => x!["code"]!.GetValue<string>()).Should().Equal("2.3");
        doc["criteriaWithoutInputs"]!.AsArray().Select(x => x!["code"]!.GetValue<string>()).Should().Equal("2.3.1", "2.3.2");
        foreach (var unit in doc["units"]!.AsArray())
        {
            var lost = unit!["shifts"]!.AsArray().Single(s => s!["oldCodes"]!.AsArray().Count == 1 && s["oldCodes"]![0]!.GetValue<string>() == "2.3");
            lost!["newCodes"]!.AsArray().Should().BeEmpty();
            lost["change"]!.GetValue<decimal>().Should().Be(-lost["oldPoints"]!.GetValue<decimal>());
        }
    }

    [Fact]
    public void Whatif_csv_has_one_row_per_unit_and_a_bad_mapping_is_a_one_line_error()
    {
        var csv = Parindex.Run("whatif", Parindex.AllKindsFramework, District, Parindex.AllKindsInputs, "--mapping", Mapping, "--format", "csv");
        csv.Exit.Should().Be(0, csv.Err);
        csv.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(4);

        using var temp = new TempFolder();
        var bad = temp.Write("map.json", """{"codes": {"2.3": ["2.3.9"]}}""");
        var run = Parindex.Run("whatif", Parindex.AllKindsFramework, District, Parindex.AllKindsInputs, "--mapping", bad);
        run.Exit.Should().Be(1);
        run.Err.Should().Contain("'2.3' → '2.3.9', which is not a leaf, adjustment or disqualifier of 'sample-district-2024'");
        var notJson = temp.Write("map2.json", """{"codes": {"2.3": 5}}""");
        Parindex.Run("whatif", Parindex.AllKindsFramework, District, Parindex.AllKindsInputs, "--mapping", notJson).Err
            .Should().Contain("$.codes['2.3']: expected a new code, a list of new codes, or [] (dropped)");
    }

    [Fact]
    public void Diff_of_a_district_lists_its_declared_changes_with_lines_and_the_nodes_against_its_base()
    {
        var run = Parindex.Run("diff", District);

        run.Exit.Should().Be(0, run.Err);
        run.Out.Should().StartWith("sample-district-2024 2024.1 extends sample-all-kinds 1.0.0 (../frameworks/sample-all-kinds.json)\n");
        run.Out.Should().Contain("line 12: addChildren 2.3 (max 5): adds 2.3.1 (max 2.5; manual, step 0.25), 2.3.2")
            .And.Contain("line 57: setMaxPoints 1.1 max: 4 → 5")
            .And.Contain("+ 2.3.1 Niêm yết TTHC tại Bộ phận một cửa").And.Contain("~ 2.3: leaf → parent").And.Contain("~ 1.2 max: 6 → 5");

        var plain = Parindex.Run("diff", Parindex.ThanhTriFramework);
        plain.Exit.Should().Be(1);
        plain.Err.Should().Contain("does not extend another");
    }
}
