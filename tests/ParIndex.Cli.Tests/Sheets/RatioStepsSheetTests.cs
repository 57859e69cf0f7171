using System.Text.Json;
using FluentAssertions;
using ParIndex.Cli.Tests.Support;
using Xunit;

namespace ParIndex.Cli.Tests.Sheets;

/// <summary>
/// The ratio-steps kind in a sheet (issue 11): the CLI reads its cell as a ratio ("3/12") through the input shape the
/// rule declares, without a line of its own in the CLI; below the minimum denominator the criterion is not applicable.
/// </summary>
public class RatioStepsSheetTests
{
    // 4.1.3 of the all-kinds sample: ratio steps from 20 documents, ≥ 90 % → 10; ≥ 70 % → 6; otherwise 2 (max 10).
    private static JsonElement Leaf(JsonElement cards, string unit, string code) =>
        cards.GetProperty("scoreCards").EnumerateArray().Single(c => c.GetProperty("unitId").GetString() == unit)
            .GetProperty("nodes").EnumerateArray().Single(n => n.GetProperty("code").GetString() == code);

    // Every leaf needs a column; only 4.1.3 is filled (4.1.1 "không", so the best-of parent 4.1 shows it).
    private const string Header = "unit_id,unit_name,1.1,1.2,1.3,1.4,2.1.1,2.1.2,2.2,2.3,3.1,3.2,4.1.1,4.1.2,4.1.3,4.2,4.3,4.4";

    private static string Row(string id, string name, string cell) => $"{id},{name},,,,,,,,,,,không,,{cell},,,\n";

    [Fact]
    public void A_csv_ratio_cell_below_the_minimum_is_not_applicable_and_above_it_takes_its_step()
    {
        using var temp = new TempFolder();
        var csv = temp.Write("ratio-steps.csv",
            Header + "\n"
            + Row("xa-a", "Xã A", "3/12")
            + Row("xa-b", "Xã B", "18/24")
            + Row("xa-c", "Xã C", "19/20"));

        var run = Parindex.Run("score", Parindex.AllKindsFramework, csv, "--format", "json");

        run.Exit.Should().Be(0, run.Err);
        using var json = JsonDocument.Parse(run.Out);
        var below = Leaf(json.RootElement, "xa-a", "4.1.3");
        below.GetProperty("status").GetString().Should().Be("notApplicable");
        below.GetProperty("reasons")[0].GetProperty("code").GetString().Should().Be("not-applicable-below-minimum");
        below.GetProperty("reasons")[0].GetProperty("vi").GetString().Should()
            .StartWith("Không áp dụng do số lượng dưới mức tối thiểu: 3/12, mẫu số 12 dưới mức tối thiểu 20");
        Leaf(json.RootElement, "xa-b", "4.1.3").GetProperty("awarded").GetDecimal().Should().Be(6m, "18/24 = 75 % reaches the 70 % step");
        Leaf(json.RootElement, "xa-c", "4.1.3").GetProperty("awarded").GetDecimal().Should().Be(10m, "19/20 = 95 % reaches the 90 % step");
    }

    [Fact]
    public void A_percentage_in_a_ratio_steps_cell_is_refused_with_the_reason()
    {
        using var temp = new TempFolder();
        var csv = temp.Write("ratio-steps.csv", Header + "\n" + Row("xa-a", "Xã A", "90%"));

        var run = Parindex.Run("score", Parindex.AllKindsFramework, csv, "--format", "json");

        (run.Out + run.Err).Should().Contain("the minimum denominator 20 is checked on the denominator");
    }
}
