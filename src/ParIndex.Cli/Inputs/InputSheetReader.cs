using System.Globalization;
using System.Text;
using ParIndex.Engine.Messages;
using ParIndex.Engine.Model;
using ParIndex.Engine.Rules;
using ParIndex.Engine.Serialization;

namespace ParIndex.Cli.Inputs;

/// <summary>
/// Reads an input sheet (CSV or the input sheet of a workbook) into an assessment, checking it against the
/// framework's layout. The header row is the row with a <c>unit_id</c> cell (title rows above it are skipped). A
/// problem with the header (an unknown, missing or duplicate column, a column without a header that holds values)
/// refuses the sheet; a problem with a row is that row's: a bad cell is its unit's read error (the unit is not scored,
/// the others are), a row without a unit id is left out and named. Every message names the file, the sheet and cell
/// (or CSV row), the column, what was found and what was expected. Row by row (<see cref="Add"/>), so that the
/// streamed CSV path and the in-memory path read alike.
/// </summary>
internal sealed class InputSheetReader
{
    private const int MaxProblems = 50;

    private readonly InputSheet _sheet;
    private readonly IReadOnlyList<CellRange> _sheetMerged;
    private readonly Framework _framework;
    private readonly Stage _defaultStage;
    private readonly List<string> _leftOut = [];
    private readonly List<string> _warnings;
    private readonly List<string> _problems = [];
    private readonly HashSet<int> _headerless = [];
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private SheetRow? _header;
    private InputColumn?[]? _columns;
    private List<CellRange> _merged = [];
    private int _generalNotes;

    /// <summary>One unit's row of a sheet at one stage, with the errors of its cells (the unit's, not the sheet's).</summary>
    internal sealed record UnitRow(int Number, string Id, string Name, string? Block, Stage Stage, StageInputs Inputs, IReadOnlyList<(string? Code, string Message)> CellErrors);

    public InputSheetReader(InputSheet sheet, Framework framework, Stage defaultStage)
    {
        _sheet = sheet;
        _sheetMerged = sheet.Merged;
        _framework = framework;
        _defaultStage = defaultStage;
        _warnings = [.. sheet.Warnings];
    }

    internal const int ProblemLimit = MaxProblems;

    /// <summary>Rows left out (no unit id, a second row for a unit and stage), each named.</summary>
    public IReadOnlyList<string> LeftOut => _leftOut;

    /// <summary>What was noticed and is no error (a hidden row read, a code Excel made a number).</summary>
    public IReadOnlyList<string> Warnings => _warnings;

    /// <summary>How many rows have a general note (a notes column before the first criterion): read, not scored, not carried.</summary>
    public int GeneralNotes => _generalNotes;

    /// <summary>Whether the header row was found.</summary>
    public bool HasHeader => _columns is not null;

    public static AssessmentDocument Read(string file, IReadOnlyList<SheetRow> rows, Framework framework, Stage defaultStage) =>
        Read(new InputSheet(file, null, rows, [], []), framework, defaultStage).Document;

    public static SheetReadResult Read(InputSheet sheet, Framework framework, Stage defaultStage)
    {
        var file = sheet.File;
        if (sheet.Rows.Count == 0) throw Empty(file);
        var reader = new InputSheetReader(sheet, framework, defaultStage);
        var units = new List<(string Id, string Name, string? Block, Dictionary<Stage, StageInputs> Stages, int Row)>();
        var byId = new Dictionary<string, int>(StringComparer.Ordinal);
        var readErrors = new Dictionary<string, List<InputError>>(StringComparer.Ordinal);
        foreach (var sheetRow in sheet.Rows)
        {
            if (reader.Add(sheetRow) is not { } row) continue;
            if (byId.TryGetValue(row.Id, out var index))
            {
                var unit = units[index];
                if (unit.Stages.ContainsKey(row.Stage))
                {
                    reader.LeaveOut(DuplicateStage(reader, row, unit.Row));
                    continue;
                }
                unit.Stages[row.Stage] = row.Inputs;
            }
            else
            {
                byId[row.Id] = units.Count;
                units.Add((row.Id, row.Name, row.Block, new Dictionary<Stage, StageInputs> { [row.Stage] = row.Inputs }, row.Number));
            }
            if (row.CellErrors.Count > 0)
            {
                if (!readErrors.TryGetValue(row.Id, out var list)) readErrors[row.Id] = list = [];
                list.AddRange(row.CellErrors.Select(e => new InputError(row.Id, e.Code, ErrorCodes.CellUnreadable.With(e.Message))));
            }
            if (reader.LeftOut.Count >= MaxProblems) break;
        }
        var leftOut = reader.Finish();
        if (units.Count == 0)
            throw new CliException(leftOut.Count > 0 ? [.. leftOut] : [NoUnits(file).Message]);
        var document = new AssessmentDocument
        {
            FrameworkId = framework.Info.Id,
            FrameworkVersion = framework.Info.Version,
            Units = [.. units.Select(u => new UnitAssessment
            {
                UnitId = u.Id, UnitName = u.Name, Block = u.Block, Stages = u.Stages,
                ReadErrors = readErrors.TryGetValue(u.Id, out var errors) ? errors : [],
            })],
        };
        return new SheetReadResult(document, leftOut, reader.Warnings, reader.GeneralNotes);
    }

