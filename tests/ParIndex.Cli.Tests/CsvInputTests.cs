using FluentAssertions;
using ParIndex.Cli.Tests.Support;
using Xunit;

namespace ParIndex.Cli.Tests;

/// <summary>Template → fill a CSV → score, and the errors a clerk can make.</summary>
public class CsvInputTests
{
    private const string Header = "unit_id,unit_name,block,stage,1,2,3,4,5,6,7,8";

    private static readonly string[] ThanhTriRows =
    [
        "vinh-thanh,Xã Vĩnh Thành,,,20,6,13,18,8,13,7,8",
        "phu-loc,TT Phú Lộc,,,21,6,13,18,8,13,5,8",
        "thanh-tri,Xã Thanh Trị,,,21,6,13,18,8,11,7,8",
        "thanh-tan,Xã Thanh Tân,,,20,6,13,18,8,12,5,7",
        "tuan-tuc,Xã Tuân Tức,,,21,6,13,14,8,13,7,7",
        "chau-hung,Xã Châu Hưng,,,21,6,10,18,8,12,5,8",
        "lam-tan,Xã Lâm Tân,,,21,6,13,15,8,12,5,8",
        "vinh-loi,Xã Vĩnh Lợi,,,21,2,13,18,8,13,3,7",
        "hung-loi,TT Hưng Lợi,,,21,2,13,16,8,11,4,5",
        "lam-kiet,Xã Lâm Kiệt,,,20,2,13,12,2,11,3,8",
    ];

    [Fact]
    public void Template_csv_has_the_codes_then_names_then_how_to_fill()
    {
        var run = Parindex.Run("template", Parindex.ThanhTriFramework, "--format", "csv");

        run.Exit.Should().Be(0, run.Err);
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().Be("unit_id,unit_name,block,stage,ghi chú,1,2,3,4,5,6,7,8", "a notes column (ghi chú) after the unit's columns");
        lines[1].Should().StartWith("# tên").And.Contain("Công tác chỉ đạo điều hành CCHC").And.Contain("Hiện đại hóa hành chính");
        lines[2].Should().StartWith("# cách nhập").And.Contain("điểm 0 đến 25, bước 1");
        lines.Should().HaveCount(3, "no unit is known without --units");
    }

    [Fact]
    public void Template_with_units_has_one_row_per_unit_and_reads_back()
    {
        using var temp = new TempFolder();
        var template = temp.File("nhap-lieu.csv");
        Parindex.Run("template", Parindex.ThanhTriFramework, "--units", Parindex.ThanhTriInputs, "--out", template).Exit.Should().Be(0);

        File.ReadAllBytes(template).Take(3).Should().Equal([0xEF, 0xBB, 0xBF], "a BOM, so that Excel shows the Vietnamese");
        var lines = File.ReadAllLines(template);
        lines.Skip(3).Select(l => l.Split(',')[1]).Should().Equal("Xã Vĩnh Thành", "TT Phú Lộc", "Xã Thanh Trị", "Xã Thanh Tân", "Xã Tuân Tức",
            "Xã Châu Hưng", "Xã Lâm Tân", "Xã Vĩnh Lợi", "TT Hưng Lợi", "Xã Lâm Kiệt");

        // Fill the empty template rows with the published points, keeping the header and note rows.
        var filled = lines.Take(3).Concat(lines.Skip(3).Select((l, i) => ThanhTriRows[i].Replace(",,,", ",,,ghi chú của người thẩm định,", StringComparison.Ordinal))).ToArray();
        File.WriteAllLines(template, filled);
        var run = Parindex.Run("score", Parindex.ThanhTriFramework, template, "--format", "csv");

        run.Exit.Should().Be(0, run.Err);
        run.Out.Should().Be(Parindex.Run("score", Parindex.ThanhTriFramework, Parindex.ThanhTriInputs, "--format", "csv").Out, "a sheet scores as the same inputs in JSON");
    }

    [Fact]
    public void Score_table_ranks_with_points_per_area()
    {
        using var temp = new TempFolder();
        var csv = temp.Write("inputs.csv", string.Join("\n", [Header, .. ThanhTriRows]));

        var run = Parindex.Run("score", Parindex.ThanhTriFramework, csv);

        run.Exit.Should().Be(0, run.Err);
        run.Out.Should().Contain("Hạng  Đơn vị          1  2   3   4  5   6  7  8  Điểm  Xếp loại");
        run.Out.Should().Contain("   1  Xã Vĩnh Thành  20  6  13  18  8  13  7  8    93  Rất tốt");
        run.Out.Should().Contain("  10  Xã Lâm Kiệt    20  2  13  12  2  11  3  8    71  Khá");
    }

    [Fact]
    public void Semicolon_separated_sheets_with_decimal_commas_read_the_same()
    {
        using var temp = new TempFolder();
        var comma = temp.Write("comma.csv", "unit_id,unit_name,1.1,1.2,1.3,1.4,2.1.1,2.1.2,2.2,2.3,3.1,3.2,4.1.1,4.1.2,4.1.3,4.2,4.3,4.4\n"
            + "xa-a,Xã A,x,0,Hoàn thành 100% kế hoạch,4,420/420,95%,0,4.75,92.5%,92.5,có,40.5,18/24,150,Số hóa toàn bộ,30.5%\n");
        var semicolon = temp.Write("semicolon.csv", "\uFEFFunit_id;unit_name;1.1;1.2;1.3;1.4;2.1.1;2.1.2;2.2;2.3;3.1;3.2;4.1.1;4.1.2;4.1.3;4.2;4.3;4.4\r\n"
            + "xa-a;Xã A;có;0;hoàn thành 100% kế hoạch;4;420/420;95;0;4,75;92,5%;92,5;X;40,5;18/24;150;Số hóa toàn bộ;30,5 %\r\n");

        var a = Parindex.Run("score", Parindex.AllKindsFramework, comma, "--format", "json");
        var b = Parindex.Run("score", Parindex.AllKindsFramework, semicolon, "--format", "json");

        a.Exit.Should().Be(0, a.Err);
        b.Exit.Should().Be(0, b.Err);
        b.Out.Should().Be(a.Out);
        a.Out.Should().Contain("\"unitName\": \"Xã A\"");
    }

