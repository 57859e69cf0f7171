using System.Globalization;
using FluentAssertions;
using MiniExcelLibs;
using ParIndex.Cli.Tests.Support;
using ParIndex.Engine.Model;
using ParIndex.Engine.Rules;
using ParIndex.Engine.Serialization;
using Xunit;

namespace ParIndex.Cli.Tests;

/// <summary>An Excel template, filled and scored, gives the same scores as the same inputs in JSON.</summary>
public class ExcelRoundTripTests
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    [Theory]
    [InlineData("final", 0)]
    [InlineData("self", 1)] // two units have no self-assessment: the same errors either way
    [InlineData("appraisal1", 0)]
    [InlineData("appraisal2", 1)]
    public void A_filled_template_scores_as_the_json_inputs(string stage, int exit)
    {
        using var temp = new TempFolder();
        var template = temp.File("template.xlsx");
        var make = Parindex.Run("template", Parindex.AllKindsFramework, "--format", "xlsx", "--out", template);
        make.Exit.Should().Be(0, make.Err);
        MiniExcel.GetSheetNames(template).Should().Equal("Nhập liệu", "Hướng dẫn", "Danh mục");

        var filled = temp.File("filled.xlsx");
        Fill(template, filled, ParIndexJson.Default.LoadAssessment(Parindex.AllKindsInputs).GetValueOrThrow());

        var fromExcel = Parindex.Run("score", Parindex.AllKindsFramework, filled, "--stage", stage, "--format", "json");
        var fromJson = Parindex.Run("score", Parindex.AllKindsFramework, Parindex.AllKindsInputs, "--stage", stage, "--format", "json");

        fromJson.Exit.Should().Be(exit, fromJson.Err);
        fromExcel.Err.Replace(filled, "<inputs>", StringComparison.Ordinal).Should().Be(fromJson.Err.Replace(Parindex.AllKindsInputs, "<inputs>", StringComparison.Ordinal));
        fromExcel.Exit.Should().Be(fromJson.Exit);
        fromExcel.Out.Should().Be(fromJson.Out, "every node's points and reasons are the same");
        fromExcel.Out.Should().Contain("\"index\"");
    }

    /// <summary>Fills the template's input sheet as a clerk would: a row per unit and stage, below the header and note rows.</summary>
    private static void Fill(string template, string filled, AssessmentDocument assessment)
    {
        var rows = MiniExcel.Query(template, useHeaderRow: false, sheetName: "Nhập liệu").Cast<IDictionary<string, object?>>().ToList();
        var keys = rows[0].Keys.ToList();
        var header = keys.Select(k => rows[0][k]?.ToString() ?? string.Empty).ToList();
        // A note column per leaf that has a note somewhere ('<code>#note'), as a clerk adds them: notes reach the card.
        var noted = assessment.Units.SelectMany(u => u.Stages.Values).SelectMany(s => s.Inputs).Where(i => i.Value.Note is not null).Select(i => i.Key).Distinct().Order(StringComparer.Ordinal).ToList();
        foreach (var code in noted)
        {
            keys.Add("note " + code);
            header.Add(code + "#note");
        }
        var output = rows.Take(3).Select(r => keys.ToDictionary(k => k, k => r.TryGetValue(k, out var v) ? v : null)).ToList();
        for (var i = 0; i < noted.Count; i++) output[0]["note " + noted[i]] = noted[i] + "#note";
        foreach (var unit in assessment.Units)
            foreach (var (stage, inputs) in unit.Stages)
            {
                var row = keys.ToDictionary(k => k, _ => (object?)null);
                for (var i = 0; i < header.Count; i++)
                {
                    var h = header[i];
                    row[keys[i]] = h switch
                    {
                        "unit_id" => unit.UnitId,
                        "unit_name" => unit.UnitName,
                        "block" => unit.Block,
                        "stage" => stage switch { Stage.SelfAssessment => "self", Stage.Appraisal1 => "appraisal1", _ => "appraisal2" },
                        "disqualifiers" => string.Join("; ", inputs.Disqualifiers),
                        _ when h.StartsWith("adj:", StringComparison.Ordinal) => inputs.Adjustments.TryGetValue(h[4..], out var n) ? n : null,
                        _ when h.EndsWith("#evidence", StringComparison.Ordinal) => inputs.Inputs.GetValueOrDefault(h[..^9])?.Evidence switch
                        {
                            EvidenceStatus.Provided => "có",
                            EvidenceStatus.Missing => "không",
                            EvidenceStatus.Insufficient => "chưa đạt",
                            _ => null,
                        },
                        _ when h.EndsWith("#note", StringComparison.Ordinal) => inputs.Inputs.GetValueOrDefault(h[..^5])?.Note,
                        _ when h.EndsWith("#refs", StringComparison.Ordinal) => inputs.Inputs.GetValueOrDefault(h[..^5]) is { References.Count: > 0 } r ? string.Join("; ", r.References) : null,
                        _ => inputs.Inputs.TryGetValue(h, out var input) ? Cell(input) : null,
                    };
                }
                output.Add(row);
            }
        MiniExcel.SaveAs(filled, output, printHeader: false, sheetName: "Nhập liệu");
    }

    /// <summary>A cell as a clerk types it: numbers as Excel numbers, decimals with the vi-VN comma where typed as text.</summary>
    private static object? Cell(LeafInput input) => input switch
    {
        { NotApplicable: true } => "KPS",
        { Met: { } met } => met ? "x" : "không",
        { Choice: { } choice } => choice.ToUpper(Vi),
        { Count: { } count } => count,
        { Numerator: { } n, Denominator: { } d } => $"{n.ToString(Vi)}/{d.ToString(Vi)}",
        { SurveyCounts: { } counts } => string.Join("; ", counts.Select(c => $"{c.Key}={c.Value}")),
        { Value: { } v } => v.ToString(Vi),
        { Points: { } p } => (double)p,
        _ => null,
    };
}
