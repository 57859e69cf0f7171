using System.Globalization;
using System.Text;
using ParIndex.Cli.Files;
using ParIndex.Cli.Inputs;
using ParIndex.Engine.Cohorts;
using ParIndex.Engine.Evaluation;
using ParIndex.Engine.Messages;
using ParIndex.Engine.Model;
using ParIndex.Engine.Rules;

namespace ParIndex.Cli.Scoring;

/// <summary>
/// <c>score</c> from a CSV sheet to a ranked CSV without holding the cohort: each row is read, checked and scored
/// through the engine's allocation-free bulk path as it comes, and only what the ranked table needs is kept per
/// unit (id, name, block, points per area, total, index, band, errors). Ranks and bands come from
/// <see cref="CohortScorer.Rank"/>, the same code as the cohort of cards. The output is byte for byte what the
/// in-memory path writes (a test compares them). Frameworks with relative-to-best leaves need the whole cohort
/// first and take the in-memory path.
/// </summary>
internal sealed class StreamedCohort
{
    private const int ProgressEvery = 50_000;

    private readonly CompiledFramework _compiled;
    private readonly Framework _framework;
    private readonly Stage _stage;
    private readonly int[] _areaNodes;
    private readonly string[] _leafCodes;
    private readonly List<Unit> _units = [];
    private readonly Dictionary<string, int> _byId = new(StringComparer.Ordinal);
    private readonly bool _strict;
    private IReadOnlyList<string> _leftOut = [];

    private StreamedCohort(CompiledFramework compiled, Stage stage, bool strict)
    {
        _strict = strict;
        _compiled = compiled;
        _framework = compiled.Framework;
        _stage = stage;
        _areaNodes = [.. _framework.Areas.Select(a => compiled.NodeIndexOf(a.Code))];
        // Once: Framework.Leaves walks the tree each time it is enumerated, far too slow to do per row.
        _leafCodes = [.. _framework.Leaves.Select(l => l.Code)];
    }

    /// <summary>Whether this path can score <paramref name="framework"/> (no leaf relative to the cohort's best).</summary>
    public static bool CanScore(CompiledFramework framework) => !framework.NeedsCohort;