    /// <summary>
    /// After the last row: refuses the sheet if it had no header or a column without a header that holds values;
    /// returns the rows left out (with a line when the limit stopped the reading).
    /// </summary>
    public IReadOnlyList<string> Finish()
    {
        if (_columns is null)
            throw new CliException($"{_sheet.File}: no header row: expected a row with a '{InputLayout.UnitId}' cell, then {InputLayout.UnitName} and a column per leaf (see 'parindex template'); rows above it (a title) are skipped");
        if (_problems.Count > 0) throw new CliException(_problems);
        if (_leftOut.Count >= MaxProblems) _leftOut.Add($"{_sheet.File}: stopped after {MaxProblems} rows left out");
        return _leftOut;
    }

    /// <summary>Records a row left out by the caller (a second row for a unit and stage).</summary>
    public void LeaveOut(string message) => _leftOut.Add(message);

    internal static CliException Empty(string file) =>
        new($"{file}: the sheet is empty; expected a header row with {InputLayout.UnitId}, {InputLayout.UnitName} and a column per leaf (see 'parindex template')");

    internal static CliException NoUnits(string file) => new($"{file}: no unit rows; add one row per unit below the header");

    internal static string DuplicateStage(InputSheetReader reader, UnitRow row, int firstRow) =>
        $"{reader._sheet.File}: {reader._sheet.Where(row.Number, 0)}, column '{InputLayout.UnitId}': trùng dòng — unit '{row.Id}' already has a row for stage {row.Stage} (row {firstRow}); one row per unit and stage; row {row.Number} was left out";

    /// <summary>
    /// One row: before the header, looks for it (rows above it are a title, skipped); after it, the unit's row, or
    /// <see langword="null"/> for a note row (first cell starting with '#'), an empty row, or a row left out.
    /// </summary>
    public UnitRow? Add(SheetRow row)
    {
        if (_columns is null)
        {
            if (row.Cells.Any(c => string.Equals(c.Text.Trim(), InputLayout.UnitId, StringComparison.OrdinalIgnoreCase))) Header(row);
            return null;
        }
        return Row(row);
    }

