using System.Globalization;
using System.Text;
using FluentAssertions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ParIndex.Cli.Tests.Support;
using ParIndex.Engine.Model;
using ParIndex.Engine.Rules;
using ParIndex.Engine.Serialization;

namespace ParIndex.Cli.Tests.Sheets;

/// <summary>
/// The same unit typed in JSON, CSV and xlsx gives identical cards: every rule kind of the all-kinds sample, every
/// input form a clerk uses (ratios as 45/50 or a percentage, percent-formatted numbers, decimal commas, choice labels
/// in any case with spaces, booleans, KPS, empty cells, evidence, references, notes, adjustments, disqualifiers).
/// </summary>
public class SameUnitInEveryFormatProperties
{
    private static readonly Framework AllKinds = ParIndexJson.Default.LoadFramework(Parindex.AllKindsFramework).GetValueOrThrow();
    private static readonly string[] Notes = ["đã niêm yết tại trụ sở", "số liệu quý IV/2024", "thiếu quyết định; đã bổ sung", "Ghi chú: \"đạt\""];

    public static class Seeds
    {
        public static Arbitrary<int> Int32() => Gen.Choose(0, int.MaxValue).ToArbitrary();
    }

    /// <summary>A typed cell: the input it means, its CSV text, and how Excel would store it.</summary>
    private sealed record Typed(LeafInput Input, string Csv, Action<ExcelSheet, string> Xlsx);

    [Property(MaxTest = 40, Arbitrary = [typeof(Seeds)])]
    public void Json_csv_and_xlsx_give_identical_cards(int seed)
    {
        var random = new Random(seed);
        var header = new List<string> { "unit_id", "unit_name" };
        var csv = new List<string> { "xa-sinh", "Xã Sinh Ngẫu Nhiên" };
        var cells = new List<Action<ExcelSheet, string>> { (s, r) => s.Text(r, "xa-sinh"), (s, r) => s.Text(r, "Xã Sinh Ngẫu Nhiên") };
        var inputs = new Dictionary<string, LeafInput>(StringComparer.Ordinal);
        foreach (var leaf in AllKinds.Leaves)
        {
            var typed = Type(leaf, random);
            var input = typed?.Input;
            header.Add(leaf.Code);
            csv.Add(typed?.Csv ?? string.Empty);
            cells.Add(typed?.Xlsx ?? ((_, _) => { }));
            if (leaf.Evidence is { } evidence)
            {
                EvidenceStatus? status = input is null ? null : random.Next(4) switch { 0 => EvidenceStatus.Provided, 1 => EvidenceStatus.Missing, 2 => EvidenceStatus.Insufficient, _ => null };
                var text = status switch { EvidenceStatus.Provided => random.Next(2) == 0 ? "có" : "Có", EvidenceStatus.Missing => "không", EvidenceStatus.Insufficient => "chưa đạt", _ => string.Empty };
                header.Add(leaf.Code + "#evidence");
                csv.Add(text);
                cells.Add((s, r) => { if (text.Length > 0) s.Text(r, text); });
                if (status is { } st) input = input! with { Evidence = st };
                if (evidence.ReferencesRequired)
                {
                    var refs = input is null ? [] : Enumerable.Range(0, random.Next(3)).Select(i => $"QĐ {random.Next(1, 99)}/QĐ-UBND").ToArray();
                    header.Add(leaf.Code + "#refs");
                    csv.Add(string.Join("; ", refs));
                    cells.Add((s, r) => { if (refs.Length > 0) s.Text(r, string.Join("; ", refs)); });
                    if (refs.Length > 0) input = input! with { References = refs };
                }
            }
            var note = input is not null && random.Next(3) == 0 ? Notes[random.Next(Notes.Length)] : null;
            header.Add(leaf.Code + "#note");
            csv.Add(note ?? string.Empty);
            cells.Add((s, r) => { if (note is not null) s.Text(r, note); });
            if (note is not null) input = input! with { Note = note };
            if (input is not null) inputs[leaf.Code] = input;
        }
        var adjustments = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var code in new[] { "P1", "B1" })
        {
            var n = random.Next(3);
            header.Add("adj:" + code);
            csv.Add(n == 0 ? string.Empty : n.ToString(CultureInfo.InvariantCulture));
            cells.Add((s, r) => { if (n > 0) s.Number(r, n.ToString(CultureInfo.InvariantCulture)); });
            if (n > 0) adjustments[code] = n;
        }
        var disqualified = random.Next(5) == 0;
        header.Add("disqualifiers");
        csv.Add(disqualified ? "K1" : string.Empty);
        cells.Add((s, r) => { if (disqualified) s.Text(r, "K1"); });

