using ParIndex.Engine.Evaluation;
using ParIndex.Engine.Model;
using ParIndex.Engine.Rules;

namespace ParIndex.Engine.Analysis;

/// <summary>
/// Ranks and bands of one draw, per block, as <c>Cohorts.Standings</c> gives them for a scored cohort: competition or
/// dense ranks of the ranked units, bands by cut-off (or by rank), the top-band quota and the disqualifiers' caps.
/// Reuses its buffers: allocates nothing per draw.
/// </summary>
internal sealed class DrawStandings
{
    private readonly Framework _framework;
    private readonly int[][] _blocks;          // per block: its ranked, scored units in input order
    private readonly int[] _cap;               // per unit: the worst band a disqualifier allows, -1 when none
    private readonly bool[] _scored;
    private readonly decimal[][] _cutOffs;     // [0] the framework's own, then the alternatives

    public DrawStandings(CompiledFramework framework, IReadOnlyList<UnitAssessment> units, IReadOnlyList<InputCell[]?> rows, Func<int, bool> scored, IReadOnlyList<IReadOnlyList<decimal>> cutOffAlternatives)
    {
        _framework = framework.Framework;
        _scored = [.. Enumerable.Range(0, units.Count).Select(scored)];
        _blocks = [.. Enumerable.Range(0, units.Count).Where(u => _scored[u] && units[u].Ranked).GroupBy(u => units[u].Block).Select(g => g.ToArray())];
        _cap = new int[units.Count];
        var bands = _framework.Bands;
        for (var u = 0; u < units.Count; u++)
        {
            _cap[u] = -1;
            var row = rows[u];
            if (row is null) continue;
            for (var d = 0; d < _framework.Disqualifiers.Count; d++)
            {
                var cell = row[framework.FirstDisqualifierSlot + d];
                if ((cell.Flags & InputFlags.Present) == 0 || cell.First == 0m) continue;
                var cap = bands.ToList().FindIndex(b => b.Label == _framework.Disqualifiers[d].HighestBand);
                if (cap > _cap[u]) _cap[u] = cap;
            }
        }
        _cutOffs = [[.. bands.Select(b => b.MinIndex)], .. cutOffAlternatives.Select(c => c.ToArray())];
        LargestBlock = _blocks.Length == 0 ? 0 : _blocks.Max(b => b.Length);
    }

    public int LargestBlock { get; }

    /// <summary>The buffers of one thread.</summary>
    public (decimal[] Keys, int[] Items, int[] Competition) CreateBuffers() => (new decimal[LargestBlock], new int[LargestBlock], new int[LargestBlock]);

    /// <summary>
    /// Ranks (0 for a unit not ranked) and band indices (-1 for none) of every unit, from the draw's indices and cut-offs
    /// (-1 for the framework's own).
    /// </summary>
    public void Rank(ReadOnlySpan<decimal> indices, int cutOffs, Span<int> ranks, Span<sbyte> bands, (decimal[] Keys, int[] Items, int[] Competition) buffers)
    {
        var policy = _framework.Policy;
        var minima = _cutOffs[cutOffs + 1];
        var bandCount = minima.Length;
        for (var u = 0; u < ranks.Length; u++)
        {
            ranks[u] = 0;
            if (!_scored[u] || bandCount == 0 || policy.BandsByRank) { bands[u] = -1; continue; }
            var band = bandCount - 1;
            for (var b = 0; b < bandCount; b++)
                if (indices[u] >= minima[b]) { band = b; break; }
            bands[u] = (sbyte)Math.Max(band, _cap[u]);
        }

        foreach (var block in _blocks)
        {
            var n = block.Length;
            var keys = buffers.Keys.AsSpan(0, n);
            var items = buffers.Items.AsSpan(0, n);
            var competition = buffers.Competition.AsSpan(0, n);
            for (var j = 0; j < n; j++)
            {
                keys[j] = -indices[block[j]];
                items[j] = block[j];
            }
            keys.Sort(items);
            var dense = 0;
            for (var j = 0; j < n; j++)
            {
                var tied = j > 0 && keys[j] == keys[j - 1];
                if (!tied) dense++;
                competition[j] = tied ? competition[j - 1] : j + 1;
                ranks[items[j]] = policy.Ranking == RankingMethod.Dense ? dense : competition[j];
            }
            if (bandCount == 0) continue;
            if (policy.BandsByRank)
            {
                for (var j = 0; j < n; j++) bands[items[j]] = (sbyte)Math.Max((competition[j] - 1) * bandCount / n, _cap[items[j]]);
            }
            else if (policy.TopBandQuotaPercent is { } quota && n > 0)
            {
                var allowed = (int)Math.Floor(quota * n / 100m);
                for (var j = 0; j < n; j++)
                {
                    var unit = items[j];
                    if (bands[unit] != 0) continue;
                    var last = j;
                    while (last + 1 < n && competition[last + 1] == competition[j]) last++;
                    if (last + 1 > allowed) bands[unit] = (sbyte)Math.Max(Math.Min(1, bandCount - 1), _cap[unit]);
                }
            }
        }
    }
}