    private void Header(SheetRow header)
    {
        var file = _sheet.File;
        var sheet = _sheet;
        var framework = _framework;
        var warnings = _warnings;
        var layout = InputLayout.For(framework);
        var columns = new InputColumn?[header.Cells.Count];
        var problems = new List<string>();
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var textHeaders = new HashSet<string>(header.Cells.Where(c => c.Kind == CellKind.Text).Select(c => c.Text.Trim()), StringComparer.Ordinal);
        Node? lastLeaf = null;
        for (var i = 0; i < header.Cells.Count; i++)
        {
            var cell = header.Cells[i];
            var h = cell.Text.Trim();
            if (h.Length == 0) continue;
            if (cell.Kind == CellKind.Number)
            {
                // Excel turns a code typed in a General cell into a number: "1.10" becomes 1.1. Recover it only when one
                // code of the framework can have given that number; two (1.1 and 1.10) is a confusion, refused.
                var candidates = framework.Leaves.Select(l => l.Code).Where(code => SameNumber(code, h) && !textHeaders.Contains(code)).ToList();
                if (candidates.Count == 1)
                {
                    warnings.Add($"{file}: {sheet.Where(header.Number, i)}: mã cột bị Excel đổi thành số — the header is the number {h} (Excel turned the code into a number); read as code '{candidates[0]}'; format row {header.Number} as Text to keep codes as typed");
                    h = candidates[0];
                }
                else if (candidates.Count > 1)
                {
                    problems.Add($"{file}: {sheet.Where(header.Number, i)}: mã cột bị Excel đổi thành số — the header is the number {h}, which Excel made of one of the codes {string.Join(", ", candidates.Select(c => $"'{c}'"))}; it cannot be told which; format row {header.Number} as Text (Định dạng ô → Văn bản) and type the code again");
                    continue;
                }
            }
            var column = layout.Find(h);
            if (column is { Kind: ColumnKind.Note, Leaf: null } && lastLeaf is not null)
                column = column with { Header = lastLeaf.Code + InputLayout.NoteSuffix, Leaf = lastLeaf, Code = lastLeaf.Code };
            if (column is null)
            {
                problems.Add($"{file}: {sheet.Where(header.Number, i)}, column '{h}': unknown column; expected {InputLayout.UnitId}, {InputLayout.UnitName}, {InputLayout.Block}, {InputLayout.StageHeader}, a leaf code of framework '{framework.Info.Id}' ({Sample(framework)}), '<code>{InputLayout.EvidenceSuffix}', '<code>{InputLayout.NoteSuffix}', '{InputLayout.NotesHeader}', '{InputLayout.AdjustmentPrefix}<code>' or '{InputLayout.DisqualifiersHeader}'"
                    + (framework.FindNode(h) is { IsLeaf: false } ? $" ('{h}' is a parent node; enter its leaves)" : string.Empty));
                continue;
            }
            lastLeaf = column.Kind is ColumnKind.Leaf or ColumnKind.Evidence or ColumnKind.References || column.Kind == ColumnKind.Note && column.Leaf is not null ? column.Leaf : null;
            if (column is { Kind: ColumnKind.Note, Leaf: null })
            {
                columns[i] = column;
                continue;
            }
            if (seen.TryGetValue(column.Header, out var first))
            {
                problems.Add($"{file}: {sheet.Where(header.Number, i)}, column '{h}': duplicate column (also column {first + 1})");
                continue;
            }
            seen[column.Header] = i;
            columns[i] = column;
        }
        var missing = layout.Columns.Where(c => c.Required && !seen.ContainsKey(c.Header)).Select(c => c.Header).ToList();
        if (missing.Count > 0)
            problems.Add($"{file}: row {header.Number}: missing column(s) {string.Join(", ", missing.Select(m => $"'{m}'"))}; every leaf needs a column (leave cells empty for no input)");
        if (problems.Count > 0) throw new CliException(problems);
        _header = header;
        _columns = columns;
        _merged = [.. _sheetMerged.Where(m => m.LastRow > header.Number && (m.FirstRow != m.LastRow || m.FirstColumn != m.LastColumn))];

    }

