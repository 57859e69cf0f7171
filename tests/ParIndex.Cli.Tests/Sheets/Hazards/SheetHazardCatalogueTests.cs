using System.Text;
using System.Text.Json.Nodes;
using FluentAssertions;
using ParIndex.Cli.Tests.Support;
using ParIndex.Engine.Model;
using ParIndex.Engine.Rules;
using ParIndex.Engine.Serialization;
using Xunit;

namespace ParIndex.Cli.Tests.Sheets.Hazards;

/// <summary>
/// The spreadsheet hazard catalogue (docs/reliability.md, "Spreadsheets"): real .xlsx files written the way Excel
/// stores what a clerk typed (percent and date formats, shared and inline strings, numbers stored as text, formulas
/// with and without cached values, merged cells, hidden rows and sheets, title rows, notes, codes Excel made numbers)
/// and their CSV equivalents. Each entry either scores exactly as the same inputs typed in JSON, or is the row's error
/// naming the sheet, cell (row and column) and unit while the other unit is scored as in JSON; never a different score.
/// </summary>
public class SheetHazardCatalogueTests
{
    private const string A = "xa-a", B = "xa-b";
    private const string NameA = "Xã An Bình", NameB = "Xã Bình Minh";
    private const string CsvHeader = "unit_id,unit_name,1.1,1.10,1.2,2.10.1,2.2";
    private const string CsvA = "xa-a,Xã An Bình,80%,12.5,1,Kịp thời,x";
    private const string CsvB = "xa-b,Xã Bình Minh,45/50,40,0,Không kịp thời,không";

    internal static string Framework => Path.Combine(AppContext.BaseDirectory, "Sheets", "Hazards", "hazards.framework.json");

    /// <summary>Unit A's inputs as typed in the base sheet (80%, 12.5, one late report, "Kịp thời", met).</summary>
    private static Dictionary<string, LeafInput> BaseA() => new(StringComparer.Ordinal)
    {
        ["1.1"] = new() { Value = 80m },
        ["1.10"] = new() { Value = 12.5m },
        ["1.2"] = new() { Count = 1 },
        ["2.10.1"] = new() { Choice = "Kịp thời" },
        ["2.2"] = new() { Met = true },
    };

    private static Dictionary<string, LeafInput> BaseB() => new(StringComparer.Ordinal)
    {
        ["1.1"] = new() { Numerator = 45m, Denominator = 50m },
        ["1.10"] = new() { Value = 40m },
        ["1.2"] = new() { Count = 0 },
        ["2.10.1"] = new() { Choice = "Không kịp thời" },
        ["2.2"] = new() { Met = false },
    };

    /// <summary>The base workbook: header in <paramref name="headerRow"/>, unit A below it, unit B below A.</summary>
    private static ExcelBook Book(out ExcelSheet sheet, int headerRow = 1, string sheetName = "Nhập liệu", ExcelBook? book = null)
    {
        book ??= new ExcelBook();
        sheet = book.Sheet(sheetName);
        int a = headerRow + 1, b = headerRow + 2;
        sheet.Row(headerRow, "unit_id", "unit_name", "1.1", "1.10", "1.2", "2.10.1", "2.2");
        sheet.Row(a, A, NameA, "80%").Number($"D{a}", "12.5").Number($"E{a}", "1").Text($"F{a}", "Kịp thời").Text($"G{a}", "x");
        sheet.Row(b, B, NameB, "45/50").Number($"D{b}", "40").Number($"E{b}", "0").Text($"F{b}", "Không kịp thời").Text($"G{b}", "không");
        return book;
    }

    private static Func<TempFolder, string> Xlsx(Action<ExcelSheet> edit, int headerRow = 1) => temp =>
    {
        var book = Book(out var sheet, headerRow);
        edit(sheet);
        return book.Save(temp.File("sheet.xlsx"));
    };

    private static Func<TempFolder, string> Csv(string text) => temp =>
    {
        var path = temp.File("sheet.csv");
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    };

    private static Dictionary<string, LeafInput> With(params (string Code, LeafInput? Input)[] changes)
    {
        var inputs = BaseA();
        foreach (var (code, input) in changes)
            if (input is null) inputs.Remove(code);
            else inputs[code] = input;
        return inputs;
    }

