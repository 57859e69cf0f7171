using System.Text.Json;
using System.Text.Json.Nodes;
using FluentAssertions;
using MiniExcelLibs;
using ParIndex.Cli.Commands;
using ParIndex.Cli.Scenarios;
using ParIndex.Cli.Tests.Support;
using Xunit;

namespace ParIndex.Cli.Tests;

/// <summary>report, schema, diff, test, the other score formats, help and the top-level error handling.</summary>
public class CommandTests
{
    [Fact]
    public void Score_json_is_a_score_card_document()
    {
        var run = Parindex.Run("score", Parindex.ThanhTriFramework, Parindex.ThanhTriInputs, "--format", "json");

        run.Exit.Should().Be(0, run.Err);
        var doc = JsonNode.Parse(run.Out)!;
        run.Out.Should().Contain("Xã Vĩnh Thành", "Vietnamese unescaped");
        doc.ToJsonString().Should().Contain("vinh-thanh");
    }

    [Fact]
    public void Score_md_and_xlsx()
    {
        using var temp = new TempFolder();
        var md = Parindex.Run("score", Parindex.ThanhTriFramework, Parindex.ThanhTriInputs, "--format", "md");
        md.Exit.Should().Be(0, md.Err);
        md.Out.Should().Contain("| Hạng | Đơn vị | 1. Công tác chỉ đạo điều hành CCHC (25) | 2. Tổ chức thực hiện văn bản quy phạm pháp luật (6) |")
            .And.Contain("| 1 | Xã Vĩnh Thành | 20 | 6 | 13 | 18 | 8 | 13 | 7 | 8 | 93 | Rất tốt |  |");

        var xlsx = temp.File("ket-qua.xlsx");
        var run = Parindex.Run("score", Parindex.ThanhTriFramework, Parindex.ThanhTriInputs, "--format", "xlsx", "--out", xlsx);
        run.Exit.Should().Be(0, run.Err);
        MiniExcel.GetSheetNames(xlsx).Should().Equal("Xếp hạng", "Khắc phục");
        MiniExcel.Query(xlsx, sheetName: "Xếp hạng").Cast<IDictionary<string, object?>>()
            .Should().Contain(row => row.Values.Contains("Xã Vĩnh Thành") && row.Values.Contains(93d));

        var noOut = Parindex.Run("score", Parindex.ThanhTriFramework, Parindex.ThanhTriInputs, "--format", "xlsx");
        noOut.Exit.Should().Be(1);
        noOut.Err.Should().Be("--format xlsx writes a file; give it with --out <file.xlsx>\n");
    }

    [Fact]
    public void Report_md_has_every_section_and_the_year_over_year_table()
    {
        var run = Parindex.Run("report", Parindex.AllKindsFramework, Parindex.AllKindsInputs, "--previous", Parindex.AllKindsInputs, "--format", "md");

        run.Exit.Should().Be(0, run.Err);
        run.Out.Should().Contain("## Xếp hạng (ranking)").And.Contain("## Kết quả theo lĩnh vực (areas)").And.Contain("## Xếp loại (bands)")
            .And.Contain("## So sánh với năm trước (year over year)").And.Contain("## Tự chấm – thẩm định (self-assessed and appraised)")
            .And.Contain("## Khắc phục: tiêu chí chưa đạt điểm tối đa (remediation)");
        run.Out.Should().Contain("| Xã A | 84.33 | 84.33 | 0 | 1 | 1 | giữ nguyên (same) | Tốt | Tốt | giữ nguyên (same) |");
    }

    [Fact]
    public void Report_thanh_tri_areas_are_the_published_attainment()
    {
        var run = Parindex.Run("report", Parindex.ThanhTriFramework, Parindex.ThanhTriInputs, "--format", "csv");

        run.Exit.Should().Be(0, run.Err);
        run.Out.Should().Contain("# areas\n").And.Contain("# bands\n").And.Contain("# remediation\n");
        run.Out.Should().Contain("1,Công tác chỉ đạo điều hành CCHC,25,20.7,21,82.8,84\n").And.Contain("7,Cải cách tài chính công,7,5.1,7,72.86,100\n");
        run.Out.Should().Contain("Rất tốt,90,3,30\n").And.Contain("Tốt,80,6,60\n").And.Contain("Khá,70,1,10\n").And.Contain("Tổng (total),,10,100\n");
    }

