using System.Globalization;
using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using FluentAssertions;
using ParIndex.Cli.Tests.Support;
using Xunit;

namespace ParIndex.Cli.Tests.Reports;

/// <summary>
/// The workbook as a district prints it, read back with the Open XML SDK: a reader (and a schema validator)
/// independent of our writer, which writes SpreadsheetML itself.
/// </summary>
public sealed class WorkbookTests : IDisposable
{
    private const string Generated = "2023-01-10";
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string PhuYenWorkbook(string name = "bao-cao.xlsx")
    {
        var path = _temp.File(name);
        var run = Parindex.Run("report", Parindex.PhuYenFramework, Parindex.PhuYenInputs, "--previous", Parindex.PhuYenPrevious,
            "--format", "xlsx", "--out", path, "--generated", Generated);
        run.Exit.Should().Be(0, run.Err);
        return path;
    }

    [Fact]
    public void Every_sheet_is_present_valid_and_carries_the_title_block_and_print_setup()
    {
        var (framework, _) = Cohorts.Score(Parindex.PhuYenFramework, Parindex.PhuYenInputs);
        using var doc = SpreadsheetDocument.Open(PhuYenWorkbook(), false);

        new OpenXmlValidator(FileFormatVersions.Office2016).Validate(doc).Select(e => $"{e.Path?.XPath}: {e.Description}").Should().BeEmpty();
        var book = doc.WorkbookPart!;
        var sheets = book.Workbook.Sheets!.Elements<Sheet>().ToList();
        sheets.Select(s => s.Name!.Value).Should().Equal("Xếp hạng", "Lĩnh vực", "Xếp loại", "So sánh", "Tự chấm – thẩm định", "Khắc phục");
        var printTitles = book.Workbook.DefinedNames!.Elements<DefinedName>().Where(d => d.Name == "_xlnm.Print_Titles").ToList();
        printTitles.Select(d => d.LocalSheetId!.Value).Should().BeEquivalentTo(Enumerable.Range(0, sheets.Count).Select(i => (uint)i), "the header row repeats on every printed page of every sheet");

        foreach (var sheet in sheets)
        {
            var ws = ((WorksheetPart)book.GetPartById(sheet.Id!)).Worksheet;
            var top = Texts(book, ws).Where(c => RowOf(c.Reference) <= 8).Select(c => c.Text).ToList();
            top.Should().Contain(framework.Info.Name, "sheet {0} carries the title block", sheet.Name);
            top.Should().Contain(t => t.Contains(framework.Info.Issuer, StringComparison.Ordinal) && t.Contains("2022", StringComparison.Ordinal));
            top.Should().Contain($"Căn cứ (legal basis): {framework.Info.LegalBasis}");
            top.Should().Contain("Ngày lập (generated): 10/01/2023");
            top.Should().Contain(t => t.Contains(framework.ContentHash, StringComparison.Ordinal));

            var setup = ws.GetFirstChild<PageSetup>()!;
            setup.PaperSize!.Value.Should().Be(9u, "A4");
            setup.Orientation!.Value.Should().Be(OrientationValues.Landscape);
            setup.FitToWidth!.Value.Should().Be(1u);
            setup.FitToHeight!.Value.Should().Be(0u, "as many pages down as needed");
            ws.SheetProperties!.PageSetupProperties!.FitToPage!.Value.Should().BeTrue();
            ws.GetFirstChild<HeaderFooter>()!.OddFooter!.Text.Should().Contain("&P").And.Contain("&N");
            ws.GetFirstChild<Columns>()!.Elements<Column>().Should().NotBeEmpty().And.AllSatisfy(c => c.CustomWidth!.Value.Should().BeTrue());
            ws.Descendants<Pane>().Single().State!.Value.Should().Be(PaneStateValues.Frozen);
        }
    }

