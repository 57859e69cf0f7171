using ParIndex.Engine.Results;
using ParIndex.Engine.Model;
using ParIndex.Engine.Rules;
using ParIndex.Engine.Serialization;

namespace ParIndex.Cli.Inputs;

/// <summary>
/// Reads an input sheet (CSV or the input sheet of a workbook) into an assessment, checking it against the
/// framework's layout. Every problem names the file, the row, the column header and what was expected; all are
/// reported at once.
/// </summary>
internal static class InputSheetReader
{
    private const int MaxProblems = 50;

    /// <summary>One unit's row of a sheet at one stage, with the errors of its cells (the unit's, not the sheet's).</summary>
    internal sealed record UnitRow(int Number, string Id, string Name, string? Block, Stage Stage, StageInputs Inputs, IReadOnlyList<(string? Code, string Message)> CellErrors);

    public static AssessmentDocument Read(string file, IReadOnlyList<SheetRow> rows, Framework framework, Stage defaultStage)
    {
        var problems = new List<string>();
        if (rows.Count == 0) throw Empty(file);
        var header = rows[0];
        var columns = ReadHeader(file, header, framework, problems);
        // A column without a header whose cells hold data is what merged header cells leave behind: its values would
        // otherwise be dropped without a word.
        for (var i = 0; i < header.Cells.Count; i++)
        {
            if (header.Cells[i].Trim().Length > 0) continue;
            var used = rows.Skip(1).FirstOrDefault(r => i < r.Cells.Count && r.Cells[i].Trim().Length > 0 && !r.Cells[0].TrimStart().StartsWith('#'));
            if (used is not null) problems.Add(Headerless(file, header, i, used));
        }
        CheckMissing(file, header, framework, columns, problems);
        if (problems.Count > 0) throw new CliException(problems);

        var units = new List<(string Id, string Name, string? Block, Dictionary<Stage, StageInputs> Stages, int Row)>();
        var byId = new Dictionary<string, int>(StringComparer.Ordinal);
        var readErrors = new Dictionary<string, List<InputError>>(StringComparer.Ordinal);
        foreach (var sheetRow in rows.Skip(1))
        {
            if (ReadRow(file, sheetRow, columns, framework, defaultStage, problems) is { } row)
            {
                if (row.CellErrors.Count > 0)
                {
                    if (!readErrors.TryGetValue(row.Id, out var list)) readErrors[row.Id] = list = [];
                    list.AddRange(row.CellErrors.Select(e => new InputError(row.Id, e.Code, e.Message)));
                }
                if (byId.TryGetValue(row.Id, out var index))
                {
                    var unit = units[index];
                    if (unit.Stages.ContainsKey(row.Stage)) problems.Add(DuplicateStage(file, row, unit.Row));
                    else unit.Stages[row.Stage] = row.Inputs;
                }
                else
                {
                    byId[row.Id] = units.Count;
                    units.Add((row.Id, row.Name, row.Block, new Dictionary<Stage, StageInputs> { [row.Stage] = row.Inputs }, row.Number));
                }
            }
            if (problems.Count >= MaxProblems) break;
        }
        if (problems.Count >= MaxProblems) problems.Add($"{file}: stopped after {MaxProblems} problems");
        if (problems.Count > 0) throw new CliException(problems);
        if (units.Count == 0) throw NoUnits(file);
        return new AssessmentDocument
        {
            FrameworkId = framework.Info.Id,
            FrameworkVersion = framework.Info.Version,
            Units = [.. units.Select(u => new UnitAssessment
            {
                UnitId = u.Id, UnitName = u.Name, Block = u.Block, Stages = u.Stages,
                ReadErrors = readErrors.TryGetValue(u.Id, out var errors) ? errors : [],
            })],
        };
    }

    internal const int ProblemLimit = MaxProblems;

    internal static CliException Empty(string file) =>
        new($"{file}: the sheet is empty; expected a header row with {InputLayout.UnitId}, {InputLayout.UnitName} and a column per leaf (see 'parindex template')");

    internal static CliException NoUnits(string file) => new($"{file}: no unit rows; add one row per unit below the header");

    internal static string Headerless(string file, SheetRow header, int column, SheetRow used) =>
        $"{file}: row {header.Number}, column {column + 1}: the column has no header but row {used.Number} has a value in it; give every column its own header cell (merged header cells are not allowed)";

    internal static string DuplicateStage(string file, UnitRow row, int firstRow) =>
        $"{file}: row {row.Number}, column '{InputLayout.UnitId}': unit '{row.Id}' already has a row for stage {row.Stage} (row {firstRow}); one row per unit and stage";