    [Fact]
    public void Report_xlsx_has_a_sheet_per_section_and_csv_a_file_per_section()
    {
        using var temp = new TempFolder();
        var xlsx = temp.File("bao-cao.xlsx");
        var run = Parindex.Run("report", Parindex.ThanhTriFramework, Parindex.ThanhTriInputs, "--previous", Parindex.ThanhTriInputs, "--format", "xlsx", "--out", xlsx);
        run.Exit.Should().Be(0, run.Err);
        MiniExcel.GetSheetNames(xlsx).Should().Equal("Xếp hạng", "Lĩnh vực", "Xếp loại", "So sánh", "Khắc phục");

        var folder = temp.File("csv");
        Parindex.Run("report", Parindex.ThanhTriFramework, Parindex.ThanhTriInputs, "--format", "csv", "--out", folder).Exit.Should().Be(0);
        Directory.GetFiles(folder).Select(Path.GetFileName).Should().BeEquivalentTo("ranking.csv", "areas.csv", "bands.csv", "remediation.csv");
    }

    [Fact]
    public void Schema_prints_the_published_schemas()
    {
        foreach (var name in new[] { "framework", "assessment", "scorecard" })
        {
            var run = Parindex.Run("schema", name);
            run.Exit.Should().Be(0, run.Err);
            JsonDocument.Parse(run.Out).RootElement.GetProperty("$schema").GetString().Should().Contain("json-schema.org");
        }
    }

    [Fact]
    public void Schema_of_scenarios_prints_the_rules_package_schema()
    {
        var run = Parindex.Run("schema", "scenarios");

        run.Exit.Should().Be(0, run.Err);
        run.Out.TrimEnd().Should().Be(ParIndex.Engine.Scenarios.ScenarioFile.Schema.TrimEnd());
    }

    [Fact]
    public void Schema_rejects_an_unknown_name()
    {
        var run = Parindex.Run("schema", "unknown");

        run.Exit.Should().Be(1);
        run.Err.Should().Contain("unknown");
    }

    [Fact]
    public void Diff_lists_nodes_added_removed_and_changed()
    {
        using var temp = new TempFolder();
        var doc = JsonNode.Parse(File.ReadAllText(Parindex.ThanhTriFramework))!;
        doc["version"] = "2019.1";
        var areas = doc["areas"]!.AsArray();
        areas[0]!["rule"]!["step"] = 5;
        areas[1]!["maxPoints"] = 7;
        areas[2]!["maxPoints"] = 14;
        areas[3]!["name"] = "Thực hiện cơ chế một cửa, một cửa liên thông";
        areas[7]!["code"] = "9";
        var changed = temp.Write("2019.json", doc.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));

        var run = Parindex.Run("diff", Parindex.ThanhTriFramework, changed);

        run.Exit.Should().Be(0, run.Err);
        run.Out.Should().Be(
            "thanh-tri-commune-2018 2018.1 → thanh-tri-commune-2018 2019.1\n"
            + "- 8 Hiện đại hóa hành chính (max 8): removed\n"
            + "+ 9 Hiện đại hóa hành chính (max 8; manual, step 1): added\n"
            + "~ 1 rule: manual, step 1 → manual, step 5\n"
            + "~ 2 max: 6 → 7\n"
            + "~ 3 max: 15 → 14\n"
            + "~ 4 name: \"Thực hiện cơ chế một cửa\" → \"Thực hiện cơ chế một cửa, một cửa liên thông\"\n");

