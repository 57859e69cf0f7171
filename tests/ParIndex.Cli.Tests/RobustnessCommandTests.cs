using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using FluentAssertions;
using ParIndex.Cli.Inputs;
using ParIndex.Cli.Tests.Support;
using Xunit;

namespace ParIndex.Cli.Tests;

/// <summary>parindex robustness: the report in table, CSV and JSON, sorted by rank, silent on redirected output.</summary>
public class RobustnessCommandTests
{
    private static readonly string[] Common = ["--draws", "200", "--seed", "7", "--noise", "20%", "--cutoffs", "85,75,60,45,0"];

    [Fact]
    public void Table_lists_every_unit_by_nominal_rank_with_median_interval_and_band_probabilities()
    {
        var run = Parindex.Run(["robustness", Parindex.ThanhTriFramework, Parindex.ThanhTriInputs, .. Common]);

        run.Exit.Should().Be(0, run.Err);
        run.Err.Should().BeEmpty("the progress bar is drawn only on a terminal");
        run.Out.Should().Contain("200 draws, seed 7, reweighting").And.Contain("maxima of 8 areas ±20 %").And.Contain("2 sets of cut-offs");
        run.Out.Should().Contain("Hạng trung vị").And.Contain("Khoảng hạng 5–95 %").And.Contain("P(Rất tốt)");
        var lines = run.Out.Split('\n');
        var vinhThanh = Array.FindIndex(lines, l => l.Contains("Xã Vĩnh Thành", StringComparison.Ordinal));
        var lamKiet = Array.FindIndex(lines, l => l.Contains("Xã Lâm Kiệt", StringComparison.Ordinal));
        vinhThanh.Should().BeGreaterThan(0).And.BeLessThan(lamKiet, "rows are sorted by nominal rank");
        lines[vinhThanh].TrimStart().Should().StartWith("1 ");
    }

    [Fact]
    public void Html_draws_each_units_rank_interval_beside_its_table_with_the_figures_of_the_json_report()
    {
        using var temp = new TempFolder();
        var path = temp.File("do-vung.html");
        var html = Parindex.Run(["robustness", Parindex.ThanhTriFramework, Parindex.ThanhTriInputs, .. Common, "--format", "html", "--out", path]);
        var json = Parindex.Run(["robustness", Parindex.ThanhTriFramework, Parindex.ThanhTriInputs, .. Common, "--format", "json"]);

        html.Exit.Should().Be(0, html.Err);
        var text = File.ReadAllText(path);
        text.Should().NotContainAny(["http://", "https://", "//cdn", "src=\"http"], "the report is one self-contained file");
        var document = new HtmlParser().ParseDocument(text);
        var svg = document.QuerySelectorAll("svg").Should().ContainSingle().Subject;
        svg.QuerySelector("title")!.TextContent.Should().Contain("Khoảng hạng 5–95 %");
        var rows = document.QuerySelectorAll("table tbody tr").Select(r => r.Children.Select(c => c.TextContent.Trim()).ToList()).ToList();
        var units = JsonNode.Parse(json.Out)!["units"]!.AsArray();
        rows.Should().HaveCount(units.Count, "every unit has its row in the chart's data table");
        for (var i = 0; i < units.Count; i++)
        {
            var unit = units[i]!;
            rows[i][1].Should().Be(unit["unitName"]!.GetValue<string>());
            int low = unit["rankLow"]!.GetValue<int>(), high = unit["rankHigh"]!.GetValue<int>();
            rows[i][5].Should().Be(low == high ? $"{low}" : $"{low}–{high}");
            svg.InnerHtml.Should().Contain(unit["unitName"]!.GetValue<string>(), "every unit is drawn");
        }
    }