    private UnitRow? Row(SheetRow row)
    {
        if (row.Text(0).TrimStart().StartsWith('#')) return null;
        var columns = _columns!;
        var header = _header!;
        var sheet = _sheet;
        var merged = _merged;
        var file = _sheet.File;
        var framework = _framework;
        var warnings = _warnings;
        var leftOut = _leftOut;
        for (var i = 0; i < header.Cells.Count && i < row.Cells.Count; i++)
            if (header.Cells[i].Text.Trim().Length == 0 && !row.Cells[i].IsEmpty && _headerless.Add(i))
                _problems.Add($"{file}: row {header.Number}, column {i + 1}: the column has no header but row {row.Number} has a value in it; give every column its own header cell (merged header cells are not allowed)");
        var rowErrors = new List<(string? Code, string Message)>();
        string Where(int column, string? header = null) =>
            $"{sheet.Where(row.Number, column)}, column '{header ?? (column < columns.Length && columns[column] is { } c ? c.Header : (column + 1).ToString(CultureInfo.InvariantCulture))}'";
        if (row.Cells.Count > columns.Length && row.Cells.Skip(columns.Length).Any(c => !c.IsEmpty))
            rowErrors.Add((null, $"{sheet.Where(row.Number, columns.Length)}: dòng thừa ô — {row.Cells.Count} cells but the header has {columns.Length} columns; found '{row.Cells.Skip(columns.Length).First(c => !c.IsEmpty).Text}' past the last column"));
        if (row.CutShort && row.Cells.Count < columns.Length)
            rowErrors.Add((null, $"row {row.Number}: dòng bị cắt cụt — the file ends inside this row: {row.Cells.Count} of {columns.Length} cells and no line end; the file was cut short (copy or save it again)"));
        string id = string.Empty, name = string.Empty;
        string? block = null;
        var stage = _defaultStage;
        var inputs = new Dictionary<string, LeafInput>(StringComparer.Ordinal);
        var evidence = new Dictionary<string, EvidenceStatus>(StringComparer.Ordinal);
        var references = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var notes = new Dictionary<string, string>(StringComparer.Ordinal);
        var adjustments = new Dictionary<string, int>(StringComparer.Ordinal);
        var disqualifiers = new List<string>();
        for (var i = 0; i < columns.Length; i++)
        {
            if (columns[i] is not { } column) continue;
            var cell = row.Cell(i);
            var text = cell.Text;
            string? error = null;
            if (merged.Count > 0 && merged.FirstOrDefault(m => m.Contains(row.Number, i) && !(m.FirstRow == row.Number && m.FirstColumn == i)) is { FirstRow: > 0 } range && column.Kind != ColumnKind.Note)
            {
                rowErrors.Add((column.Code, $"{Where(i)}: ô bị gộp — the cell is part of the merged cells {range}, whose value is only in {CellRange.ColumnName(range.FirstColumn)}{range.FirstRow}; found it empty, expected its own value; unmerge the cells (Bỏ gộp ô) and type a value in each"));
                if (column.Kind == ColumnKind.UnitId) id = string.Empty;
                continue;
            }
            if (column.Kind is not (ColumnKind.Leaf or ColumnKind.Note) && cell.Kind is CellKind.Date or CellKind.Error or CellKind.FormulaWithoutValue)
            {
                rowErrors.Add((column.Code, $"{Where(i)}: ô không phải chữ — found {Describe(cell)}; expected text"));
                continue;
            }
            switch (column.Kind)
            {
                case ColumnKind.UnitId:
                    id = CsvFile.Restore(text.Trim());
                    break;
                case ColumnKind.UnitName:
                    name = CsvFile.Restore(text.Trim());
                    break;
                case ColumnKind.Block:
                    block = text.Trim().Length == 0 ? null : CsvFile.Restore(text.Trim());
                    break;
                case ColumnKind.Stage:
                    if (text.Trim().Length == 0) break;
                    if (InputLayout.ParseStage(text) is { } s) stage = s;
                    else error = $"không phải giai đoạn chấm — found '{text}', which is not a stage; expected self, appraisal1 or appraisal2";
                    break;
                case ColumnKind.Note:
                    if (column.Leaf is not null && text.Trim().Length > 0) notes[column.Code!] = CsvFile.Restore(text.Trim());
                    else if (text.Trim().Length > 0) _generalNotes++;
                    break;
                case ColumnKind.Leaf:
                    var leaf = column.Leaf!;
                    var input = CellSyntax.Parse(leaf, cell, out error);
                    if (error is null && input is not null)
                    {
                        if (!input.NotApplicable && leaf.Rule is { } rule
                            && rule.TryEncode(input, new RuleContext(leaf.MaxPoints, framework.Policy), out _) is { } invalid)
                            error = $"giá trị không hợp lệ — found '{text.Trim()}': {invalid}";
                        else inputs[leaf.Code] = input;
                    }
                    if (error is not null) error += $" [{leaf.Name}]";
                    break;
                case ColumnKind.Evidence:
                    if (CellSyntax.ParseEvidence(text, out error) is { } status) evidence[column.Code!] = status;
                    break;
                case ColumnKind.References:
                    var refs = text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                    if (refs.Length > 0) references[column.Code!] = refs;
                    break;
                case ColumnKind.Adjustment:
                    if (text.Trim().Length > 0 && Numbers.TryParseWhole(text, out var n, out error)) adjustments[column.Code!] = n;
                    break;
                case ColumnKind.Disqualifiers:
                    foreach (var code in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    {
                        if (framework.Disqualifiers.Any(d => d.Code == code)) disqualifiers.Add(code);
                        else error = $"không phải điều kiện hạ loại — found '{code}', which is not a disqualifier; expected one of {string.Join(", ", framework.Disqualifiers.Select(d => d.Code))}";
                    }
                    break;
            }
            if (error is not null) rowErrors.Add((column.Code ?? column.Leaf?.Code, $"{Where(i)}: {error}"));
        }
        if (row.Hidden)
            warnings.Add($"{file}: {sheet.Where(row.Number, 0)}: dòng bị ẩn — row {row.Number} is hidden in the workbook; it was read like the others" + (id.Length > 0 ? $" (unit '{id}')" : string.Empty));
        // Evidence, references and notes belong to an input: with an empty leaf cell there is nothing to attach them to.
        foreach (var (code, status) in evidence)
            if (inputs.TryGetValue(code, out var existing)) inputs[code] = existing with { Evidence = status };
        foreach (var (code, refs) in references)
            if (inputs.TryGetValue(code, out var existing)) inputs[code] = existing with { References = refs };
        foreach (var (code, note) in notes)
        {
            if (inputs.TryGetValue(code, out var existing)) inputs[code] = existing with { Note = note };
            else if (!rowErrors.Any(e => e.Code == code))
                warnings.Add($"{file}: row {row.Number}: ghi chú không có giá trị đi kèm — the note on {code} ('{Short(note)}') has no value beside it and was not carried; type the value (or KPS) in column '{code}'");
        }
        if (id.Length == 0)
        {
            if (row.Cells.All(c => c.IsEmpty)) return null;
            var suggestion = Suggest(name, _ids);
            var what = rowErrors.Count > 0 && rowErrors[0].Message.Contains("merged", StringComparison.Ordinal)
                ? rowErrors[0].Message
                : $"{Where(Array.FindIndex(columns, c => c?.Kind == ColumnKind.UnitId), InputLayout.UnitId)}: thiếu mã đơn vị — found it empty; expected a unit id"
                  + (suggestion is null ? string.Empty : $" (for example '{suggestion}', made from the name '{name}')");
            leftOut.Add($"{file}: {what}; row {row.Number}" + (name.Length > 0 ? $" ('{name}')" : string.Empty) + " was left out");
            return null;
        }
        if (name.Length == 0)
        {
            rowErrors.Add((null, $"{Where(Array.FindIndex(columns, c => c?.Kind == ColumnKind.UnitName), InputLayout.UnitName)}: thiếu tên đơn vị — found it empty; expected the unit's name"));
            name = id;
        }
        _ids.Add(id);
        return new UnitRow(row.Number, id, name, block, stage, new StageInputs { Inputs = inputs, Adjustments = adjustments, Disqualifiers = disqualifiers }, rowErrors);
    }

    /// <summary>Whether a code read as a number ("1.10" → 1.1) gives <paramref name="number"/>.</summary>
    private static bool SameNumber(string code, string number) =>
        decimal.TryParse(code, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var a)
        && decimal.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var b) && a == b;

