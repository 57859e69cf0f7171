using ParIndex.Engine.Evaluation;
using ParIndex.Engine.Model;
using ParIndex.Engine.Results;
using ParIndex.Engine.Rules;

namespace ParIndex.Engine.Cohorts;

/// <summary>
/// Scores a cohort of units against one compiled framework: every unit's card (one bad unit never stops or changes
/// the others), ranks and final bands per block. Sequential and parallel scoring give identical results, in the
/// input order. Frameworks with relative-to-best leaves are scored in two passes: the first finds each such leaf's
/// reference in the cohort, the second scores every unit against it.
/// </summary>
public static class CohortScorer
{
    /// <summary>Scores <paramref name="units"/> into a ranked, banded cohort.</summary>
    /// <param name="framework">The compiled framework.</param>
    /// <param name="units">The units, in the order their ties keep.</param>
    /// <param name="options">The stage and parallelism.</param>
    /// <param name="cancellationToken">Stops the work between units (within about a thousand units).</param>
    /// <exception cref="OperationCanceledException">The token was cancelled; nothing is returned.</exception>
    public static CohortResult Score(CompiledFramework framework, IReadOnlyList<UnitAssessment> units, CohortScoringOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(units);
        options ??= CohortScoringOptions.Default;
        var stage = options.Stage;

        var scorer = framework;
        if (framework.NeedsCohort)
        {
            var rows = new InputCell[units.Count][];
            for (var i = 0; i < units.Count; i++)
            {
                if ((i & 1023) == 0) cancellationToken.ThrowIfCancellationRequested();
                var resolved = units[i].Resolve(stage);
                if (resolved is not { } actual) continue;
                var row = new InputCell[framework.SlotCount];
                if (framework.Encode(units[i].UnitId, units[i].Stages[actual], row, new List<InputError>())) rows[i] = row;
            }
            scorer = framework.WithCohortReferences(References(framework, rows.Where(r => r is not null)));
        }

        var cards = new ScoreCard[units.Count];
        if (options.Parallel && units.Count > 1)
        {
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism ?? -1, CancellationToken = cancellationToken };
            System.Threading.Tasks.Parallel.For(0, units.Count, parallel, i => cards[i] = ScoreOne(scorer, units[i], stage));
        }
        else
        {
            for (var i = 0; i < units.Count; i++)
            {
                if ((i & 1023) == 0) cancellationToken.ThrowIfCancellationRequested();
                cards[i] = ScoreOne(scorer, units[i], stage);
            }
        }
        return Standings.Build(framework.Framework, cards, units, stage, cancellationToken);
    }

    /// <summary>
    /// Ranks and final bands for units scored without score cards (the bulk path, a stream of rows): one sort of the
    /// ranked units, O(n log n). Ranks per block, competition or dense as the framework says, ties in the input order;
    /// bands after the framework's top-band quota or bands by rank, never above a unit's <see cref="RankEntry.BandCap"/>.
    /// </summary>
    /// <param name="framework">The framework scored with.</param>
    /// <param name="units">Every unit, in the input order.</param>
    /// <param name="ranks">Receives each unit's rank; 0 when it has none.</param>
    /// <param name="bands">Receives each unit's final band index; -1 when it has none.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <exception cref="ArgumentException">A buffer is shorter than <paramref name="units"/>.</exception>
    public static void Rank(Framework framework, ReadOnlySpan<RankEntry> units, Span<int> ranks, Span<int> bands, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(framework);
        if (ranks.Length < units.Length) throw new ArgumentException($"ranks must hold {units.Length} values; got {ranks.Length}.", nameof(ranks));
        if (bands.Length < units.Length) throw new ArgumentException($"bands must hold {units.Length} values; got {bands.Length}.", nameof(bands));
        Standings.Rank(framework, units, ranks, bands, cancellationToken);
    }

    /// <summary>The worst band index (best first) that a unit's disqualifiers allow; -1 when none of them applies.</summary>
    /// <param name="framework">The framework.</param>
    /// <param name="disqualifiers">The codes of the unit's disqualifiers.</param>
    public static int BandCapOf(Framework framework, IEnumerable<string> disqualifiers)
    {
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(disqualifiers);
        return Standings.CapOf(framework, disqualifiers);
    }

    private static ScoreCard ScoreOne(CompiledFramework framework, UnitAssessment unit, Stage stage)
    {
        if (unit is null)
            return new ScoreCard { Framework = framework.Identity, UnitId = "<null>", UnitName = "<null>", Stage = stage, Errors = [new InputError("<null>", null, ErrorCodes.UnitMissing.With())] };
        return framework.Score(unit, stage);
    }

    /// <summary>
    /// The allocation-free bulk path for many units: scores <paramref name="rows"/> (units × <see cref="CompiledFramework.SlotCount"/>
    /// cells, one row after another) into <paramref name="results"/> (one per unit), sequentially or in parallel with
    /// one workspace per worker. Node points are not kept; use <see cref="CompiledFramework.Score(ReadOnlySpan{InputCell}, ScoringWorkspace)"/>
    /// for those. Frameworks with relative-to-best leaves take their references from these rows first.
    /// </summary>
    /// <exception cref="ArgumentException">The buffers' sizes do not match.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static void ScoreRows(CompiledFramework framework, ReadOnlyMemory<InputCell> rows, Memory<UnitScore> results, bool parallel = true, int? maxDegreeOfParallelism = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(framework);
        var width = framework.SlotCount;
        if (width == 0 || rows.Length % width != 0) throw new ArgumentException($"rows must hold a whole number of rows of {width} cells; got {rows.Length} cells.", nameof(rows));
        var count = rows.Length / width;
        if (results.Length < count) throw new ArgumentException($"results must hold {count} scores; got {results.Length}.", nameof(results));

        var scorer = framework;
        if (framework.NeedsCohort)
        {
            var list = new List<InputCell[]>(count);
            for (var i = 0; i < count; i++) list.Add(rows.Slice(i * width, width).ToArray());
            scorer = framework.WithCohortReferences(References(framework, list));
        }

        if (!parallel || count < 2)
        {
            ScoreRange(scorer, rows, results, 0, count, scorer.CreateWorkspace(), cancellationToken);
            return;
        }
        var workers = Math.Max(1, Math.Min(maxDegreeOfParallelism ?? Environment.ProcessorCount, count));
        var chunk = (count + workers - 1) / workers;
        System.Threading.Tasks.Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers, CancellationToken = cancellationToken }, w =>
        {
            var start = w * chunk;
            var end = Math.Min(count, start + chunk);
            if (start < end) ScoreRange(scorer, rows, results, start, end, scorer.CreateWorkspace(), cancellationToken);
        });
    }

    private static void ScoreRange(CompiledFramework framework, ReadOnlyMemory<InputCell> rows, Memory<UnitScore> results, int start, int end, ScoringWorkspace workspace, CancellationToken cancellationToken)
    {
        var width = framework.SlotCount;
        var cells = rows.Span;
        var output = results.Span;
        for (var i = start; i < end; i++)
        {
            if (((i - start) & 4095) == 0) cancellationToken.ThrowIfCancellationRequested();
            output[i] = framework.Score(cells.Slice(i * width, width), workspace);
        }
    }

    /// <summary>First pass: each relative-to-best leaf's reference, from the rows that could be encoded.</summary>
    internal static Dictionary<int, (decimal Value, InputCell? Cell)> References(CompiledFramework framework, IEnumerable<InputCell[]> rows)
    {
        var rowList = rows.ToList();
        var references = new Dictionary<int, (decimal Value, InputCell? Cell)>();
        foreach (var (leaf, rule) in framework.RelativeLeaves)
        {
            var context = framework.ContextOf(leaf);
            if (rule.RelativeTo == RelativeTo.Best)
            {
                var best = 0m;
                InputCell? bestCell = null;
                // Ratios are compared by cross-multiplication: two quotients equal to decimal's last digit may still differ.
                foreach (var row in rowList)
                    if (framework.IsMeasured(leaf, row[leaf]) && rule.TryMeasure(row[leaf], context, out var value) > 0
                        && (bestCell is not { } held ? value > best : rule.CompareMeasures(row[leaf], held, value, best) > 0))
                        (best, bestCell) = (value, row[leaf]);
                references[leaf] = (best, bestCell);
                continue;
            }
            // The leader: the first unit with the highest value on the indicator; the reference is its value on this leaf.
            var indicator = framework.SlotOf(rule.LeaderIndicator!);
            InputCell[]? leader = null;
            var leading = decimal.MinValue;
            foreach (var row in rowList)
            {
                if (!framework.IsMeasured(indicator, row[indicator]) || !framework.TryMeasureLeaf(indicator, row[indicator], out var value)) continue;
                if (value > leading) (leading, leader) = (value, row);
            }
            references[leaf] = leader is not null && framework.IsMeasured(leaf, leader[leaf]) && rule.TryMeasure(leader[leaf], context, out var own) > 0
                ? (own, leader[leaf]) : (0m, null);
        }
        return references;
    }
}
