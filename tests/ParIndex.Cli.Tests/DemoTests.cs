using System.Text.RegularExpressions;
using FluentAssertions;
using ParIndex.Cli.Tests.Support;
using Xunit;

namespace ParIndex.Cli.Tests;

/// <summary>The README's main job: <c>dotnet run --project src/ParIndex.Cli</c> prints the Thạnh Trị 2018 table as published.</summary>
public class DemoTests
{
    private static readonly (int Rank, string Unit, int Total, string Band)[] Published =
    [
        (1, "Xã Vĩnh Thành", 93, "Rất tốt"), (2, "TT Phú Lộc", 92, "Rất tốt"), (2, "Xã Thanh Trị", 92, "Rất tốt"),
        (4, "Xã Thanh Tân", 89, "Tốt"), (4, "Xã Tuân Tức", 89, "Tốt"), (6, "Xã Châu Hưng", 88, "Tốt"), (6, "Xã Lâm Tân", 88, "Tốt"),
        (8, "Xã Vĩnh Lợi", 85, "Tốt"), (9, "TT Hưng Lợi", 80, "Tốt"), (10, "Xã Lâm Kiệt", 71, "Khá"),
    ];

    [Theory]
    [InlineData]
    [InlineData("demo")]
    public void Prints_the_published_Thanh_Tri_2018_table(params string[] args)
    {
        var run = Parindex.Run(args);

        run.Exit.Should().Be(0, run.Err);
        run.Err.Should().BeEmpty();
        var rows = run.Out.Split('\n')
            .Select(l => Regex.Match(l, @"^\s*(\d+)\s{2,}(\S.*?)\s{2,}(\d+)\s{2,}(\S.*?)\s*$"))
            .Where(m => m.Success)
            .Select(m => (int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), m.Groups[2].Value,
                int.Parse(m.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture), m.Groups[4].Value))
            .ToList();
        rows.Should().Equal(Published);
        rows.Select(r => r.Item3).Should().Equal(93, 92, 92, 89, 89, 88, 88, 85, 80, 71);
        run.Out.Should().Contain("3 Rất tốt, 6 Tốt, 1 Khá").And.Contain("bình quân (mean) 86.7");
        run.Out.Should().Contain("Thạnh Trị", "Vietnamese is printed unescaped").And.NotContain("\\u");
    }
}
