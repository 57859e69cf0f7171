using System.Text;
using FluentAssertions;
using ParIndex.Cli.Tests.Support;
using Xunit;

namespace ParIndex.Cli.Tests.Hostile;

/// <summary>
/// The spreadsheet entries of the hostile-input catalogue (docs/reliability.md): sheets filled by dozens of
/// communes, each answered with an error that names the file, row and column, or accepted as it should be.
/// </summary>
public class SheetHostileTests
{
    private const string Header = "unit_id,unit_name,block,stage,1,2,3,4,5,6,7,8";
    private const string Row1 = "vinh-thanh,Xã Vĩnh Thành,,,20,6,13,18,8,13,7,8";
    private const string Row2 = "lam-kiet,Xã Lâm Kiệt,,,20,2,13,12,2,11,3,8";

    private static CliRun Score(string path) => Parindex.Run("score", Parindex.ThanhTriFramework, path);

    [Fact]
    public void A_csv_with_a_missing_column_is_refused_naming_the_column()
    {
        using var temp = new TempFolder();
        var csv = temp.Write("missing.csv", "unit_id,unit_name,block,stage,1,2,3,4,5,6,7\nvinh-thanh,Xã Vĩnh Thành,,,20,6,13,18,8,13,7\n");
        var run = Score(csv);
        run.Exit.Should().Be(1);
        run.Err.Should().Be($"{csv}: row 1: missing column(s) '8'; every leaf needs a column (leave cells empty for no input)\n");
        run.Out.Should().BeEmpty();
    }

    [Fact]
    public void A_csv_with_an_extra_column_is_refused_naming_the_column()
    {
        using var temp = new TempFolder();
        var csv = temp.Write("extra.csv", $"{Header},tong_diem\n{Row1},93\n");
        var run = Score(csv);
        run.Exit.Should().Be(1);
        run.Err.Should().StartWith($"{csv}: row 1, column 'tong_diem': unknown column; expected unit_id, unit_name, block, stage, a leaf code of framework 'thanh-tri-commune-2018'");
        run.Out.Should().BeEmpty();
    }

    [Fact]
    public void A_row_longer_than_the_header_is_refused()
    {
        using var temp = new TempFolder();
        var csv = temp.Write("long.csv", $"{Header}\n{Row1},99\n");
        var run = Score(csv);
        run.Exit.Should().Be(1);
        run.Err.Should().Be($"{csv}: unit 'vinh-thanh': PI0441 row 2: dòng thừa ô — 13 cells but the header has 12 columns; found '99' past the last column\n");
    }

    [Fact]
    public void An_empty_csv_is_refused()
    {
        using var temp = new TempFolder();
        var csv = temp.Write("empty.csv", string.Empty);
        var run = Score(csv);
        run.Exit.Should().Be(1);
        run.Err.Should().StartWith($"{csv}: the sheet is empty;");
    }

    [Fact]
    public void A_csv_with_a_bom_and_windows_line_ends_reads_like_a_plain_one()
    {
        using var temp = new TempFolder();
        var plain = temp.Write("plain.csv", $"{Header}\n{Row1}\n{Row2}\n");
        var windows = temp.File("windows.csv");
        File.WriteAllText(windows, $"{Header}\r\n{Row1}\r\n{Row2}\r\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        var a = Score(plain);
        var b = Score(windows);

        a.Exit.Should().Be(0, a.Err);
        b.Exit.Should().Be(0, b.Err);
        b.Out.Should().Be(a.Out);
    }

    [Fact]
    public void A_file_that_is_not_a_workbook_is_refused()
    {
        using var temp = new TempFolder();
        var fake = temp.Write("fake.xlsx", "unit_id,unit_name\n");
        var run = Score(fake);
        run.Exit.Should().Be(1);
        run.Err.Should().StartWith($"{fake}: not an Excel workbook (.xlsx)");
        run.Err.Should().NotContain("   at ");
    }
}
