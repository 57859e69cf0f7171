using System.IO.Compression;
using System.Security;
using System.Text;
using FluentAssertions;
using ParIndex.Cli.Tests.Support;
using Xunit;

namespace ParIndex.Cli.Tests.Sheets;

/// <summary>
/// Template → filled like a clerk (percent cells, decimal commas, KPS, notes) → score → convert → JSON → score: the
/// same cards, and back to a workbook: the same again.
/// </summary>
public class ClerkRoundTripTests
{
    [Fact]
    public void A_filled_template_converted_to_json_and_back_scores_the_same()
    {
        using var temp = new TempFolder();
        var template = temp.File("nhap-lieu.xlsx");
        Parindex.Run("template", Parindex.AllKindsFramework, "--format", "xlsx", "--out", template).Exit.Should().Be(0);

        // Columns of the template: unit_id, unit_name, block, stage, ghi chú, then 1.1 1.1#evidence 1.1#refs 1.2 1.2#evidence
        // 1.3 1.4 2.1.1 2.1.2 2.2 2.3 3.1 3.2 4.1.1 4.1.2 4.1.3 4.2 4.3 4.4 adj:P1 adj:B1 disqualifiers; the clerk adds '4.3#note'.
        string[] a = ["xa-an-phu", "Xã An Phú", "", "", "đã họp xét ngày 12/3", "x", "có", "KH 15/KH-UBND", "1", "có", "Hoàn thành 100% kế hoạch", "2",
            "96,5%", "45/50", "2", "4,75", "Rất hài lòng=30; Hài lòng=12; Không hài lòng=1", "82 %", "x", "37,5", "18/24", "150", "Số hóa toàn bộ", "60/200", "", "1", "", "số liệu đến 31/12"];
        string[] b = ["xa-binh-an", "Xã Bình An", "", "appraisal1", "", "không", "không", "", "3", "chưa đạt", "KPS", "0",
            "100%", "0/0", "0", "5", "75%", "90,25%", "không", "12,5", "3/12", "KPS", "số hóa một phần", "45%", "1", "", "K1", ""];
        Fill(template, a, b, noteHeader: "4.3#note");

        var fromSheet = Parindex.Run("score", Parindex.AllKindsFramework, template, "--format", "json");
        fromSheet.Exit.Should().Be(0, fromSheet.Err);
        fromSheet.Out.Should().Contain("\"note\": \"số liệu đến 31/12\"", "the clerk's note reaches the card");

        var json = temp.File("danh-gia.json");
        var convert = Parindex.Run("convert", template, "--framework", Parindex.AllKindsFramework, "--out", json);
        convert.Exit.Should().Be(0, convert.Err);
        convert.Err.Should().Contain("1 dòng có ghi chú chung", "the general note ('đã họp xét ngày 12/3') has no place in the JSON, and the clerk is told");
        File.ReadAllText(json).Should().Contain("số liệu đến 31/12").And.NotContain("\\u", "Vietnamese stays readable");
        var fromJson = Parindex.Run("score", Parindex.AllKindsFramework, json, "--format", "json");
        fromJson.Exit.Should().Be(0, fromJson.Err);
        fromJson.Out.Should().Be(fromSheet.Out);

        var back = temp.File("lai.xlsx");
        Parindex.Run("convert", json, "--framework", Parindex.AllKindsFramework, "--out", back).Exit.Should().Be(0);
        Parindex.Run("score", Parindex.AllKindsFramework, back, "--format", "json").Out.Should().Be(fromSheet.Out);
        var csv = temp.File("lai.csv");
        Parindex.Run("convert", json, "--framework", Parindex.AllKindsFramework, "--out", csv).Exit.Should().Be(0);
        Parindex.Run("score", Parindex.AllKindsFramework, csv, "--format", "json").Out.Should().Be(fromSheet.Out);
    }

    [Fact]
    public void The_template_is_the_same_bytes_for_the_same_framework()
    {
        using var temp = new TempFolder();
        var one = temp.File("1.xlsx");
        var two = temp.File("2.xlsx");
        Parindex.Run("template", Parindex.AllKindsFramework, "--format", "xlsx", "--units", Parindex.AllKindsInputs, "--out", one).Exit.Should().Be(0);
        Thread.Sleep(1100); // a zip timestamp has a 2-second resolution: cross a tick
        Parindex.Run("template", Parindex.AllKindsFramework, "--format", "xlsx", "--units", Parindex.AllKindsInputs, "--out", two).Exit.Should().Be(0);
        File.ReadAllBytes(two).Should().Equal(File.ReadAllBytes(one));
    }