    /// <summary>One entry: the file, and either unit A's inputs as typed in JSON or the messages its error must hold.</summary>
    internal sealed record Hazard(Func<TempFolder, string> Write, Dictionary<string, LeafInput>? Scores = null, string[]? Errors = null, string[]? Warnings = null, bool SheetRefused = false);

    internal static readonly Dictionary<string, Hazard> Catalogue = new(StringComparer.Ordinal)
    {
        // Percentages
        ["xlsx 01: 80% typed in Excel is 0.8 with format 0% → 80"] = new(Xlsx(s => s.Number("C2", "0.8", ExcelBook.Percent)), With(("1.1", new() { Value = 80m }))),
        ["xlsx 02: 80.5% with format 0.00% → 80.5"] = new(Xlsx(s => s.Number("C2", "0.805", ExcelBook.PercentTwoDecimals)), With(("1.1", new() { Value = 80.5m }))),
        ["xlsx 03: a custom percent format (0.0\" %\") → × 100"] = new(Xlsx(s => s.Number("C2", "0.805", ExcelBook.CustomPercent)), With(("1.1", new() { Value = 80.5m }))),
        ["xlsx 04: 0.8 in a percentage column without a % format is refused"] = new(Xlsx(s => s.Number("C2", "0.8")),
            Errors: [$"unit '{A}', 1.1: PI0441 sheet 'Nhập liệu', cell C2, column '1.1': ", "found 0.8 in a percentage column without a % sign", "type 80% if that is meant, or 0.8% for 0.8 percent"]),
        ["xlsx 05: '80%' as a shared string → 80"] = new(Xlsx(s => s.Text("C2", "80%")), With(("1.1", new() { Value = 80m }))),
        ["xlsx 06: '80 %' as an inline string → 80"] = new(Xlsx(s => s.Inline("C2", "80 %")), With(("1.1", new() { Value = 80m }))),
        ["xlsx 07: '0,8' a number stored as text in a percentage column is refused"] = new(Xlsx(s => s.Text("C2", "0,8")),
            Errors: [$"unit '{A}', 1.1: PI0441 sheet 'Nhập liệu', cell C2, column '1.1': ", "found 0,8 in a percentage column without a % sign"]),
        ["xlsx 08: a percent format in a value column is refused"] = new(Xlsx(s => s.Number("D2", "0.125", ExcelBook.Percent)),
            Errors: [$"unit '{A}', 1.10: PI0441 sheet 'Nhập liệu', cell D2, column '1.10': ", "found 12.5% (a cell formatted as a percent) in a column that takes a number"]),

        // Separators
        ["xlsx 09: '5.806' stored as text (vi-VN thousands dot) is refused with both readings"] = new(Xlsx(s => s.Text("D2", "5.806")),
            Errors: [$"unit '{A}', 1.10: PI0441 sheet 'Nhập liệu', cell D2, column '1.10': ", "found '5.806', which reads as 5806 with '.' as a thousands separator", "or as 5.806 with it as the decimal mark"]),
        ["xlsx 10: 5806 stored as a number (vi-VN Excel read the dot) → 5806"] = new(Xlsx(s => s.Number("D2", "5806")), With(("1.10", new() { Value = 5806m }))),
        ["xlsx 11: 5.806 stored as a number (en-US Excel) → 5.806"] = new(Xlsx(s => s.Number("D2", "5.806")), With(("1.10", new() { Value = 5.806m }))),
        ["xlsx 12: '12,5' (decimal comma) stored as text → 12.5"] = new(Xlsx(s => s.Text("D2", "12,5")), With(("1.10", new() { Value = 12.5m }))),
        ["xlsx 13: '1.000' stored as text in a count column is refused"] = new(Xlsx(s => s.Text("E2", "1.000")),
            Errors: [$"unit '{A}', 1.2: PI0441 sheet 'Nhập liệu', cell E2, column '1.2': ", "found '1.000', which is not a whole number", "if you mean 1000, type 1000"]),
        ["xlsx 14: a float-noisy number (0.1+0.2) is read as Excel shows it"] = new(Xlsx(s => s.Formula("D2", "0.1+0.2", "0.30000000000000004")), With(("1.10", new() { Value = 0.3m }))),

        // Types Excel makes
        ["xlsx 15: 45/50 that Excel turned into a date is refused"] = new(Xlsx(s => s.Number("C2", "46037", ExcelBook.Date)),
            Errors: [$"unit '{A}', 1.1: PI0441 sheet 'Nhập liệu', cell C2, column '1.1': ", "found a date (15/1/2026): Excel turned what was typed into a date"]),
        ["xlsx 16: a formula with its cached value → the value"] = new(Xlsx(s => s.Formula("C2", "40/50", "0.8", ExcelBook.Percent).Formula("D2", "25/2", "12.5")), With(("1.1", new() { Value = 80m }))),
        ["xlsx 17: a formula without a cached value is refused"] = new(Xlsx(s => s.Formula("D2", "SUM(H2:H9)", null)),
            Errors: [$"unit '{A}', 1.10: PI0441 sheet 'Nhập liệu', cell D2, column '1.10': ", "found a formula whose result was never saved"]),
        ["xlsx 18: a formula with a text result → the text"] = new(Xlsx(s => s.Formula("F2", "\"Kịp thời\"", "Kịp thời", text: true)), With(("2.10.1", new() { Choice = "Kịp thời" }))),
        ["xlsx 19: Excel's error value #DIV/0! is refused"] = new(Xlsx(s => s.Error("D2", "#DIV/0!")),
            Errors: [$"unit '{A}', 1.10: PI0441 sheet 'Nhập liệu', cell D2, column '1.10': ", "found Excel's error value #DIV/0!"]),
        ["xlsx 20: TRUE (a boolean) in a yes/no column → met"] = new(Xlsx(s => s.Boolean("G2", true)), With(("2.2", new() { Met = true }))),

        // Layout
        ["xlsx 21: merged data cells are refused naming the range"] = new(Xlsx(s => s.Number("C2", "0.8", ExcelBook.Percent).Merge("C2:D2")),
            Errors: [$"unit '{A}', 1.10: PI0441 sheet 'Nhập liệu', cell D2, column '1.10': ", "the cell is part of the merged cells C2:D2, whose value is only in C2"]),
        ["xlsx 22: a hidden row is read, with a warning"] = new(Xlsx(s => s.HideRow(2)), BaseA(), Warnings: ["sheet 'Nhập liệu', cell A2: ", "row 2 is hidden in the workbook; it was read like the others (unit 'xa-a')"]),
        ["xlsx 23: a title row above the header"] = new(temp =>
        {
            var book = Book(out var sheet, headerRow: 3);
            sheet.Text("A1", "BẢNG NHẬP LIỆU CHỈ SỐ CCHC NĂM 2024").Merge("A1:G1").Text("A2", "Đơn vị: UBND huyện");
            return book.Save(temp.File("sheet.xlsx"));
        }, BaseA()),
        ["xlsx 24: 'ghi chú' after a criterion and '<code>#note' carry notes into the card"] = new(Xlsx(s => s.Text("H1", "ghi chú").Text("H2", "đã niêm yết tại trụ sở").Text("I1", "1.1#note").Text("I2", "số liệu quý IV")),
            With(("2.2", new() { Met = true, Note = "đã niêm yết tại trụ sở" }), ("1.1", new() { Value = 80m, Note = "số liệu quý IV" }))),
        ["xlsx 25: a hidden first sheet is skipped for the visible one, with a warning"] = new(temp =>
        {
            var book = new ExcelBook();
            book.Sheet("Cũ 2023", hidden: true).Row(1, "unit_id", "unit_name", "1.1", "1.10", "1.2", "2.10.1", "2.2").Row(2, A, NameA, "10%", "1", "5", "Không ban hành", "không");
            Book(out _, sheetName: "Nhập 2024", book: book);
            return book.Save(temp.File("sheet.xlsx"));
        }, BaseA(), Warnings: ["sheet 'Cũ 2023' is hidden and was not read; reading the first visible sheet, 'Nhập 2024'"]),
        ["xlsx 26: a row with a name and no unit_id is left out, with an id to use"] = new(Xlsx(s => s.Clear("A2")),
            Errors: ["sheet 'Nhập liệu', cell A2, column 'unit_id': ", "found it empty; expected a unit id (for example 'xa-an-binh', made from the name 'Xã An Bình'); row 2 ('Xã An Bình') was left out", "1 dòng bị bỏ qua"]),
        ["xlsx 27: a second row for the same unit and stage is left out"] = new(Xlsx(s => s.Row(4, A, NameA, "10%").Number("D4", "1")),
            Errors: ["sheet 'Nhập liệu', cell A4, column 'unit_id': ", "unit 'xa-a' already has a row for stage Appraisal1 (row 2); one row per unit and stage; row 4 was left out"], Warnings: []),
        ["xlsx 28: a unit whose every input is empty is not scored"] = new(Xlsx(s => s.Clear("C2").Clear("D2").Clear("E2").Clear("F2").Clear("G2")),
            Errors: [$"unit '{A}': PI0439 tất cả các ô đều trống ở giai đoạn", "— every input is empty (tất cả các ô đều trống)"]),

        // Codes
        ["xlsx 29: header code 1.1 that Excel made a number, beside text '1.10' → recovered"] = new(Xlsx(s => s.Number("C1", "1.1")), BaseA(),
            Warnings: ["sheet 'Nhập liệu', cell C1: ", "the header is the number 1.1 (Excel turned the code into a number); read as code '1.1'"]),
        ["xlsx 30: header codes 1.1 and 1.10 both made numbers are refused, never confused"] = new(Xlsx(s => s.Number("C1", "1.1").Number("D1", "1.1")),
            Errors: ["sheet 'Nhập liệu', cell C1: ", "the header is the number 1.1, which Excel made of one of the codes '1.1', '1.10'; it cannot be told which"], SheetRefused: true),

        // Choice labels
        ["xlsx 31: a choice label in another case with spaces → the option"] = new(Xlsx(s => s.Text("F2", "  kịp THỜI ")), With(("2.10.1", new() { Choice = "Kịp thời" }))),
        ["xlsx 32: a choice label without its diacritics is refused"] = new(Xlsx(s => s.Text("F2", "kip thoi")),
            Errors: [$"unit '{A}', 2.10.1: PI0441 sheet 'Nhập liệu', cell F2, column '2.10.1': ", "found 'kip thoi', which is not an option; expected one of 'Kịp thời', 'Không kịp thời', 'Không ban hành'"]),

        // CSV equivalents
        ["csv 01: 80% → 80"] = new(Csv($"{CsvHeader}\n{CsvA}\n{CsvB}\n"), BaseA()),
        ["csv 02: '80 %' → 80"] = new(Csv($"{CsvHeader}\n{CsvA.Replace("80%", "80 %", StringComparison.Ordinal)}\n{CsvB}\n"), BaseA()),
        ["csv 03: 0,8 in a percentage column is refused"] = new(Csv($"{CsvHeader}\n{CsvA.Replace("80%", "\"0,8\"", StringComparison.Ordinal)}\n{CsvB}\n"),
            Errors: [$"unit '{A}', 1.1: PI0441 row 2, column '1.1': ", "found 0,8 in a percentage column without a % sign"]),
        ["csv 04: 5.806 (vi-VN thousands dot) is refused with both readings"] = new(Csv($"{CsvHeader}\n{CsvA.Replace("12.5", "5.806", StringComparison.Ordinal)}\n{CsvB}\n"),
            Errors: [$"unit '{A}', 1.10: PI0441 row 2, column '1.10': ", "found '5.806', which reads as 5806", "or as 5.806"]),
        ["csv 05: a vi-VN sheet (';' separated, decimal comma) → the same"] = new(Csv($"{CsvHeader.Replace(',', ';')}\n{CsvA.Replace(',', ';').Replace("12.5", "12,5", StringComparison.Ordinal)}\n{CsvB.Replace(',', ';')}\n"), BaseA()),
        ["csv 06: a last row cut short is refused"] = new(Csv($"{CsvHeader}\n{CsvB}\n{A},{NameA},80%,12.5"),
            Errors: [$"unit '{A}': PI0441 row 3: ", "the file ends inside this row: 4 of 7 cells and no line end; the file was cut short"]),
        ["csv 07: a title row and a ghi_chu column"] = new(Csv($"BẢNG NHẬP LIỆU NĂM 2024,,,,,,\n{CsvHeader},ghi_chu\n{CsvA},đã niêm yết\n{CsvB},\n"), With(("2.2", new() { Met = true, Note = "đã niêm yết" }))),
        ["csv 08: a row with no unit_id is left out"] = new(Csv($"{CsvHeader}\n{CsvA[4..]}\n{CsvB}\n"),
            Errors: ["row 2, column 'unit_id': ", "found it empty; expected a unit id (for example 'xa-an-binh', made from the name 'Xã An Bình'); row 2 ('Xã An Bình') was left out"]),
        ["csv 09: a choice label ' kịp THỜI ' → the option"] = new(Csv($"{CsvHeader}\n{CsvA.Replace("Kịp thời", " kịp THỜI ", StringComparison.Ordinal)}\n{CsvB}\n"), BaseA()),
        ["csv 10: 45/50 as typed → the ratio"] = new(Csv($"{CsvHeader}\n{CsvA.Replace("80%", "45/50", StringComparison.Ordinal)}\n{CsvB}\n"), With(("1.1", new() { Numerator = 45m, Denominator = 50m }))),
    };

    public static TheoryData<string> Entries => [.. Catalogue.Keys];

    [Fact]
    public void The_catalogue_has_at_least_25_entries() => Catalogue.Should().HaveCountGreaterThanOrEqualTo(25);

    [Theory]
    [MemberData(nameof(Entries))]
    public void Each_hazard_scores_as_json_or_is_the_rows_error(string entry)
    {
        var hazard = Catalogue[entry];
        using var temp = new TempFolder();
        var path = hazard.Write(temp);
        var run = Parindex.Run("score", Framework, path, "--format", "json");
        var err = run.Err.Replace(path, "<sheet>", StringComparison.Ordinal);

        foreach (var warning in hazard.Warnings ?? []) err.Should().Contain(warning);
        if (hazard.Scores is { } inputs)
        {
            var json = Parindex.Run("score", Framework, WriteJson(temp, inputs), "--format", "json");
            json.Exit.Should().Be(0, json.Err);
            run.Exit.Should().Be(0, run.Err);
            run.Out.Should().Be(json.Out, "the sheet gives the cards of the same inputs typed in JSON");
            return;
        }

        run.Exit.Should().Be(1, "a problem is never a silent score");
        foreach (var error in hazard.Errors!) err.Should().Contain(error);
        if (hazard.SheetRefused)
        {
            run.Out.Should().BeEmpty();
            return;
        }
        // The other unit is scored as in JSON; the unit in error has no score.
        var expected = Parindex.Run("score", Framework, WriteJson(temp, BaseA()), "--format", "json");
        Card(run.Out, B).Should().Be(Card(expected.Out, B));
        var a = JsonNode.Parse(run.Out)!["scoreCards"]!.AsArray().FirstOrDefault(c => (string?)c!["unitId"] == A);
        if (a is not null && ((JsonArray)a["errors"]!).Count == 0)
            Card(run.Out, A).Should().Be(Card(expected.Out, A), "a unit kept after its duplicate row was left out scores as its first row");
    }

    private static string Card(string scoreJson, string unitId) =>
        JsonNode.Parse(scoreJson)!["scoreCards"]!.AsArray().Single(c => (string?)c!["unitId"] == unitId)!.ToJsonString();

    private static string WriteJson(TempFolder temp, Dictionary<string, LeafInput> a)
    {
        var document = new AssessmentDocument
        {
            FrameworkId = "sheet-hazards",
            FrameworkVersion = "1.0.0",
            Units =
            [
                new UnitAssessment { UnitId = A, UnitName = NameA, Stages = new Dictionary<Stage, StageInputs> { [Stage.Appraisal1] = new() { Inputs = a } } },
                new UnitAssessment { UnitId = B, UnitName = NameB, Stages = new Dictionary<Stage, StageInputs> { [Stage.Appraisal1] = new() { Inputs = BaseB() } } },
            ],
        };
        var path = temp.File("same-inputs.json");
        File.WriteAllText(path, ParIndexJson.Default.WriteAssessment(document));
        return path;
    }
}