    [Fact]
    public void Codes_are_text_numbers_are_numbers_with_formats_and_names_fit()
    {
        var (_, result) = Cohorts.Score(Parindex.PhuYenFramework, Parindex.PhuYenInputs);
        using var doc = SpreadsheetDocument.Open(PhuYenWorkbook(), false);
        var book = doc.WorkbookPart!;
        var formats = book.WorkbookStylesPart!.Stylesheet;
        var xfs = formats.CellFormats!.Elements<CellFormat>().ToList();
        var codes = formats.NumberingFormats?.Elements<NumberingFormat>().ToDictionary(n => n.NumberFormatId!.Value, n => n.FormatCode!.Value!) ?? [];
        string FormatOf(Cell c) => xfs[(int)(c.StyleIndex?.Value ?? 0)].NumberFormatId!.Value switch { 2 => "0.00", 1 => "0", 49 => "@", var id => codes.GetValueOrDefault(id, "General") };

        // Xếp hạng: every unit, its index a number equal to the cohort's, 2 decimals; the name column wide enough.
        var ranking = Sheet(book, "Xếp hạng");
        var header = HeaderRow(book, ranking, "Hạng");
        var unitColumn = ColumnOf(book, ranking, header, "Đơn vị");
        var indexColumn = ColumnOf(book, ranking, header, "Chỉ số");
        var cells = ranking.Descendants<Cell>().ToList();
        foreach (var unit in result.Units)
        {
            var nameCell = cells.Single(c => c.CellReference!.Value!.StartsWith(unitColumn, StringComparison.Ordinal) && Text(book, c) == unit.UnitName);
            var index = cells.Single(c => c.CellReference == indexColumn + RowOf(nameCell.CellReference!));
            index.DataType.Should().BeNull("a number is stored as a number");
            decimal.Parse(index.CellValue!.Text, CultureInfo.InvariantCulture).Should().Be(unit.Index);
            FormatOf(index).Should().Be("0.00");
        }
        var width = ranking.GetFirstChild<Columns>()!.Elements<Column>().Single(c => c.Min!.Value == ColumnNumber(unitColumn)).Width!.Value;
        width.Should().BeGreaterThanOrEqualTo(result.Units.Max(u => u.UnitName.Length), "names are never cut");

        // Lĩnh vực: area codes stored as text with the text format, so "1" stays a code.
        var areas = Sheet(book, "Lĩnh vực");
        var areaHeader = HeaderRow(book, areas, "Mã");
        var codeCells = areas.Descendants<Cell>().Where(c => c.CellReference!.Value!.StartsWith('A') && RowOf(c.CellReference!) > areaHeader && RowOf(c.CellReference!) <= areaHeader + result.Framework.Areas.Count).ToList();
        codeCells.Select(c => Text(book, c)).Should().Equal(result.Framework.Areas.Select(a => a.Code));
        codeCells.Should().AllSatisfy(c => c.DataType!.Value.Should().Be(CellValues.SharedString)).And.AllSatisfy(c => FormatOf(c).Should().Be("@"));

        // So sánh: the change is a number shown with its sign.
        var compare = Sheet(book, "So sánh");
        var compareHeader = HeaderRow(book, compare, "Đơn vị");
        var change = ColumnOf(book, compare, compareHeader, "Tăng/giảm");
        var changes = compare.Descendants<Cell>().Where(c => c.CellReference!.Value!.StartsWith(change, StringComparison.Ordinal) && RowOf(c.CellReference!) > compareHeader).ToList();
        changes.Should().NotBeEmpty().And.AllSatisfy(c => c.DataType.Should().BeNull());
        changes.Should().AllSatisfy(c => FormatOf(c).Should().StartWith("+"));
    }

    [Fact]
    public void The_same_inputs_give_the_same_bytes()
    {
        var first = File.ReadAllBytes(PhuYenWorkbook("a.xlsx"));
        var second = File.ReadAllBytes(PhuYenWorkbook("b.xlsx"));

        second.Should().Equal(first);
        using var zip = new ZipArchive(new MemoryStream(first));
        zip.Entries.Should().AllSatisfy(e => e.LastWriteTime.Year.Should().Be(1980));
    }

    [Fact]
    public void Names_that_look_like_formulas_stay_text()
    {
        var text = File.ReadAllText(Parindex.ThanhTriInputs)
            .Replace("Xã Vĩnh Thành", "=HYPERLINK(\\\"http://x\\\",\\\"y\\\")", StringComparison.Ordinal)
            .Replace("TT Phú Lộc", "+1+1", StringComparison.Ordinal).Replace("Xã Thanh Trị", "@SUM(A1)", StringComparison.Ordinal);
        var inputs = _temp.Write("hostile.json", text);
        var xlsx = _temp.File("hostile.xlsx");
        Parindex.Run("report", Parindex.ThanhTriFramework, inputs, "--format", "xlsx", "--out", xlsx).Exit.Should().Be(0);

        using var doc = SpreadsheetDocument.Open(xlsx, false);
        doc.WorkbookPart!.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<CellFormula>()).Should().BeEmpty();
        var strings = doc.WorkbookPart.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList();
        strings.Should().Contain(["=HYPERLINK(\"http://x\",\"y\")", "+1+1", "@SUM(A1)"], "xlsx keeps the text as it is, as text");

