using System.Buffers;
using System.Numerics;

namespace ParIndex.Engine.Cohorts;

/// <summary>
/// The sort behind a cohort's ranking: the ranked units in order of (block, index descending, input order), each with
/// a 64-bit key whose equal values are tied units and whose high bits (above <see cref="Shift"/>) are the block.
/// <para>
/// An index is a decimal with a bounded number of decimals (the framework rounds it), so scaled by 10^decimals it is
/// a whole number: (block, scaled index) packs into one 64-bit integer and a stable least-significant-digit radix sort
/// orders the units in linear time, keeping the input order among equal keys. Indexes that do not fit (more than 18
/// decimals, magnitudes past 2^62 once scaled, a range of blocks and values over 64 bits) take the comparison sort,
/// whose keys are made after sorting (block and tie ordinals); both give the same order.
/// </para>
/// <para>
/// Why the units are gathered one by one (<see cref="Add"/>) into compact arrays: at a million units the entries are
/// tens of megabytes, past the cache, while what the sort needs is 17 bytes a unit. The caller reads each entry once,
/// in its own pass, and every later pass reads only these arrays, so the time per unit stays flat as the cohort grows.
/// A mutable struct over pooled arrays, so a ranking allocates nothing: pass it by reference and call
/// <see cref="Dispose"/> once.
/// </para>
/// </summary>
internal struct RankKeys : IDisposable
{
    private const int DigitBits = 8;
    private const ulong ScaledLimit = 1UL << 62;

    private static readonly ulong[] PowersOfTen = [.. Enumerable.Range(0, 19).Select(Pow10)];

    private readonly int[] _order;
    private readonly ulong[] _keys;
    private readonly byte[] _scales;   // the index's decimals, and the sign in the high bit
    private readonly int[] _blocks;
    private int _maxScale;
    private int _minBlock;
    private int _maxBlock;
    private bool _fits;

    /// <summary>Room for <paramref name="capacity"/> ranked units, from the shared array pool.</summary>
    public RankKeys(int capacity)
    {
        var size = Math.Max(capacity, 1);
        _order = ArrayPool<int>.Shared.Rent(size);
        _keys = ArrayPool<ulong>.Shared.Rent(size);
        _scales = ArrayPool<byte>.Shared.Rent(size);
        _blocks = ArrayPool<int>.Shared.Rent(size);
        _minBlock = int.MaxValue;
        _maxBlock = int.MinValue;
        _fits = true;
    }

    /// <summary>The number of ranked units added.</summary>
    public int Count { get; private set; }

    /// <summary>The input positions of the ranked units: in the order added, and once sorted best first within each block.</summary>
    public readonly ReadOnlySpan<int> Order => _order.AsSpan(0, Count);

    /// <summary>Once made, each unit's key (in the order of <see cref="Order"/>); equal keys are tied units, <c>key &gt;&gt; Shift</c> is the block.</summary>
    public readonly ReadOnlySpan<ulong> Keys => _keys.AsSpan(0, Count);

    /// <summary>Once made: where the block starts in a key.</summary>
    public int Shift { get; private set; }

    /// <summary>The ranked units of <paramref name="units"/>, gathered (for callers with no pass of their own to share).</summary>
    public static RankKeys Gather(ReadOnlySpan<RankEntry> units)
    {
        var keys = new RankKeys(units.Length);
        Span<int> bits = stackalloc int[4];
        for (var i = 0; i < units.Length; i++)
            if (units[i].Scored && units[i].Ranked) keys.Add(i, in units[i], bits);
        return keys;
    }

    /// <summary>Adds a ranked unit at input position <paramref name="position"/>; <paramref name="bits"/> is scratch of 4 ints.</summary>
    public void Add(int position, in RankEntry unit, Span<int> bits)
    {
        var k = Count++;
        _order[k] = position;
        var block = unit.Block;
        _blocks[k] = block;
        if (block < _minBlock) _minBlock = block;
        if (block > _maxBlock) _maxBlock = block;
        decimal.GetBits(unit.Index, bits);
        if (bits[2] != 0) _fits = false;
        var scale = (bits[3] >> 16) & 0xFF;
        if (scale > _maxScale) _maxScale = scale;
        _keys[k] = (uint)bits[0] | ((ulong)(uint)bits[1] << 32);
        _scales[k] = (byte)(scale | (bits[3] < 0 ? 0x80 : 0));
    }

    /// <summary>One more than the largest key, once made by <see cref="TryMakeKeys"/>: the keys are below it.</summary>
    public ulong KeyLimit { get; private set; }

    /// <summary>Makes and sorts the keys (<see cref="TryMakeKeys"/>, then <see cref="SortByKey"/>); false when the indexes do not fit one.</summary>
    public bool TrySortByKey()
    {
        if (!TryMakeKeys()) return false;
        SortByKey();
        return true;
    }