    [Fact]
    public void An_unknown_column_is_an_error_naming_the_file_row_and_column()
    {
        using var temp = new TempFolder();
        var csv = temp.Write("wrong.csv", string.Join("\n", [Header.Replace(",8", ",9", StringComparison.Ordinal), .. ThanhTriRows]));

        var run = Parindex.Run("score", Parindex.ThanhTriFramework, csv);

        run.Exit.Should().Be(1);
        run.Out.Should().BeEmpty();
        run.Err.Should().Contain($"{csv}: row 1, column '9': unknown column");
        run.Err.Should().Contain($"{csv}: row 1: missing column(s) '8'");
        run.Err.Should().NotContain("   at ");
    }

    [Fact]
    public void A_value_off_the_manual_step_is_an_error_naming_the_row_and_column_and_the_other_units_are_scored()
    {
        using var temp = new TempFolder();
        var rows = ThanhTriRows.ToArray();
        rows[2] = "thanh-tri,Xã Thanh Trị,,,21,6,13,18,8,11,7,7.5";
        rows[4] = "tuan-tuc,Xã Tuân Tức,,,21,6,13,14,8,13,7,có";
        var csv = temp.Write("off-step.csv", string.Join("\n", [Header, .. rows]));

        var run = Parindex.Run("score", Parindex.ThanhTriFramework, csv);

        run.Exit.Should().Be(1);
        var lines = run.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().Equal(
            $"{csv}: unit 'thanh-tri', 8: PI0441 row 4, column '8': giá trị không hợp lệ — found '7.5': points 7.5 are off the step; expected a multiple of 1 [Hiện đại hóa hành chính]",
            $"{csv}: unit 'tuan-tuc', 8: PI0441 row 6, column '8': không phải là số — found 'có', which is not a number (12.5 or 12,5) [Hiện đại hóa hành chính]");
        // Bad input never becomes a score, and one bad unit never loses the others.
        run.Out.Should().MatchRegex(@"-\s+Xã Thanh Trị\s+(-\s+)+lỗi nhập liệu");
        run.Out.Should().MatchRegex(@"-\s+Xã Tuân Tức\s+(-\s+)+lỗi nhập liệu");
        run.Out.Should().MatchRegex(@"1\s+Xã Vĩnh Thành\s+20\s+6\s+13\s+18\s+8\s+13\s+7\s+8\s+93\s+Rất tốt");
        run.Out.Should().Contain("8 đơn vị (units)");
    }

    [Theory]
    [InlineData("1.000,5", "more than one separator")]
    [InlineData("26", "out of range")]
    [InlineData("-1", "out of range")]
    public void Numbers_are_read_by_one_unambiguous_rule(string cell, string expected)
    {
        using var temp = new TempFolder();
        var csv = temp.Write("numbers.csv", $"{Header}\nvinh-thanh,Xã Vĩnh Thành,,,\"{cell}\",6,13,18,8,13,7,8\n");

        var run = Parindex.Run("score", Parindex.ThanhTriFramework, csv);

        run.Exit.Should().Be(1);
        run.Err.Should().Contain($"row 2, column '1'").And.Contain(expected);
    }

    [Fact]
    public void Stages_in_rows_and_duplicates()
    {
        using var temp = new TempFolder();
        var csv = temp.Write("stages.csv", $"{Header}\n"
            + "vinh-thanh,Xã Vĩnh Thành,,self,25,6,15,18,8,13,7,8\n"
            + "vinh-thanh,Xã Vĩnh Thành,,appraisal1,20,6,13,18,8,13,7,8\n");

        Parindex.Run("score", Parindex.ThanhTriFramework, csv, "--stage", "self", "--format", "csv").Out.Should().Contain(",100,100,Rất tốt");
        Parindex.Run("score", Parindex.ThanhTriFramework, csv, "--format", "csv").Out.Should().Contain(",93,93,Rất tốt");

        var dup = temp.Write("dup.csv", $"{Header}\nvinh-thanh,Xã Vĩnh Thành,,,20,6,13,18,8,13,7,8\nvinh-thanh,Xã Vĩnh Thành,,appraisal1,20,6,13,18,8,13,7,8\n");
        var run = Parindex.Run("score", Parindex.ThanhTriFramework, dup);
        run.Exit.Should().Be(1);
        run.Err.Should().Contain("row 3, column 'unit_id': trùng dòng — unit 'vinh-thanh' already has a row for stage Appraisal1 (row 2)").And.Contain("row 3 was left out");
    }

    [Fact]
    public void A_missing_inputs_file_exits_1()
    {
        var run = Parindex.Run("score", Parindex.ThanhTriFramework, "nowhere.csv");

        run.Exit.Should().Be(1);
        run.Err.Should().Be("nowhere.csv: file not found\n");
    }

    [Fact]
    public void Inputs_for_another_framework_are_refused()
    {
        var run = Parindex.Run("score", Parindex.ThanhTriFramework, Parindex.AllKindsInputs);

        run.Exit.Should().Be(1);
        run.Err.Should().Contain("the inputs are for framework 'sample-all-kinds', not 'thanh-tri-commune-2018'");
    }
}
