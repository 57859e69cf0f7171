using ParIndex.Engine.Cohorts;
using ParIndex.Engine.Evaluation;
using ParIndex.Engine.Model;
using ParIndex.Engine.Rules;

namespace ParIndex.Engine.Analysis;

/// <summary>
/// The reference path of an uncertainty analysis: each draw builds its perturbed framework
/// (<see cref="FrameworkPerturbation"/>), compiles it and re-scores every unit through the engine's bulk path. Exact
/// for every rule kind the perturbation can scale, and the only path for manual-score noise; the re-weighting fast
/// path (<see cref="ReweightedCohort"/>) must give the same indices, and the benchmark measures it against this one.
/// </summary>
internal sealed class FullRescore
{
    private readonly Framework[] _alternatives;    // [0] the nominal framework, then one per not-applicable alternative
    private readonly CompiledFramework _nominal;
    private readonly InputCell[][] _rows;          // the scored units' rows
    private readonly int[] _unitOf;                // row -> unit
    private readonly int _unitCount;
    private readonly IReadOnlyList<string> _weightedCodes;
    private readonly int[] _weightOfLeaf;          // leaf -> weighted node, -1 when none
    private readonly decimal[] _manualStep;        // leaf -> the nominal step of a manual leaf, 0 for other kinds
    private readonly decimal[] _leafMax;

    public FullRescore(CompiledFramework framework, IReadOnlyList<InputCell[]?> rows, IReadOnlyList<string> weightedCodes, IReadOnlyList<NotApplicablePolicy> notApplicableAlternatives)
    {
        _nominal = framework;
        _alternatives = [framework.Framework, .. notApplicableAlternatives.Select(p => FrameworkPerturbation.WithNotApplicable(framework.Framework, p))];
        _unitCount = rows.Count;
        _unitOf = [.. Enumerable.Range(0, rows.Count).Where(u => rows[u] is not null)];
        _rows = [.. _unitOf.Select(u => rows[u]!)];
        _weightedCodes = weightedCodes;
        _weightOfLeaf = new int[framework.LeafCount];
        _manualStep = new decimal[framework.LeafCount];
        _leafMax = new decimal[framework.LeafCount];
        Array.Fill(_weightOfLeaf, -1);
        for (var w = 0; w < weightedCodes.Count; w++)
        {
            var prefix = weightedCodes[w];
            for (var l = 0; l < framework.LeafCount; l++)
            {
                var code = framework.LeafCodes[l];
                if (code == prefix || code.StartsWith(prefix + ".", StringComparison.Ordinal)) _weightOfLeaf[l] = w;
            }
        }
        for (var l = 0; l < framework.LeafCount; l++)
        {
            _leafMax[l] = framework.NodeAt(framework.NodeOfLeaf(l)).MaxPoints;
            if (framework.RuleOf(l) is ManualRule manual) _manualStep[l] = manual.Step ?? framework.Framework.Policy.ManualStep;
        }
    }

    /// <summary>
    /// Scores draw <paramref name="draw"/> through the engine: the indices of every unit (0 for a unit not scored).
    /// With <paramref name="manualNoise"/>, each manual score moves one step down, none or one step up (within 0 to the
    /// max), drawn from the unit's own stream of the draw.
    /// </summary>
    public void Score(int draw, ReadOnlySpan<decimal> multipliers, int notApplicable, UncertaintySampler? manualNoise, Span<decimal> indices, Span<decimal> totals = default)
    {
        var scales = new Dictionary<string, decimal>(StringComparer.Ordinal);
        for (var w = 0; w < _weightedCodes.Count; w++) scales[_weightedCodes[w]] = multipliers[w];
        var compiled = FrameworkCompiler.Compile(FrameworkPerturbation.Scale(_alternatives[notApplicable + 1], scales));
        var width = compiled.SlotCount;
        var cells = new InputCell[_rows.Length * width];
        var leafScale = new decimal[_nominal.LeafCount];
        for (var l = 0; l < leafScale.Length; l++) leafScale[l] = _weightOfLeaf[l] < 0 ? 1m : multipliers[_weightOfLeaf[l]];
        for (var r = 0; r < _rows.Length; r++)
        {
            var row = cells.AsSpan(r * width, width);
            _rows[r].CopyTo(row);
            if (manualNoise is not null) MoveManual(manualNoise.ManualStream(draw, _unitOf[r]), row);
            FrameworkPerturbation.ScaleRow(_nominal, leafScale, row);
        }
        var results = new UnitScore[_rows.Length];
        CohortScorer.ScoreRows(compiled, cells, results, parallel: false);
        indices[.._unitCount].Clear();
        if (!totals.IsEmpty) totals[.._unitCount].Clear();
        for (var r = 0; r < _rows.Length; r++)
        {
            indices[_unitOf[r]] = results[r].IsScored ? results[r].Index : 0m;
            if (!totals.IsEmpty) totals[_unitOf[r]] = results[r].IsScored ? results[r].Total : 0m;
        }
    }

    private void MoveManual(DrawRandom random, Span<InputCell> row)
    {
        for (var l = 0; l < _manualStep.Length; l++)
        {
            var step = _manualStep[l];
            if (step == 0m) continue;
            var move = random.NextInt(3) - 1;
            var cell = row[l];
            if ((cell.Flags & InputFlags.Present) == 0 || (cell.Flags & InputFlags.NotApplicable) != 0 || move == 0) continue;
            var points = cell.First + move * step;
            if (points < 0m || points > _leafMax[l]) continue;
            row[l] = new InputCell(points, cell.Second, cell.Choice, cell.Flags);
        }
    }
}