    private static string Describe(SheetCell cell) => cell.Kind switch
    {
        CellKind.Date => $"a date ({cell.Text}) that Excel made of what was typed; format the column as Text and type it again",
        CellKind.Error => $"Excel's error value {cell.Text}",
        _ => "a formula whose result was never saved; open and save the workbook in Excel, or type the value",
    };

    private static string Short(string note) => note.Length <= 40 ? note : note[..40] + "…";

    /// <summary>A unit id made from a name: lower case, no diacritics, words joined by '-' ("Xã Vĩnh Thành" → "xa-vinh-thanh").</summary>
    internal static string? Suggest(string name, IEnumerable<string> taken)
    {
        if (name.Trim().Length == 0) return null;
        var d = name.Trim().ToLowerInvariant().Replace('đ', 'd').Normalize(NormalizationForm.FormD);
        var id = new StringBuilder();
        foreach (var c in d)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsAsciiLetterOrDigit(c)) id.Append(c);
            else if (id.Length > 0 && id[^1] != '-') id.Append('-');
        }
        var s = id.ToString().Trim('-');
        if (s.Length == 0) return null;
        var set = taken.ToHashSet(StringComparer.Ordinal);
        var candidate = s;
        for (var n = 2; set.Contains(candidate); n++) candidate = $"{s}-{n}";
        return candidate;
    }

    private static string Sample(Framework framework)
    {
        var leaves = framework.Leaves.Select(l => l.Code).ToList();
        return leaves.Count <= 3 ? string.Join(", ", leaves) : $"{leaves[0]}, {leaves[1]}, … {leaves[^1]}";
    }
}