        using var temp = new TempFolder();
        var json = temp.File("unit.json");
        File.WriteAllText(json, ParIndexJson.Default.WriteAssessment(new AssessmentDocument
        {
            FrameworkId = AllKinds.Info.Id,
            FrameworkVersion = AllKinds.Info.Version,
            Units =
            [
                new UnitAssessment
                {
                    UnitId = "xa-sinh", UnitName = "Xã Sinh Ngẫu Nhiên",
                    Stages = new Dictionary<Stage, StageInputs> { [Stage.Appraisal1] = new() { Inputs = inputs, Adjustments = adjustments, Disqualifiers = disqualified ? ["K1"] : [] } },
                },
            ],
        }));
        var csvPath = temp.File("unit.csv");
        File.WriteAllText(csvPath, string.Join(",", header) + "\n" + string.Join(",", csv.Select(Quote)) + "\n", new UTF8Encoding(true));
        var book = new ExcelBook();
        var sheet = book.Sheet("Nhập liệu");
        sheet.Row(1, [.. header]);
        for (var i = 0; i < cells.Count; i++) cells[i](sheet, ExcelSheet.Col(i) + "2");
        var xlsx = book.Save(temp.File("unit.xlsx"));

        var fromJson = Parindex.Run("score", Parindex.AllKindsFramework, json, "--format", "json");
        var fromCsv = Parindex.Run("score", Parindex.AllKindsFramework, csvPath, "--format", "json");
        var fromXlsx = Parindex.Run("score", Parindex.AllKindsFramework, xlsx, "--format", "json");