        Parindex.Run("diff", Parindex.ThanhTriFramework, Parindex.ThanhTriFramework).Out.Should().EndWith("no changes to nodes, max points, rules, bands or scoring\n");
        Parindex.Run("diff", Parindex.ThanhTriFramework, "missing.json").Exit.Should().Be(1);
    }

    [Fact]
    public void Test_runs_scenario_files_and_prints_each_difference_readably()
    {
        using var temp = new TempFolder();
        var passing = Parindex.Sample("scenarios", "thanh-tri-2018.scenarios.json");
        var failing = temp.Write("wrong.scenarios.json", File.ReadAllText(passing).Replace("\"index\": 93,", "\"index\": 94,", StringComparison.Ordinal));

        var ok = Parindex.Run("test", passing);
        var bad = Parindex.Run("test", passing, failing);

        ok.Exit.Should().Be(0, ok.Err);
        ok.Out.Should().Be("passed: Thạnh Trị 2018: every commune's published total, band and rank\n1 passed, 0 failed\n");
        bad.Exit.Should().Be(1);
        bad.Out.Should().EndWith("FAILED: Thạnh Trị 2018: every commune's published total, band and rank\n1 passed, 1 failed\n");
        bad.Err.Should().Be($"{failing}: Thạnh Trị 2018: every commune's published total, band and rank: vinh-thanh: index expected 94, got 93\n");
        Parindex.Run("test", "missing-scenarios.json").Should().Be(new CliRun(1, string.Empty, "missing-scenarios.json: file not found\n"));
    }

    [Fact]
    public void Test_reports_a_scenario_file_that_cannot_be_loaded()
    {
        using var temp = new TempFolder();
        var scenarios = temp.Write("scenarios.json", "{}");

        var run = Parindex.Run("test", scenarios);

        run.Exit.Should().Be(1);
        run.Err.Should().Contain("scenarios.json(1,1): PI0129 $: thiếu thuộc tính bắt buộc 'framework' — missing required property 'framework'");
    }

    [Fact]
    public void Test_runs_scenarios_through_the_runner_seam()
    {
        using var temp = new TempFolder();
        var scenarios = temp.Write("scenarios.json", "{}");
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exit = TestCommand.Run(new CliContext(stdout, stderr), [scenarios], new FakeRunner(new ScenarioSummary(3, 1)));

        exit.Should().Be(1);
        stdout.ToString().Should().Be("3 passed, 1 failed\n".ReplaceLineEndings());
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("template")]
    [InlineData("score")]
    [InlineData("report")]
    [InlineData("test")]
    [InlineData("schema")]
    [InlineData("diff")]
    [InlineData("robustness")]
    [InlineData("whatif")]
    [InlineData("demo")]
    public void Every_command_has_help_with_an_example(string command)
    {
        var run = Parindex.Run(command, "--help");

        run.Exit.Should().Be(0);
        run.Out.Should().Contain("Example:").And.Contain($"parindex {command}").And.Contain("Usage:");
        run.Err.Should().BeEmpty();
    }

    [Fact]
    public void Root_help_lists_the_commands()
    {
        var run = Parindex.Run("--help");

        run.Exit.Should().Be(0);
        run.Out.Should().Contain("validate").And.Contain("template").And.Contain("score").And.Contain("report").And.Contain("diff").And.Contain("schema");
    }

    [Fact]
    public void An_unknown_option_is_a_usage_error()
    {
        var run = Parindex.Run("score", Parindex.ThanhTriFramework, Parindex.ThanhTriInputs, "--format", "pdf");

        run.Exit.Should().Be(1);
        run.Err.Should().Contain("pdf");
    }

    [Fact]
    public void A_missing_output_folder_is_one_line_and_exit_1_never_a_stack_trace()
    {
        // Issue 14, defect 5: this was exit 2, "unexpected error (DirectoryNotFoundException)".
        var run = Parindex.Run("score", Parindex.ThanhTriFramework, Parindex.ThanhTriInputs, "--out", "/no/such/folder/out.txt");

        run.Exit.Should().Be(1);
        run.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().ContainSingle()
            .Which.Should().Be("/no/such/folder/out.txt: thư mục '/no/such/folder' không tồn tại (the folder does not exist); create it first or choose another --out");
        run.Err.Should().NotContain("   at ");
    }

    [Fact]
    public void Template_xlsx_needs_out_and_a_guide_sheet_explains_every_column()
    {
        using var temp = new TempFolder();
        var xlsx = temp.File("t.xlsx");
        Parindex.Run("template", Parindex.ThanhTriFramework, "--format", "xlsx", "--out", xlsx, "--units", Parindex.ThanhTriInputs, "--stage", "appraisal1").Exit.Should().Be(0);

        var input = MiniExcel.Query(xlsx, sheetName: "Nhập liệu").Cast<IDictionary<string, object?>>().ToList();
        input.Should().HaveCount(13, "a header, two note rows and ten units");
        input[3].Values.Should().Contain("vinh-thanh").And.Contain("appraisal1");
        var guide = MiniExcel.Query(xlsx, sheetName: "Hướng dẫn").Cast<IDictionary<string, object?>>().ToList();
        guide.SelectMany(r => r.Values).Should().Contain("manual, step 1");
    }

    private sealed class FakeRunner(ScenarioSummary summary) : IScenarioRunner
    {
        public bool IsAvailable => true;

        public ScenarioSummary Run(IReadOnlyList<string> files, TextWriter stdout, TextWriter stderr) => summary;
    }

    [Fact]
    public void Culture_vi_VN_writes_decimal_commas_and_semicolon_separated_csv()
    {
        var run = Parindex.Run("report", Parindex.ThanhTriFramework, Parindex.ThanhTriInputs, "--format", "csv", "--culture", "vi-VN");

        run.Exit.Should().Be(0, run.Err);
        run.Out.Should().Contain("Mã;Lĩnh vực;Điểm tối đa;Điểm bình quân;Điểm cao nhất;Tỷ lệ đạt bình quân (%);Tỷ lệ đạt cao nhất (%)\n1;Công tác chỉ đạo điều hành CCHC;25;20,7;21;82,8;84\n");
        Parindex.Run("report", Parindex.ThanhTriFramework, Parindex.ThanhTriInputs, "--format", "csv").Out
            .Should().Contain("1,Công tác chỉ đạo điều hành CCHC,25,20.7,21,82.8,84\n");
        Parindex.Run("score", Parindex.ThanhTriFramework, Parindex.ThanhTriInputs, "--culture", "xx-YY")
            .Should().Be(new CliRun(1, string.Empty, "--culture: 'xx-YY' is not a culture; expected 'invariant' or a name such as vi-VN\n"));
    }
}