    /// <summary>
    /// Turns each unit's index and block into its key, in the order added: the block above <see cref="Shift"/>, below
    /// it the distance from the block's best index (0 for the best). False, and nothing usable written, when the
    /// indexes do not fit a 64-bit key.
    /// </summary>
    public bool TryMakeKeys()
    {
        var m = Count;
        Shift = 0;
        KeyLimit = 0;
        if (m == 0) return true;
        if (!_fits || _maxScale >= PowersOfTen.Length) return false;

        // The scaled indexes, as signed whole numbers.
        var minValue = long.MaxValue;
        var maxValue = long.MinValue;
        var keys = _keys;
        var scales = _scales;
        for (var j = 0; j < m; j++)
        {
            var mantissa = keys[j];
            var factor = PowersOfTen[_maxScale - (scales[j] & 0x7F)];
            if (mantissa != 0 && mantissa >= ScaledLimit / factor) return false;
            var value = (long)(mantissa * factor);
            if (scales[j] >= 0x80) value = -value;
            keys[j] = (ulong)value;
            if (value < minValue) minValue = value;
            if (value > maxValue) maxValue = value;
        }

        var valueBits = 64 - BitOperations.LeadingZeroCount((ulong)(maxValue - minValue));
        var blockBits = 64 - BitOperations.LeadingZeroCount((ulong)((long)_maxBlock - _minBlock));
        if (valueBits + blockBits >= 64) return false;
        // Best first: the highest index gets the smallest key within its block.
        if (blockBits == 0)
        {
            for (var j = 0; j < m; j++) keys[j] = (ulong)(maxValue - (long)keys[j]);
        }
        else
        {
            var blocks = _blocks;
            for (var j = 0; j < m; j++)
                keys[j] = ((ulong)((long)blocks[j] - _minBlock) << valueBits) | (ulong)(maxValue - (long)keys[j]);
        }
        Shift = valueBits;
        KeyLimit = ((ulong)((long)_maxBlock - _minBlock) << valueBits) + (ulong)(maxValue - minValue) + 1;
        return true;
    }

    /// <summary>Sorts the keys made by <see cref="TryMakeKeys"/>, with a stable radix sort: input order among equal keys.</summary>
    public readonly void SortByKey() => RadixSort(_keys, _order, Count, 64 - BitOperations.LeadingZeroCount(KeyLimit - 1));

    /// <summary>The comparison sort for indexes that do not fit a key: keys made afterwards from runs of equal blocks and indexes.</summary>
    public void SortByComparison(ReadOnlySpan<RankEntry> units)
    {
        var m = Count;
        var entries = units.ToArray();
        Array.Sort(_order, 0, m, Comparer<int>.Create((x, y) =>
        {
            var c = entries[x].Block.CompareTo(entries[y].Block);
            if (c != 0) return c;
            c = entries[y].Index.CompareTo(entries[x].Index);
            return c != 0 ? c : x.CompareTo(y);
        }));
        ulong block = 0, tie = 0;
        for (var j = 0; j < m; j++)
        {
            if (j > 0)
            {
                ref readonly var previous = ref entries[_order[j - 1]];
                ref readonly var current = ref entries[_order[j]];
                if (current.Block != previous.Block) (block, tie) = (block + 1, tie + 1);
                else if (current.Index != previous.Index) tie++;
            }
            _keys[j] = (block << 32) | tie;
        }
        Shift = 32;
    }

    /// <summary>Returns the arrays to the pool.</summary>
    public readonly void Dispose()
    {
        ArrayPool<int>.Shared.Return(_order);
        ArrayPool<ulong>.Shared.Return(_keys);
        ArrayPool<byte>.Shared.Return(_scales);
        ArrayPool<int>.Shared.Return(_blocks);
    }

    private static ulong Pow10(int p)
    {
        var v = 1UL;
        for (var i = 0; i < p; i++) v *= 10;
        return v;
    }

    // Stable LSD radix sort of (keys, order) by the low `bits` bits of the keys, a byte at a time. The counts of every
    // digit come from one read of the keys: a pass moves keys, it does not change which digits they hold.
    private static void RadixSort(ulong[] keys, int[] order, int m, int bits)
    {
        if (bits == 0 || m < 2) return;
        var passes = (bits + DigitBits - 1) / DigitBits;
        Span<int> counts = stackalloc int[passes << DigitBits];
        counts.Clear();
        for (var j = 0; j < m; j++)
        {
            var key = keys[j];
            for (var pass = 0; pass < passes; pass++)
                counts[(pass << DigitBits) + (int)((key >> (pass * DigitBits)) & 0xFF)]++;
        }

        var otherKeys = ArrayPool<ulong>.Shared.Rent(m);
        var otherOrder = ArrayPool<int>.Shared.Rent(m);
        try
        {
            var (fromKeys, fromOrder, toKeys, toOrder) = (keys, order, otherKeys, otherOrder);
            for (var pass = 0; pass < passes; pass++)
            {
                var shift = pass * DigitBits;
                var digitCounts = counts.Slice(pass << DigitBits, 1 << DigitBits);
                // A digit every key shares moves nothing: skip the pass.
                if (digitCounts[(int)((fromKeys[0] >> shift) & 0xFF)] == m) continue;
                var sum = 0;
                for (var d = 0; d < digitCounts.Length; d++) (digitCounts[d], sum) = (sum, sum + digitCounts[d]);
                for (var j = 0; j < m; j++)
                {
                    var key = fromKeys[j];
                    var at = digitCounts[(int)((key >> shift) & 0xFF)]++;
                    toKeys[at] = key;
                    toOrder[at] = fromOrder[j];
                }
                (fromKeys, fromOrder, toKeys, toOrder) = (toKeys, toOrder, fromKeys, fromOrder);
            }
            if (!ReferenceEquals(fromKeys, keys))
            {
                Array.Copy(fromKeys, keys, m);
                Array.Copy(fromOrder, order, m);
            }
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(otherKeys);
            ArrayPool<int>.Shared.Return(otherOrder);
        }
    }
}
