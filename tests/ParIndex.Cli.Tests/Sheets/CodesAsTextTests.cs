using FluentAssertions;
using MiniExcelLibs;
using ParIndex.Cli.Tests.Support;
using Xunit;

namespace ParIndex.Cli.Tests.Sheets;

/// <summary>Criterion codes are text in every workbook the tool writes: "1.10" never becomes the number 1.1.</summary>
public class CodesAsTextTests
{
    [Fact]
    public void The_remediation_sheet_of_a_scored_workbook_keeps_codes_as_text()
    {
        using var temp = new TempFolder();
        var csv = temp.Write("sheet.csv", "unit_id,unit_name,1.1,1.10,1.2,2.10.1,2.2\nxa-a,Xã A,50%,10,1,Không kịp thời,không\n");
        var book = temp.File("ket-qua.xlsx");

        Parindex.Run("score", Hazards.SheetHazardCatalogueTests.Framework, csv, "--format", "xlsx", "--out", book).Exit.Should().Be(0);

        var rows = MiniExcel.Query(book, useHeaderRow: false, sheetName: "Khắc phục").Cast<IDictionary<string, object?>>().ToList();
        var codes = rows.Skip(1).Select(r => r["B"]).ToList();
        codes.Should().Contain("1.10").And.Contain("1.1").And.Contain("2.10.1");
        codes.Should().AllBeOfType<string>();
        var ranking = MiniExcel.Query(book, useHeaderRow: false, sheetName: "Xếp hạng").Cast<IDictionary<string, object?>>().First();
        ranking.Values.Should().AllBeOfType<string>("the header row (area codes 1, 2) is text");
    }
}
