using System.IO.Compression;
using System.Text;
using FluentAssertions;
using ParIndex.Cli.Inputs;
using ParIndex.Cli.Tests.Support;
using Xunit;

namespace ParIndex.Cli.Tests.Sheets;

/// <summary>Workbooks that inflate far beyond their size are refused by the declared limits while streaming.</summary>
public class XlsxLimitsTests
{
    /// <summary>A workbook whose one sheet is <paramref name="sheetData"/>'s rows, written straight into the zip (small once compressed).</summary>
    private static string Bomb(TempFolder temp, Action<StreamWriter> sheetData)
    {
        var book = new ExcelBook();
        book.Sheet("Nhập liệu").Row(1, "unit_id", "unit_name");
        var path = book.Save(temp.File("bomb.xlsx"));
        using var zip = ZipFile.Open(path, ZipArchiveMode.Update);
        zip.GetEntry("xl/worksheets/sheet1.xml")!.Delete();
        using var w = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open(), new UTF8Encoding(false));
        w.Write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        sheetData(w);
        w.Write("</sheetData></worksheet>");
        return path;
    }

    [Fact]
    public void A_row_bomb_is_refused_by_the_default_row_limit_through_the_cli()
    {
        using var temp = new TempFolder();
        var path = Bomb(temp, w =>
        {
            for (var r = 1; r <= XlsxLimits.Default.MaxRows + 1; r++) w.Write($"<row r=\"{r}\"/>");
        });
        new FileInfo(path).Length.Should().BeLessThan(1_000_000, "a row bomb is small on disk");

        var run = Parindex.Run("score", Hazards.SheetHazardCatalogueTests.Framework, path);

        run.Exit.Should().Be(1);
        run.Err.Should().Be($"{path}: sheet 'Nhập liệu' has more than 300,000 rows; the limit is 300,000 (see docs/reliability.md)\n");
    }

    [Fact]
    public void A_cell_bomb_far_to_the_right_is_refused_by_the_default_cell_limit()
    {
        using var temp = new TempFolder();
        // 400 rows with one value in column XFD: 6.5 million cells once each row is laid out, from a file of a few KB.
        var path = Bomb(temp, w =>
        {
            for (var r = 1; r <= 400; r++) w.Write($"<row r=\"{r}\"><c r=\"XFD{r}\"><v>1</v></c></row>");
        });

        var act = () => XlsxReader.Read(path);

        act.Should().Throw<CliException>().WithMessage("*has more than 5,000,000 cells (counting each row up to its last value); the limit is 5,000,000*");
    }

    [Fact]
    public void A_sheet_that_inflates_past_the_part_limit_is_refused_while_reading()
    {
        using var temp = new TempFolder();
        var path = Bomb(temp, w => w.Write(new string(' ', 3_000_000)));

        var act = () => XlsxReader.Read(path, XlsxLimits.Default with { MaxSheetBytes = 1_000_000 });

        act.Should().Throw<CliException>().WithMessage("*xl/worksheets/sheet1.xml inflates to * bytes; the limit is 1,000,000*");
    }

    [Fact]
    public void A_text_longer_than_excel_allows_is_refused()
    {
        using var temp = new TempFolder();
        var path = Bomb(temp, w => w.Write($"<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>{new string('a', 40_000)}</t></is></c></row>"));

        var act = () => XlsxReader.Read(path);

        act.Should().Throw<CliException>().WithMessage("*a text of more than 32,767 characters*");
    }
}
