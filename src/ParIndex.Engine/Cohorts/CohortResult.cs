using ParIndex.Engine.Model;
using ParIndex.Engine.Results;

namespace ParIndex.Engine.Cohorts;

/// <summary>A scored cohort: every unit's standing in the input order, with ranks and final bands per block.</summary>
public sealed class CohortResult
{
    private readonly Dictionary<string, int> _byId;  // the first unit with an id, by position
    private readonly Dictionary<string, int> _blockOrder = new(StringComparer.Ordinal);
    private readonly int _nullBlockOrder = -1;
    private IReadOnlyList<UnitStanding>? _ranking;

    internal CohortResult(Framework framework, FrameworkIdentity identity, Stage stage, IReadOnlyList<UnitStanding> units)
    {
        Framework = framework;
        Identity = identity;
        Stage = stage;
        Units = units;
        _byId = new Dictionary<string, int>(units.Count, StringComparer.Ordinal);
        var blocks = new List<string?>();
        for (var i = 0; i < units.Count; i++)
        {
            var unit = units[i];
            if (!_byId.TryAdd(unit.UnitId, i)) HasRepeatedIds = true;
            // The blocks are counted once here: reading them must cost nothing, they are read once per unit by callers.
            if (unit.Block is null)
            {
                if (_nullBlockOrder < 0) { _nullBlockOrder = blocks.Count; blocks.Add(null); }
            }
            else if (_blockOrder.TryAdd(unit.Block, blocks.Count)) blocks.Add(unit.Block);
        }
        Blocks = new BlockList(blocks, this);
        Columns = new CohortColumns(framework, units, BlockOrder, blocks.Count);
    }

    /// <summary>What the cohort steps read of each unit, as arrays in the units' order (made here, once).</summary>
    internal CohortColumns Columns { get; }

    /// <summary>The framework scored with.</summary>
    public Framework Framework { get; }

    /// <summary>Its id, version and content hash.</summary>
    public FrameworkIdentity Identity { get; }

    /// <summary>The stage asked for.</summary>
    public Stage Stage { get; }

    /// <summary>Every unit, in the input order.</summary>
    public IReadOnlyList<UnitStanding> Units { get; }

    /// <summary>The units that were scored (no input errors).</summary>
    public IEnumerable<UnitStanding> Scored => Units.Where(u => u.Card.IsScored);

    /// <summary>The units whose input could not be scored, with their errors.</summary>
    public IEnumerable<UnitStanding> Failed => Units.Where(u => !u.Card.IsScored);

    /// <summary>The blocks, in order of first appearance (<see langword="null"/> for units without a block).</summary>
    public IReadOnlyList<string?> Blocks { get; }

    /// <summary>The position of <paramref name="block"/> in <see cref="Blocks"/> (-1 when no unit is in it), in constant time.</summary>
    public int BlockOrder(string? block) => block is null ? _nullBlockOrder : _blockOrder.GetValueOrDefault(block, -1);

    /// <summary>The ranked units of a block (all blocks when <paramref name="block"/> is <see langword="null"/>), best first; blocks in order of first appearance, ties keep the input order.</summary>
    public IReadOnlyList<UnitStanding> Ranking(string? block = null)
    {
        _ranking ??= Order();
        return block is null ? _ranking : [.. _ranking.Where(u => u.Block == block)];
    }

    /// <summary>Finds a unit by id.</summary>
    public UnitStanding? Find(string unitId) => PositionOf(unitId) is var i and >= 0 ? Units[i] : null;

    /// <summary>The position in <see cref="Units"/> of the first unit with this id; -1 when none.</summary>
    internal int PositionOf(string unitId) => _byId.TryGetValue(unitId, out var i) ? i : -1;

    /// <summary>The same for an id held as characters (<see cref="CohortColumns.Id"/>), without making it a string.</summary>
    internal int PositionOf(ReadOnlySpan<char> unitId) =>
        Columns.MayHaveId(unitId) && _byId.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(unitId, out var i) ? i : -1;

    /// <summary>Whether two units share an id (the library allows it; only the first is found by id).</summary>
    internal bool HasRepeatedIds { get; }

    internal sealed class BlockList(List<string?> blocks, CohortResult owner) : IReadOnlyList<string?>
    {
        public CohortResult Owner { get; } = owner;

        public int Count => blocks.Count;

        public string? this[int index] => blocks[index];

        public IEnumerator<string?> GetEnumerator() => blocks.GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    // One sort by (block, rank, input order): O(n log n).
    private UnitStanding[] Order()
    {
        var ranked = new List<(UnitStanding Unit, int Block, int Order)>();
        for (var i = 0; i < Units.Count; i++)
            if (Units[i].Rank is not null) ranked.Add((Units[i], BlockOrder(Units[i].Block), i));
        ranked.Sort((x, y) =>
        {
            var c = x.Block.CompareTo(y.Block);
            if (c != 0) return c;
            c = x.Unit.Rank!.Value.CompareTo(y.Unit.Rank!.Value);
            return c != 0 ? c : x.Order.CompareTo(y.Order);
        });
        return [.. ranked.Select(x => x.Unit)];
    }
}

internal static class ListExtensions
{
    public static int IndexOf<T>(this IReadOnlyList<T> list, T item)
    {
        // The blocks of a cohort are looked up once per unit by the reports: answer those from the dictionary.
        if (list is CohortResult.BlockList blocks && item is string or null) return blocks.Owner.BlockOrder(item as string);
        for (var i = 0; i < list.Count; i++) if (EqualityComparer<T>.Default.Equals(list[i], item)) return i;
        return -1;
    }
}
