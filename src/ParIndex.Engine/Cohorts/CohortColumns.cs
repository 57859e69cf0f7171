using System.Numerics;
using ParIndex.Engine.Model;
using ParIndex.Engine.Results;

namespace ParIndex.Engine.Cohorts;

/// <summary>
/// What the cohort steps read of each unit, copied once from the standings and their cards into arrays in the units'
/// order (whether it was scored, its index, rank, final band and block, its id's characters), and the sums of the
/// scored units' area points (awarded and applicable max), for the whole cohort and for each block, added in the
/// units' order. Built once by <see cref="CohortResult"/>.
/// <para>
/// Why: the statistics and year over year read a few fields of every unit, and through the standings they find them
/// behind three or four references each (standing, card, node list, node, id string), objects spread over memory
/// that at a million units no cache holds: every unit was then several waits on main memory, and the time per unit
/// doubled from ten thousand units to a million. Read in order from these arrays, the same fields stream. The cost:
/// about 40 bytes a unit and 2 a character of its id, a small part of the cards they are copied from (a card holds every
/// node of the tree, with its reasons), and one read of every card when the cohort is built. The area points are
/// summed then rather than kept per unit (32 bytes a unit per area): the statistics need only their sums, and adding
/// them in the units' order gives the same sums, to the last digit, as adding them when asked.
/// </para>
/// </summary>
internal sealed class CohortColumns
{
    private readonly Row[] _rows;
    private readonly char[] _ids;
    private readonly int[] _idStarts;    // unit i's id is _ids[_idStarts[i] .. _idStarts[i + 1]]
    private readonly decimal[] _areaSums;  // per block (the whole cohort first), per area: the points awarded, then the applicable max
    private readonly ulong[] _idFilter;  // a bit per id hash: see MayHaveId
    private readonly int _idFilterMask;

    /// <summary>One unit's fields: a value, so a pass over the units reads one array in order.</summary>
    /// <param name="Index">The index (0 when not scored).</param>
    /// <param name="Rank">The rank in the block; 0 for none.</param>
    /// <param name="Block">The position of the unit's block in <see cref="CohortResult.Blocks"/>.</param>
    /// <param name="Band">The position of the final band in the framework's bands; -1 for none (or a label it does not have).</param>
    /// <param name="Scored">Whether the unit was scored.</param>
    internal readonly record struct Row(decimal Index, int Rank, int Block, int Band, bool Scored);

    /// <summary>The columns of <paramref name="units"/>; <paramref name="blockOrder"/> gives a block's position, below <paramref name="blockCount"/>.</summary>
    public CohortColumns(Framework framework, IReadOnlyList<UnitStanding> units, Func<string?, int> blockOrder, int blockCount)
    {
        var count = units.Count;
        var areas = framework.Areas;
        AreaCount = areas.Count;
        _rows = new Row[count];
        _idStarts = new int[count + 1];
        _areaSums = new decimal[(blockCount + 1) * AreaCount * 2];
        var idLength = 0L;
        for (var i = 0; i < count; i++) idLength += units[i].UnitId.Length;
        _ids = new char[idLength];
        _idFilterMask = (int)Math.Min(BitOperations.RoundUpToPowerOf2((ulong)Math.Max(count, 8) * 8), 1UL << 30) - 1;
        _idFilter = new ulong[(_idFilterMask >> 6) + 1];

        // An area's node is looked for where the previous card had it (cards of one framework list their nodes
        // alike) before the card's own look-up, which builds a dictionary per card. Only scored units are summed.
        var at = new int[AreaCount];
        var idAt = 0;
        for (var i = 0; i < count; i++)
        {
            var unit = units[i];
            var card = unit.Card;
            var block = blockOrder(card.Block);
            var scored = card.IsScored;
            _rows[i] = new Row(card.Index, unit.Rank ?? 0, block, Standings.BandIndexOf(framework, unit.Band), scored);
            _idStarts[i] = idAt;
            unit.UnitId.CopyTo(_ids.AsSpan(idAt));
            idAt += unit.UnitId.Length;
            var bit = FilterBit(unit.UnitId);
            _idFilter[bit >> 6] |= 1UL << bit;
            if (!scored) continue;
            var nodes = card.Nodes;
            var all = _areaSums.AsSpan(0, AreaCount * 2);
            var own = _areaSums.AsSpan((block + 1) * AreaCount * 2, AreaCount * 2);
            for (var a = 0; a < AreaCount; a++)
            {
                var code = areas[a].Code;
                var p = at[a];
                NodeScore? node;
                if (p < nodes.Count && string.Equals(nodes[p].Code, code, StringComparison.Ordinal)) node = nodes[p];
                else
                {
                    node = card.Find(code);
                    if (node is not null) at[a] = IndexOf(nodes, node);
                }
                if (node is null) continue;
                all[2 * a] += node.Awarded;
                all[(2 * a) + 1] += node.ApplicableMaxPoints;
                own[2 * a] += node.Awarded;
                own[(2 * a) + 1] += node.ApplicableMaxPoints;
            }
        }
        _idStarts[count] = idAt;
    }

    /// <summary>The units, in order.</summary>
    public ReadOnlySpan<Row> Rows => _rows;

    /// <summary>The number of areas whose points each unit holds.</summary>
    public int AreaCount { get; }

    /// <summary>Unit <paramref name="i"/>'s id.</summary>
    public ReadOnlySpan<char> Id(int i) => _ids.AsSpan(_idStarts[i], _idStarts[i + 1] - _idStarts[i]);

    /// <summary>
    /// False when no unit has the id <paramref name="id"/>; true when one may. A bit per id hash, 8 bits a unit (about
    /// one id in nine not here is let through): most ids of new units are told apart here, in a table a cache holds,
    /// instead of by the id look-up, which at a million units is a wait on main memory each.
    /// </summary>
    public bool MayHaveId(ReadOnlySpan<char> id)
    {
        var bit = FilterBit(id);
        return (_idFilter[bit >> 6] & (1UL << bit)) != 0;
    }

    /// <summary>
    /// The sums over the scored units of <paramref name="block"/> (a position in <see cref="CohortResult.Blocks"/>; -1
    /// for the whole cohort), for each area: the points awarded, then the applicable max (a card without the area's
    /// node adds nothing).
    /// </summary>
    public ReadOnlySpan<decimal> AreaSums(int block) => _areaSums.AsSpan((block + 1) * AreaCount * 2, AreaCount * 2);

    private int FilterBit(ReadOnlySpan<char> id) => string.GetHashCode(id) & _idFilterMask;

    private static int IndexOf(IReadOnlyList<NodeScore> nodes, NodeScore node)
    {
        for (var i = 0; i < nodes.Count; i++) if (ReferenceEquals(nodes[i], node)) return i;
        return 0;
    }
}