        var csv = Parindex.Run("report", Parindex.ThanhTriFramework, inputs, "--format", "csv");
        csv.Out.Should().Contain("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"").And.Contain(",'+1+1,").And.Contain(",'@SUM(A1),");
        Parindex.Run("score", Parindex.ThanhTriFramework, inputs, "--format", "csv").Out.Should().Contain(",'+1+1,");

        // A sheet to a ranked CSV takes the streamed path: the same guard.
        var sheet = _temp.Write("hostile.csv", "unit_id,unit_name,1,2,3,4,5,6,7,8\nx,=1+1,20,6,13,18,8,13,7,8\n@y,-z,20,6,13,18,8,13,7,8\n");
        var streamed = Parindex.Run("score", Parindex.ThanhTriFramework, sheet, "--format", "csv");
        streamed.Exit.Should().Be(0, streamed.Err);
        streamed.Out.Should().Contain(",x,'=1+1,").And.Contain(",'@y,'-z,");
    }

    [Fact]
    public void Every_csv_we_write_neutralises_formula_names_and_reads_them_back_the_same()
    {
        var text = File.ReadAllText(Parindex.ThanhTriInputs)
            .Replace("Xã Vĩnh Thành", "=HYPERLINK(\\\"http://x\\\",\\\"y\\\")", StringComparison.Ordinal)
            .Replace("TT Phú Lộc", "+1+1", StringComparison.Ordinal).Replace("Xã Thanh Trị", "@SUM(A1)", StringComparison.Ordinal);
        var inputs = _temp.Write("hostile.json", text);
        static void Guarded(string csv, string what) =>
            csv.Should().Contain("'+1+1").And.Contain("'@SUM(A1)").And.NotContain(",+1+1").And.NotContain(",@SUM(A1)", what);

        // The template pre-filled from these units, and convert to CSV and back: guarded, and the names come back unchanged.
        var template = Parindex.Run("template", Parindex.ThanhTriFramework, "--units", inputs);
        template.Exit.Should().Be(0, template.Err);
        Guarded(template.Out, "template");
        var sheet = _temp.File("converted.csv");
        var convert = Parindex.Run("convert", inputs, "--framework", Parindex.ThanhTriFramework, "--out", sheet);
        convert.Exit.Should().Be(0, convert.Err);
        Guarded(File.ReadAllText(sheet), "convert");
        var back = _temp.File("back.json");
        Parindex.Run("convert", sheet, "--framework", Parindex.ThanhTriFramework, "--out", back).Exit.Should().Be(0);
        File.ReadAllText(back).Should().Contain("\"+1+1\"").And.Contain("\"@SUM(A1)\"").And.Contain("=HYPERLINK");

        // The analysis commands' CSV.
        var robustness = Parindex.Run("robustness", Parindex.ThanhTriFramework, inputs, "--draws", "20", "--seed", "1", "--format", "csv");
        robustness.Exit.Should().Be(0, robustness.Err);
        Guarded(robustness.Out, "robustness");
        var whatIf = Parindex.Run("whatif", Parindex.ThanhTriFramework, Parindex.ThanhTriFramework, inputs, "--format", "csv");
        whatIf.Exit.Should().Be(0, whatIf.Err);
        Guarded(whatIf.Out, "whatif");
    }

    private static Worksheet Sheet(WorkbookPart book, string name) =>
        ((WorksheetPart)book.GetPartById(book.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name).Id!)).Worksheet;

    private static IEnumerable<(string Reference, string Text)> Texts(WorkbookPart book, Worksheet ws) =>
        ws.Descendants<Cell>().Where(c => c.DataType?.Value == CellValues.SharedString).Select(c => (c.CellReference!.Value!, Text(book, c)));

    private static string Text(WorkbookPart book, Cell cell) => cell.DataType?.Value == CellValues.SharedString
        ? book.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().ElementAt(int.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture)).InnerText
        : cell.CellValue?.Text ?? string.Empty;

    private static int HeaderRow(WorkbookPart book, Worksheet ws, string firstHeader) =>
        ws.Descendants<Cell>().Where(c => c.CellReference!.Value!.StartsWith('A') && Text(book, c) == firstHeader).Select(c => RowOf(c.CellReference!)).First();

    private static string ColumnOf(WorkbookPart book, Worksheet ws, int row, string header) =>
        new([.. ws.Descendants<Cell>().Single(c => RowOf(c.CellReference!) == row && Text(book, c) == header).CellReference!.Value!.TakeWhile(char.IsLetter)]);

    private static int RowOf(string reference) => int.Parse(new string([.. reference.SkipWhile(char.IsLetter)]), CultureInfo.InvariantCulture);

    private static uint ColumnNumber(string letters) => (uint)letters.Aggregate(0, (n, c) => n * 26 + c - 'A' + 1);
}