    /// <summary>The column of each header cell (<see langword="null"/> for an empty or unknown one); unknown and duplicate headers are problems.</summary>
    internal static InputColumn?[] ReadHeader(string file, SheetRow header, Framework framework, List<string> problems)
    {
        var layout = InputLayout.For(framework);
        var columns = new InputColumn?[header.Cells.Count];
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Cells.Count; i++)
        {
            var h = header.Cells[i].Trim();
            if (h.Length == 0) continue;
            var column = layout.Find(h);
            if (column is null)
            {
                problems.Add($"{file}: row {header.Number}, column '{h}': unknown column; expected {InputLayout.UnitId}, {InputLayout.UnitName}, {InputLayout.Block}, {InputLayout.StageHeader}, a leaf code of framework '{framework.Info.Id}' ({Sample(framework)}), '<code>{InputLayout.EvidenceSuffix}', '{InputLayout.AdjustmentPrefix}<code>' or '{InputLayout.DisqualifiersHeader}'"
                    + (framework.FindNode(h) is { IsLeaf: false } ? $" ('{h}' is a parent node; enter its leaves)" : string.Empty));
                continue;
            }
            if (seen.TryGetValue(column.Header, out var first))
            {
                problems.Add($"{file}: row {header.Number}, column '{h}': duplicate column (also column {first + 1})");
                continue;
            }
            seen[column.Header] = i;
            columns[i] = column;
        }
        return columns;
    }

    internal static void CheckMissing(string file, SheetRow header, Framework framework, InputColumn?[] columns, List<string> problems)
    {
        var seen = new HashSet<string>(columns.Where(c => c is not null).Select(c => c!.Header), StringComparer.OrdinalIgnoreCase);
        var missing = InputLayout.For(framework).Columns.Where(c => c.Required && !seen.Contains(c.Header)).Select(c => c.Header).ToList();
        if (missing.Count > 0)
            problems.Add($"{file}: row {header.Number}: missing column(s) {string.Join(", ", missing.Select(m => $"'{m}'"))}; every leaf needs a column (leave cells empty for no input)");
    }

    /// <summary>One row: <see langword="null"/> for a note row (first cell starting with '#') or a row without a unit id.</summary>
    internal static UnitRow? ReadRow(string file, SheetRow row, InputColumn?[] columns, Framework framework, Stage defaultStage, List<string> problems)
    {
        if (row.Cells.Count > 0 && row.Cells[0].TrimStart().StartsWith('#')) return null;
        if (row.Cells.Count > columns.Length && row.Cells.Skip(columns.Length).Any(c => c.Trim().Length > 0))
            problems.Add($"{file}: row {row.Number}: {row.Cells.Count} cells but the header has {columns.Length} columns");
        string id = string.Empty, name = string.Empty;
        string? block = null;
        var stage = defaultStage;
        var inputs = new Dictionary<string, LeafInput>(StringComparer.Ordinal);
        var evidence = new Dictionary<string, EvidenceStatus>(StringComparer.Ordinal);
        var references = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var adjustments = new Dictionary<string, int>(StringComparer.Ordinal);
        var disqualifiers = new List<string>();
        var cellErrors = new List<(string? Code, string Message)>();
        for (var i = 0; i < columns.Length; i++)
        {
            if (columns[i] is not { } column) continue;
            var text = i < row.Cells.Count ? row.Cells[i] : string.Empty;
            string? error = null;
            switch (column.Kind)
            {
                case ColumnKind.UnitId:
                    id = text.Trim();
                    if (id.Length == 0) error = "a unit id is required";
                    break;
                case ColumnKind.UnitName:
                    name = text.Trim();
                    if (name.Length == 0) error = "a unit name is required";
                    break;
                case ColumnKind.Block:
                    block = text.Trim().Length == 0 ? null : text.Trim();
                    break;
                case ColumnKind.Stage:
                    if (text.Trim().Length == 0) break;
                    if (InputLayout.ParseStage(text) is { } s) stage = s;
                    else error = $"'{text}' is not a stage; expected self, appraisal1 or appraisal2";
                    break;
                case ColumnKind.Leaf:
                    var leaf = column.Leaf!;
                    var input = CellSyntax.Parse(leaf, text, out error);
                    if (error is null && input is not null)
                    {
                        if (!input.NotApplicable && leaf.Rule is { } rule
                            && rule.TryEncode(input, new RuleContext(leaf.MaxPoints, framework.Policy), out _) is { } invalid)
                            error = $"'{text.Trim()}': {invalid}";
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
                        else error = $"'{code}' is not a disqualifier; expected one of {string.Join(", ", framework.Disqualifiers.Select(d => d.Code))}";
                    }
                    break;
            }
            if (error is null) continue;
            // A bad cell is the unit's problem, not the sheet's: the unit comes back with its errors, the others are scored.
            if (column.Kind is ColumnKind.UnitId or ColumnKind.UnitName) problems.Add($"{file}: row {row.Number}, column '{column.Header}': {error}");
            else cellErrors.Add((column.Code ?? column.Leaf?.Code, $"row {row.Number}, column '{column.Header}': {error}"));
        }
        // Evidence and references belong to an input: with an empty leaf cell there is nothing to attach them to.
        foreach (var (code, status) in evidence)
            if (inputs.TryGetValue(code, out var existing)) inputs[code] = existing with { Evidence = status };
        foreach (var (code, refs) in references)
            if (inputs.TryGetValue(code, out var existing)) inputs[code] = existing with { References = refs };
        if (id.Length == 0) return null;
        return new UnitRow(row.Number, id, name, block, stage, new StageInputs { Inputs = inputs, Adjustments = adjustments, Disqualifiers = disqualifiers }, cellErrors);
    }

    private static string Sample(Framework framework)
    {
        var leaves = framework.Leaves.Select(l => l.Code).ToList();
        return leaves.Count <= 3 ? string.Join(", ", leaves) : $"{leaves[0]}, {leaves[1]}, … {leaves[^1]}";
    }
}
