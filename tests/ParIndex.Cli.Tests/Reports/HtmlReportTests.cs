using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using FluentAssertions;
using ParIndex.Cli.Tests.Support;
using ParIndex.Engine.Cohorts;
using Xunit;

namespace ParIndex.Cli.Tests.Reports;

/// <summary>The HTML report and the letters, parsed with AngleSharp: self-contained, every chart drawn and tabled, the cohort's figures.</summary>
public sealed class HtmlReportTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private IDocument Report(params string[] extra)
    {
        var path = _temp.File("bao-cao.html");
        var run = Parindex.Run(["report", Parindex.PhuYenFramework, Parindex.PhuYenInputs, "--format", "html", "--out", path, "--generated", "2023-01-10", .. extra]);
        run.Exit.Should().Be(0, run.Err);
        return new HtmlParser().ParseDocument(File.ReadAllText(path));
    }

    [Fact]
    public void Nothing_is_fetched_from_outside_the_file()
    {
        var html = Report("--previous", Parindex.PhuYenPrevious);

        html.QuerySelectorAll("script, link, img, iframe, object, embed, base").Should().BeEmpty();
        foreach (var element in html.All)
            foreach (var attribute in element.Attributes)
            {
                attribute.Value.Should().NotContain("://", "{0} {1}", element.LocalName, attribute.Name);
                attribute.Value.Should().NotStartWith("//");
                if (attribute.Name is "href" or "src" or "xlink:href") attribute.Value.Should().StartWith("#");
            }
        var css = string.Concat(html.QuerySelectorAll("style").Select(s => s.TextContent));
        css.Should().NotContain("url(").And.NotContain("@import");
        html.DocumentElement.OuterHtml.Should().NotContain("http:").And.NotContain("https:");
        html.DocumentElement.GetAttribute("lang").Should().Be("vi");
    }

    [Fact]
    public void Every_chart_is_an_svg_with_a_title_beside_its_data_table()
    {
        var html = Report("--previous", Parindex.PhuYenPrevious, "--unit", "tuong-phu");
        var svgs = html.QuerySelectorAll("svg");

        svgs.Should().HaveCount(4, "index distribution, per-area attainment, bands, year over year");
        foreach (var svg in svgs)
        {
            svg.FirstElementChild!.LocalName.Should().Be("title");
            svg.FirstElementChild.TextContent.Should().NotBeNullOrWhiteSpace();
            svg.GetAttribute("role").Should().Be("img");
            var figure = svg.Closest("figure")!;
            var table = html.GetElementById(figure.GetAttribute("data-table")!);
            table.Should().NotBeNull();
            table!.LocalName.Should().Be("table");
            table.Closest("section").Should().BeSameAs(figure.Closest("section"), "the data table is beside its chart");
        }
        html.QuerySelector("#areas svg")!.InnerHtml.Should().Contain("Xã Tường Phù", "the selected unit is drawn against mean and best");
    }

    [Fact]
    public void Every_unit_is_present_with_the_cohort_figures()
    {
        var (_, result) = Cohorts.Score(Parindex.PhuYenFramework, Parindex.PhuYenInputs);
        var statistics = CohortStatistics.Compute(result);
        var html = Report();

        var ranking = html.GetElementById("t-ranking")!;
        var headers = ranking.QuerySelectorAll("thead th").Select(th => th.TextContent).ToList();
        var indexColumn = headers.IndexOf("Chỉ số");
        var rows = ranking.QuerySelectorAll("tbody tr").ToList();
        rows.Select(r => r.GetAttribute("data-unit")).Should().BeEquivalentTo(result.Units.Select(u => u.UnitId));
        foreach (var row in rows)
        {
            var unit = result.Find(row.GetAttribute("data-unit")!)!;
            row.TextContent.Should().Contain(unit.UnitName);
            decimal.Parse(row.Children[indexColumn].GetAttribute("data-value")!, CultureInfo.InvariantCulture).Should().Be(unit.Index);
            row.Children[indexColumn].TextContent.Should().Be(unit.Index.ToString("0.##", CultureInfo.InvariantCulture));
        }
        var bands = html.GetElementById("t-bands")!.QuerySelectorAll("tbody tr").ToList();
        for (var i = 0; i < statistics.Bands.Count; i++)
        {
            bands[i].Children[0].TextContent.Should().Be(statistics.Bands[i].Label);
            bands[i].Children[2].TextContent.Should().Be(statistics.Bands[i].Count.ToString(CultureInfo.InvariantCulture));
        }
        var mean = html.GetElementById("t-areas")!.QuerySelectorAll("tbody tr").Select(r => decimal.Parse(r.Children[3].GetAttribute("data-value")!, CultureInfo.InvariantCulture));
        mean.Should().Equal(statistics.Areas.Select(a => a.MeanPoints));
    }

    [Fact]
    public void It_prints_on_A4_with_a_page_per_section_and_headers_repeated()
    {
        var css = Report().QuerySelector("style")!.TextContent;

        css.Should().Contain("@page { size: A4").And.Contain("thead { display: table-header-group; }")
            .And.Contain("break-before: page").And.Contain("@media (max-width: 760px)");
    }

    [Fact]
    public void A_letter_per_commune_has_every_point_lost_with_its_reason_and_the_appraisers_note()
    {
        var folder = _temp.File("thu");
        var run = Parindex.Run("report", Parindex.ChiLangFramework, Parindex.ChiLangInputs, "--per-unit", "--format", "html", "--out", folder, "--generated", "2024-05-02");
        run.Exit.Should().Be(0, run.Err);
        var (_, result) = Cohorts.Score(Parindex.ChiLangFramework, Parindex.ChiLangInputs);
        var unit = result.Units.Single();
        var letter = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(folder, unit.UnitId + ".html")));

        letter.QuerySelector("h1")!.TextContent.Should().Contain(unit.UnitName);
        letter.GetElementById("t-summary")!.TextContent.Should().Contain("85").And.Contain("93", "self-assessed against appraised");
        var lost = letter.GetElementById("t-lost")!.QuerySelectorAll("tbody tr:not(.total)").ToList();
        lost.Select(r => r.Children[0].TextContent).Should().Equal("1.5", "2.1", "3.1.4", "3.4.1", "3.4.2", "6.3.3", "7.2", "7.4.1", "7.6");
        foreach (var (row, node) in lost.Zip(unit.Card.BelowMax))
        {
            decimal.Parse(row.Children[4].GetAttribute("data-value")!, CultureInfo.InvariantCulture).Should().Be(node.Lost);
            row.TextContent.Should().Contain(node.Reasons[0].Vietnamese);
        }
        lost.Select(r => r.Children[^1].TextContent).Should().Contain("Không phát sinh thanh toán trực tuyến", "the appraiser's note");
        letter.QuerySelectorAll("svg > title").Should().ContainSingle();

        var all = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(folder, "tat-ca.html")));
        all.QuerySelectorAll("article.letter").Should().HaveCount(result.Units.Count);
        all.QuerySelector("style")!.TextContent.Should().Contain("article.letter + article.letter { break-before: page;");
    }

    [Fact]
    public void Letters_are_written_for_every_unit_in_html_and_xlsx()
    {
        var (_, result) = Cohorts.Score(Parindex.PhuYenFramework, Parindex.PhuYenInputs);
        var folder = _temp.File("thu");
        Parindex.Run("report", Parindex.PhuYenFramework, Parindex.PhuYenInputs, "--per-unit", "--format", "html", "--out", folder).Exit.Should().Be(0);
        Parindex.Run("report", Parindex.PhuYenFramework, Parindex.PhuYenInputs, "--per-unit", "--format", "xlsx", "--out", folder).Exit.Should().Be(0);

        foreach (var unit in result.Units)
        {
            File.Exists(Path.Combine(folder, unit.UnitId + ".html")).Should().BeTrue();
            File.Exists(Path.Combine(folder, unit.UnitId + ".xlsx")).Should().BeTrue();
        }
        using var doc = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(Path.Combine(folder, "tuong-phu.xlsx"), false);
        doc.WorkbookPart!.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Select(s => s.Name!.Value).Should().Equal("Kết quả", "Lĩnh vực", "Khắc phục");

        Parindex.Run("report", Parindex.PhuYenFramework, Parindex.PhuYenInputs, "--per-unit", "--format", "html").Should()
            .Be(new CliRun(1, string.Empty, "--per-unit writes a file per unit; give the folder with --out <folder>\n"));
    }

    [Fact]
    public void Control_characters_in_names_never_reach_the_terminal()
    {
        var text = File.ReadAllText(Parindex.ThanhTriInputs).Replace("Xã Vĩnh Thành", "Xã \\u001b[2J\\u001b[31mĐỏ\\nDòng hai", StringComparison.Ordinal);
        var inputs = _temp.Write("control.json", text);

        var run = Parindex.Run("score", Parindex.ThanhTriFramework, inputs);
        run.Exit.Should().Be(0, run.Err);
        run.Out.Should().NotContain("\u001b");
        run.Out.Split('\n').Should().Contain(l => l.Contains("Dòng hai", StringComparison.Ordinal) && l.Contains("93", StringComparison.Ordinal));
    }
}