        fromJson.Out.Should().Contain("\"scoreCards\"", fromJson.Err);
        fromCsv.Out.Should().Be(fromJson.Out, "CSV row: {0}\n{1}", string.Join(",", csv), fromCsv.Err);
        fromXlsx.Out.Should().Be(fromJson.Out, "xlsx: {0}", fromXlsx.Err);
        fromCsv.Exit.Should().Be(fromJson.Exit);
        fromXlsx.Exit.Should().Be(fromJson.Exit);
    }

    private static string Quote(string s) => s.Contains(',', StringComparison.Ordinal) || s.Contains('"', StringComparison.Ordinal) ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;

    /// <summary>A decimal as a clerk types it: '.' or ',' as the decimal mark.</summary>
    private static string Written(decimal d, Random random) =>
        random.Next(2) == 0 ? d.ToString(CultureInfo.InvariantCulture) : d.ToString(CultureInfo.InvariantCulture).Replace('.', ',');

    private static decimal Decimals(Random random, int max, int decimals) =>
        Math.Round((decimal)random.NextDouble() * max, random.Next(decimals + 1));

    private static Typed? Type(Node leaf, Random random)
    {
        var roll = random.Next(10);
        if (roll == 0) return null;
        if (roll == 1) return new(new LeafInput { NotApplicable = true }, "KPS", (s, r) => s.Text(r, random.Next(2) == 0 ? "kps" : "KPS"));
        // By the shape of input the leaf's rule declares, as the sheet reads it: a new kind of a known shape is covered.
        var shape = leaf.Rule!.DescribeInput(new RuleContext(leaf.MaxPoints, AllKinds.Policy));
        switch (shape.Shape)
        {
            case InputShape.Met:
                var met = random.Next(2) == 0;
                var word = met ? (random.Next(2) == 0 ? "x" : "có") : "không";
                return new(new LeafInput { Met = met }, word, random.Next(2) == 0 ? (s, r) => s.Boolean(r, met) : (s, r) => s.Text(r, word));
            case InputShape.Choice:
                var label = shape.Options[random.Next(shape.Options.Count)];
                var variant = random.Next(3) switch { 0 => label, 1 => "  " + label.ToUpper(CultureInfo.InvariantCulture) + " ", _ => label.ToLower(CultureInfo.InvariantCulture) };
                return new(new LeafInput { Choice = variant }, variant, (s, r) => s.Text(r, variant));
            case InputShape.Ratio:
                return Share(leaf, random, allowShare: true);
            case InputShape.Survey when shape.Options.Count == 0:
                return Share(leaf, random, allowShare: true, allowRatio: false);
            case InputShape.Survey:
                var counts = shape.Options.ToDictionary(o => o, _ => random.Next(0, 30), StringComparer.Ordinal);
                counts[shape.Options[0]] += 1;
                var text = string.Join("; ", counts.Select(kv => $"{kv.Key}={kv.Value}"));
                return new(new LeafInput { SurveyCounts = counts }, text, (s, r) => s.Text(r, text));
            case InputShape.Count:
                var n = random.Next(0, 9);
                return new(new LeafInput { Count = n }, n.ToString(CultureInfo.InvariantCulture), (s, r) => s.Number(r, n.ToString(CultureInfo.InvariantCulture)));
            case InputShape.Points:
                // The step is what the rule accepts: the first multiple of 0.25 (the framework's step) it encodes.
                var step = new[] { 0.25m, 0.5m, 1m }.First(st => leaf.Rule.TryEncode(new LeafInput { Points = st }, new RuleContext(leaf.MaxPoints, AllKinds.Policy), out _) is null);
                var points = step * random.Next(0, (int)(leaf.MaxPoints / step) + 1);
                return new(new LeafInput { Points = points }, Written(points, random), (s, r) => s.Number(r, points.ToString(CultureInfo.InvariantCulture)));
            default:
                var v = Decimals(random, 300, 2);
                var typed = Written(v, random);
                return new(new LeafInput { Value = v }, typed, random.Next(2) == 0 ? (s, r) => s.Number(r, v.ToString(CultureInfo.InvariantCulture)) : (s, r) => s.Text(r, typed));
        }
    }

    /// <summary>A ratio or share: 45/50, "80%", "80,5 %", or 0.805 in a percent-formatted cell.</summary>
    private static Typed Share(Node leaf, Random random, bool allowShare, bool allowRatio = true)
    {
        // A rule that refuses a percentage alone (ratio steps: the denominator decides) always gets a ratio.
        var shareAccepted = allowShare && leaf.Rule!.TryEncode(new LeafInput { Value = 50m }, new RuleContext(leaf.MaxPoints, AllKinds.Policy), out _) is null;
        if (allowRatio && (!shareAccepted || random.Next(2) == 0))
        {
            var den = random.Next(1, 400);
            var num = random.Next(0, den + 1);
            var text = $"{num}/{den}";
            return new(new LeafInput { Numerator = num, Denominator = den }, text, (s, r) => s.Text(r, text));
        }
        var v = Decimals(random, 100, 2);
        var typed = Written(v, random) + (random.Next(2) == 0 ? "%" : " %");
        return random.Next(2) == 0
            ? new(new LeafInput { Value = v }, typed, (s, r) => s.Number(r, (v / 100m).ToString(CultureInfo.InvariantCulture), ExcelBook.Percent))
            : new(new LeafInput { Value = v }, typed, (s, r) => s.Text(r, typed));
    }
}