    /// <summary>Scores the sheet at <paramref name="inputsPath"/> and writes the ranked CSV; whether any unit had input errors.</summary>
    public static bool ScoreToCsv(CliContext context, CompiledFramework compiled, string inputsPath, Stage stage, string? outPath, CultureInfo? culture, bool strict = false)
    {
        var cohort = new StreamedCohort(compiled, stage, strict);
        cohort.Read(context, inputsPath);
        var (ranks, bands, order) = cohort.Rank(context.CancellationToken);
        var separator = Numbers.CsvSeparator(culture);
        void Write(TextWriter writer)
        {
            CsvFile.Write(writer, [cohort.Header()], separator);
            var line = new RowWriter(writer, separator);
            for (var k = 0; k < order.Length; k++)
            {
                if ((k & 4095) == 0) context.CancellationToken.ThrowIfCancellationRequested();
                cohort.Write(line, order[k], ranks, bands, culture);
            }
        }
        if (outPath is null) Write(context.Out);
        else
        {
            AtomicFile.Write(context, outPath, stream =>
            {
                using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16);
                Write(writer);
            });
            context.Err.WriteLine($"wrote {outPath}");
        }
        // Up to a line per unit: gathered into blocks, so that a million units are not a million writes to the terminal.
        var failed = false;
        var lines = new StringBuilder();
        void Line(string text)
        {
            lines.Append(text).Append(context.Err.NewLine);
            if (lines.Length < 1 << 16) return;
            context.Err.Write(lines);
            lines.Clear();
        }
        foreach (var unit in cohort._units)
            foreach (var error in unit.Errors ?? [])
            {
                Line(Engine.Reports.SafeText.OneLine($"{inputsPath}: {Output.ProblemText.Of(error)}"));
                failed = true;
            }
        // As the in-memory path ends (LoadedCohort.Finish): rows left out, then the empty cells per unit.
        foreach (var line in cohort._leftOut) Line(line);
        if (cohort._leftOut.Count > 0) Line(InputGaps.LeftOutSummary(inputsPath, cohort._leftOut.Count));
        foreach (var line in InputGaps.Lines(inputsPath, [.. cohort._units.Where(u => u.Empty is not null).Select(u => (u.Id, (IReadOnlyList<string>)u.Empty!))], 0)) Line(line);
        context.Err.Write(lines);
        return failed || cohort._leftOut.Count > 0;
    }

    private void Read(CliContext context, string path)
    {
        var defaultStage = _stage == Stage.Final ? Stage.Appraisal1 : _stage;
        var reader = new InputSheetReader(new InputSheet(path, null, [], [], []), _framework, defaultStage);
        var cells = new InputCell[_compiled.SlotCount];
        var workspace = _compiled.CreateWorkspace();
        var encodeErrors = new List<InputError>();
        var count = 0;
        foreach (var sheetRow in CsvFile.Stream(path))
        {
            if ((++count & 1023) == 0) context.CancellationToken.ThrowIfCancellationRequested();
            if (context.ShowProgress && count % ProgressEvery == 0) context.Err.Write($"\r  đã đọc (read) {count:N0} dòng (rows)…");
            if (reader.Add(sheetRow) is { } row) Add(row, reader, cells, workspace, encodeErrors);
            if (reader.LeftOut.Count >= InputSheetReader.ProblemLimit) break;
        }
        if (context.ShowProgress && count >= ProgressEvery) context.Err.Write("\r\u001b[K");
        if (count == 0) throw InputSheetReader.Empty(path);
        _leftOut = reader.Finish();
        foreach (var warning in reader.Warnings) context.Err.WriteLine("cảnh báo (warning): " + warning);
        if (_units.Count == 0) throw new CliException(_leftOut.Count > 0 ? [.. _leftOut] : [InputSheetReader.NoUnits(path).Message]);
        foreach (var unit in _units) Finish(unit);
    }

    private void Add(InputSheetReader.UnitRow row, InputSheetReader reader, InputCell[] cells, ScoringWorkspace workspace, List<InputError> encodeErrors)
    {
        if (!_byId.TryGetValue(row.Id, out var index))
        {
            _byId[row.Id] = index = _units.Count;
            _units.Add(new Unit(row.Id, row.Name, row.Block, row.Number));
        }
        var unit = _units[index];
        var bit = 1 << (int)row.Stage;
        if ((unit.Stages & bit) != 0)
        {
            reader.LeaveOut(InputSheetReader.DuplicateStage(reader, row, unit.Row));
            return;
        }
        unit.Stages |= bit;
        if (row.CellErrors.Count > 0)
        {
            (unit.ReadErrors ??= []).AddRange(row.CellErrors.Select(e => new InputError(row.Id, e.Code, ErrorCodes.CellUnreadable.With(e.Message))));
            return;
        }
        // Only the stage that will count is scored: a later appraisal replaces an earlier one for "final".
        var priority = Priority(row.Stage);
        if (priority <= unit.Priority) return;
        unit.Priority = priority;
        // Empty cells, as the in-memory path sees them (InputGaps): listed, an all-empty unit not scored, --strict an error.
        List<string>? empty = null;
        foreach (var code in _leafCodes)
            if (!row.Inputs.Inputs.ContainsKey(code)) (empty ??= []).Add(code);
        var leaves = _leafCodes.Length;
        if (empty is null)
        {
            unit.Empty = null;
        }
        else
        {
            unit.Empty = empty.Count < leaves && !_strict ? empty : null;
            if (empty.Count == leaves || _strict)
            {
                unit.StageErrors = [InputGaps.Error(row.Id, row.Stage, empty, leaves)];
                return;
            }
        }
        encodeErrors.Clear();
        if (!_compiled.Encode(row.Id, row.Inputs, cells, encodeErrors))
        {
            unit.StageErrors = [.. encodeErrors];
            return;
        }
        var score = _compiled.Score(cells, workspace);
        if (!score.IsScored)
        {
            // Rare: the card path words the error exactly as the in-memory path does.
            var card = _compiled.Score(new UnitAssessment { UnitId = row.Id, UnitName = row.Name, Block = row.Block }, row.Stage, row.Inputs);
            unit.StageErrors = [.. card.Errors];
            return;
        }
        unit.StageErrors = null;
        unit.Total = score.Total;
        unit.Index = score.Index;
        unit.BandIndex = score.BandIndex;
        unit.BandCap = CohortScorer.BandCapOf(_framework, row.Inputs.Disqualifiers);
        unit.Areas = new decimal[_areaNodes.Length];
        var points = workspace.NodePoints;
        for (var a = 0; a < _areaNodes.Length; a++) unit.Areas[a] = points[_areaNodes[a]];
    }

    private int Priority(Stage stage) => _stage == Stage.Final
        ? stage switch { Stage.Appraisal2 => 2, Stage.Appraisal1 => 1, _ => 0 }
        : stage == _stage ? 1 : 0;

    private void Finish(Unit unit)
    {
        if (unit.ReadErrors is { Count: > 0 }) unit.Errors = unit.ReadErrors;
        else if (unit.Priority == 0)
        {
            var have = string.Join(", ", Enum.GetValues<Stage>().Where(s => (unit.Stages & (1 << (int)s)) != 0));
            var present = have.Length == 0 ? "none" : have;
            unit.Errors = [new InputError(unit.Id, null, _stage == Stage.Final ? ErrorCodes.NoAppraisal.With(present) : ErrorCodes.NoStageInputs.With(_stage.ToString(), present))];
        }
        else unit.Errors = unit.StageErrors;
        if (unit.Errors is not null) unit.Areas = null;
    }

    private (int[] Ranks, int[] Bands, int[] Order) Rank(CancellationToken cancellationToken)
    {
        var blocks = new Dictionary<string, int>(StringComparer.Ordinal);
        var nullBlock = -1;
        var next = 0;
        var blockOrder = new int[_units.Count];
        var entries = new RankEntry[_units.Count];
        for (var i = 0; i < _units.Count; i++)
        {
            var u = _units[i];
            int block;
            if (u.Block is null) block = nullBlock < 0 ? nullBlock = next++ : nullBlock;
            else if (!blocks.TryGetValue(u.Block, out block)) blocks[u.Block] = block = next++;
            blockOrder[i] = block;
            var scored = u.Errors is null;
            entries[i] = new RankEntry(block, scored, true, scored ? u.Index : 0m, scored ? u.BandIndex : -1, u.BandCap);
        }
        var ranks = new int[_units.Count];
        var bands = new int[_units.Count];
        CohortScorer.Rank(_framework, entries, ranks, bands, cancellationToken);
        // The table's order: by block (first appearance), then rank; unranked, then failed units last; then input order.
        var order = Enumerable.Range(0, _units.Count).ToArray();
        int Key(int i) => ranks[i] > 0 ? ranks[i] : entries[i].Scored ? int.MaxValue - 1 : int.MaxValue;
        Array.Sort(order, (x, y) =>
        {
            var c = blockOrder[x].CompareTo(blockOrder[y]);
            if (c != 0) return c;
            c = Key(x).CompareTo(Key(y));
            return c != 0 ? c : x.CompareTo(y);
        });
        return (ranks, bands, order);
    }

    private IReadOnlyList<string> Header() =>
        ["rank", "unit_id", "unit_name", "block", .. _framework.Areas.Select(a => "area_" + a.Code), "total", "index", "band", "errors"];

    private void Write(RowWriter line, int i, int[] ranks, int[] bands, CultureInfo? culture)
    {
        var u = _units[i];
        var scored = u.Errors is null;
        if (ranks[i] > 0) line.Number(ranks[i]);
        else line.Text(string.Empty);
        // Text cells guarded against formula injection, as every CSV we write (CsvReportWriter).
        line.Text(Engine.Reports.CsvReportWriter.Neutralise(u.Id));
        line.Text(Engine.Reports.CsvReportWriter.Neutralise(u.Name));
        line.Text(Engine.Reports.CsvReportWriter.Neutralise(u.Block ?? string.Empty));
        for (var a = 0; a < _areaNodes.Length; a++) line.Decimal(scored, u.Areas is { } areas ? areas[a] : 0m, culture);
        line.Decimal(scored, u.Total, culture);
        line.Decimal(scored, u.Index, culture);
        line.Text(bands[i] >= 0 ? _framework.Bands[bands[i]].Label : string.Empty);
        line.Text(u.Errors is null ? string.Empty : Engine.Reports.CsvReportWriter.Neutralise(string.Join("; ", u.Errors.Select(e => e.ToString()))));
        line.End();
    }

    /// <summary>
    /// One line of the ranked CSV written cell by cell, the same bytes as <see cref="CsvFile.Write"/> (the same quoting,
    /// numbers as <see cref="Numbers.Format"/> gives them with 6 decimals) without a string per cell.
    /// </summary>
    private sealed class RowWriter(TextWriter writer, char separator)
    {
        private readonly char[] _number = new char[64];
        private bool _first = true;

        public void Text(string cell)
        {
            Separate();
            if (cell.Contains(separator, StringComparison.Ordinal) || cell.AsSpan().IndexOfAny("\"\r\n") >= 0)
                writer.Write("\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"");
            else writer.Write(cell);
        }

        public void Number(int value)
        {
            Separate();
            value.TryFormat(_number, out var written, default, CultureInfo.InvariantCulture);
            writer.Write(_number, 0, written);
        }

        public void Decimal(bool present, decimal value, CultureInfo? culture)
        {
            if (!present)
            {
                Text(string.Empty);
                return;
            }
            var rounded = Math.Round(value, 6, MidpointRounding.AwayFromZero);
            if (!rounded.TryFormat(_number, out var written, "0.######", culture ?? CultureInfo.InvariantCulture))
            {
                Text(Numbers.Format(value, 6, culture));
                return;
            }
            var text = _number.AsSpan(0, written);
            Separate();
            // A decimal comma with ',' as the separator would need quotes: the same rule as for text.
            if (text.Contains(separator) || text.IndexOfAny("\"\r\n") >= 0) writer.Write("\"" + text.ToString().Replace("\"", "\"\"", StringComparison.Ordinal) + "\"");
            else writer.Write(text);
        }

        public void End()
        {
            writer.Write('\n');
            _first = true;
        }

        private void Separate()
        {
            if (!_first) writer.Write(separator);
            _first = false;
        }
    }

    /// <summary>What is kept of a unit: a few hundred bytes, whatever the framework's size.</summary>
    private sealed class Unit(string id, string name, string? block, int row)
    {
        public string Id { get; } = id;
        public string Name { get; } = name;
        public string? Block { get; } = block;
        public int Row { get; } = row;
        public int Stages { get; set; }
        public int Priority { get; set; }
        public List<InputError>? ReadErrors { get; set; }
        public IReadOnlyList<InputError>? StageErrors { get; set; }
        public IReadOnlyList<InputError>? Errors { get; set; }
        public decimal Total { get; set; }
        public decimal Index { get; set; }
        public int BandIndex { get; set; } = -1;
        public int BandCap { get; set; } = -1;
        public decimal[]? Areas { get; set; }
        public List<string>? Empty { get; set; }
    }
}