    [Fact]
    public void Csv_and_json_carry_the_same_figures_and_a_seed_reproduces_them()
    {
        var csv = Parindex.Run(["robustness", Parindex.ThanhTriFramework, Parindex.ThanhTriInputs, .. Common, "--format", "csv"]);
        var json = Parindex.Run(["robustness", Parindex.ThanhTriFramework, Parindex.ThanhTriInputs, .. Common, "--format", "json"]);
        var again = Parindex.Run(["robustness", Parindex.ThanhTriFramework, Parindex.ThanhTriInputs, .. Common, "--format", "json", "--threads", "1"]);

        csv.Exit.Should().Be(0, csv.Err);
        json.Exit.Should().Be(0, json.Err);
        again.Out.Should().Be(json.Out, "the same seed gives the same report on any number of threads");
        json.Out.Should().Contain("\"Xã Vĩnh Thành\"", "Vietnamese stays readable");

        var rows = CsvFile.Parse(csv.Out, "robustness.csv");
        var units = JsonNode.Parse(json.Out)!["units"]!.AsArray();
        rows.Should().HaveCount(units.Count + 1);
        var header = rows[0].Cells.Select(c => c.Text).ToList();
        header.Should().StartWith(["nominal_rank", "unit_id", "unit_name", "block", "nominal_index", "nominal_band", "median_rank", "rank_p5", "rank_p95"]);
        for (var i = 0; i < units.Count; i++)
        {
            var unit = units[i]!;
            var row = rows[i + 1].Cells.Select(c => c.Text).ToList();
            row[1].Should().Be(unit["unitId"]!.GetValue<string>());
            row[6].Should().Be(unit["medianRank"]!.GetValue<int>().ToString(System.Globalization.CultureInfo.InvariantCulture));
            unit["rankLow"]!.GetValue<int>().Should().BeLessThanOrEqualTo(unit["nominalRank"]!.GetValue<int>());
            unit["rankHigh"]!.GetValue<int>().Should().BeGreaterThanOrEqualTo(unit["nominalRank"]!.GetValue<int>());
            var probabilities = unit["bandProbabilities"]!.AsObject().Select(p => p.Value!.GetValue<decimal>()).Sum();
            probabilities.Should().Be(1m);
        }
        units.Select(u => u!["nominalRank"]!.GetValue<int>()).Should().BeInAscendingOrder();
    }

    [Fact]
    public void Zero_noise_keeps_every_rank_and_band()
    {
        var json = Parindex.Run("robustness", Parindex.ThanhTriFramework, Parindex.ThanhTriInputs, "--noise", "0", "--draws", "20", "--format", "json");

        json.Exit.Should().Be(0, json.Err);
        foreach (var unit in JsonNode.Parse(json.Out)!["units"]!.AsArray())
        {
            unit!["rankLow"]!.GetValue<int>().Should().Be(unit["nominalRank"]!.GetValue<int>());
            unit["rankHigh"]!.GetValue<int>().Should().Be(unit["nominalRank"]!.GetValue<int>());
            unit["bandProbabilities"]![unit["nominalBand"]!.GetValue<string>()]!.GetValue<decimal>().Should().Be(1m);
        }
    }

    [Theory]
    [InlineData("--noise", "150%", "--noise: '150%' is more than 90 %")]
    [InlineData("--cutoffs", "85,75", "framework 'thanh-tri-commune-2018' has 5 bands")]
    [InlineData("--draws", "0", "--draws: expected at least 1; got 0")]
    public void Bad_options_are_one_line_errors(string option, string value, string expected)
    {
        var run = Parindex.Run("robustness", Parindex.ThanhTriFramework, Parindex.ThanhTriInputs, option, value);

        run.Exit.Should().Be(1);
        run.Err.Should().Contain(expected);
    }

    [Fact]
    public void Manual_noise_re_scores_every_draw_through_the_engine()
    {
        var run = Parindex.Run("robustness", Parindex.ThanhTriFramework, Parindex.ThanhTriInputs, "--draws", "30", "--noise", "0", "--manual-noise", "--format", "json");

        run.Exit.Should().Be(0, run.Err);
        JsonNode.Parse(run.Out)!["method"]!.GetValue<string>().Should().Be("full-rescore");
    }

    [Fact]
    public void Sensitivity_adds_first_order_and_total_indices_per_area_to_the_table_and_the_json()
    {
        var json = Parindex.Run("robustness", Parindex.ThanhTriFramework, Parindex.ThanhTriInputs, "--draws", "20", "--sensitivity", "--samples", "32", "--target", "vinh-thanh", "--format", "json");
        var table = Parindex.Run("robustness", Parindex.ThanhTriFramework, Parindex.ThanhTriInputs, "--draws", "20", "--sensitivity", "--samples", "32");

        json.Exit.Should().Be(0, json.Err);
        var sensitivity = JsonNode.Parse(json.Out)!["sensitivity"]!;
        sensitivity["target"]!.GetValue<string>().Should().Be("unitIndex");
        sensitivity["runs"]!.GetValue<int>().Should().Be(32 * (8 + 2));
        var factors = sensitivity["factors"]!.AsArray();
        factors.Select(f => f!["code"]!.GetValue<string>()).Should().Equal("1", "2", "3", "4", "5", "6", "7", "8");
        factors.Should().OnlyContain(f => f!["totalLow"]!.GetValue<double>() <= f["total"]!.GetValue<double>() && f["total"]!.GetValue<double>() <= f["totalHigh"]!.GetValue<double>());
        table.Exit.Should().Be(0, table.Err);
        table.Out.Should().Contain("Độ nhạy (sensitivity) of the mean absolute rank shift to the weights: N = 32, 320 runs").And.Contain("S_T (toàn phần)");
        Parindex.Run("robustness", Parindex.ThanhTriFramework, Parindex.ThanhTriInputs, "--sensitivity", "--target", "khong-co").Err.Should().Contain("no scored unit 'khong-co'");
    }
}