    [Fact]
    public void The_template_keeps_codes_as_text_and_has_dropdowns_frozen_headers_and_a_guide_in_vietnamese_first()
    {
        using var temp = new TempFolder();
        var template = temp.File("t.xlsx");
        Parindex.Run("template", Sheets.Hazards.SheetHazardCatalogueTests.Framework, "--format", "xlsx", "--out", template).Exit.Should().Be(0);
        using var zip = ZipFile.OpenRead(template);
        string Part(string name) => new StreamReader(zip.GetEntry(name)!.Open()).ReadToEnd();
        var input = Part("xl/worksheets/sheet1.xml");
        input.Should().Contain("s=\"1\" t=\"inlineStr\"><is><t xml:space=\"preserve\">1.10</t>").And.Contain("<t xml:space=\"preserve\">2.10.1</t>", "codes are text cells");
        input.Should().NotContain("<v>1.1</v>");
        input.Should().Contain("state=\"frozen\"").And.Contain("ySplit=\"3\"");
        input.Should().Contain("type=\"list\"").And.Contain("&apos;Danh mục&apos;!$C$2:$C$4", "the yes/no list of the third dropdown");
        input.Should().Contain("Ghi chú").And.Contain("Ô kiểu Văn bản: gõ 90% hoặc 45/50");
        var guide = Part("xl/worksheets/sheet2.xml");
        guide.IndexOf("Cách nhập", StringComparison.Ordinal).Should().BePositive().And.BeLessThan(guide.IndexOf("How to fill", StringComparison.Ordinal), "Vietnamese first, English second");
        Part("xl/worksheets/sheet3.xml").Should().Contain("Kịp thời").And.Contain("Không ban hành");
        Part("xl/workbook.xml").Should().Contain("Nhập liệu").And.Contain("Hướng dẫn");
    }

    /// <summary>Types two unit rows below the template's three header rows, as Excel stores typed text (and numbers in number columns).</summary>
    private static void Fill(string book, string[] a, string[] b, string noteHeader)
    {
        using var zip = ZipFile.Open(book, ZipArchiveMode.Update);
        var entry = zip.GetEntry("xl/worksheets/sheet1.xml")!;
        string xml;
        using (var reader = new StreamReader(entry.Open())) xml = reader.ReadToEnd();
        entry.Delete();
        var last = ExcelSheet.Col(a.Length - 1);
        xml = xml.Replace("</row><row r=\"2\">", $"<c r=\"{last}1\" t=\"inlineStr\"><is><t>{noteHeader}</t></is></c></row><row r=\"2\">", StringComparison.Ordinal);
        var rows = new StringBuilder();
        foreach (var (cells, r) in new[] { (a, 4), (b, 5) })
        {
            rows.Append($"<row r=\"{r}\">");
            for (var c = 0; c < cells.Length; c++)
            {
                if (cells[c].Length == 0) continue;
                var reference = ExcelSheet.Col(c) + r;
                // Excel in vi-VN stores "37,5" typed in a General (number) column as the number 37.5.
                rows.Append(decimal.TryParse(cells[c].Replace(',', '.'), System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var n) && !cells[c].Contains('/', StringComparison.Ordinal) && IsNumberColumn(c)
                    ? $"<c r=\"{reference}\"><v>{n.ToString(System.Globalization.CultureInfo.InvariantCulture)}</v></c>"
                    : $"<c r=\"{reference}\" t=\"inlineStr\"><is><t xml:space=\"preserve\">{SecurityElement.Escape(cells[c])}</t></is></c>");
            }
            rows.Append("</row>");
        }
        xml = xml.Replace("</sheetData>", rows + "</sheetData>", StringComparison.Ordinal);
        using var writer = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml").Open(), new UTF8Encoding(false));
        writer.Write(xml);
    }

    // The template's number (General) columns for the all-kinds sample: 1.2, 1.4, 2.2, 2.3, 4.1.2, 4.2, adj:P1, adj:B1.
    private static bool IsNumberColumn(int c) => c is 8 or 11 or 14 or 15 or 19 or 21 or 24 or 25;
}
