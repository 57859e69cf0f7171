using System.Buffers;
using System.Numerics;

namespace ParIndex.Engine.Cohorts;

/// <summary>
/// The sort behind a cohort's ranking: the ranked units in order of (block, index descending, input order), each with
/// a 64-bit key whose equal values are tied units and whose high bits (above a shift) are the block.
/// <para>
/// An index is a decimal with a bounded number of decimals (the framework rounds it), so scaled by 10^decimals it is
/// a whole number: (block, scaled index) packs into one 64-bit integer and a stable least-significant-digit radix sort
/// orders the units in linear time, keeping the input order among equal keys. Indexes that do not fit (more than 18
/// decimals, magnitudes past 2^62 once scaled, a range of blocks and values over 64 bits) take the comparison sort,
/// whose keys are made after sorting (block and tie ordinals); both give the same order.
/// </para>
/// </summary>
internal static class RankKeys
{
    private const int DigitBits = 8;
    private const ulong ScaledLimit = 1UL << 62;

    private static readonly ulong[] PowersOfTen = [.. Enumerable.Range(0, 19).Select(Pow10)];

    private static ulong Pow10(int p)
    {
        var v = 1UL;
        for (var i = 0; i < p; i++) v *= 10;
        return v;
    }

    /// <summary>
    /// Sorts the <paramref name="m"/> ranked units of <paramref name="units"/> into <paramref name="order"/> by a radix
    /// sort on packed keys; false (and nothing usable written) when the indexes do not fit a 64-bit key.
    /// </summary>
    public static bool SortByKey(ReadOnlySpan<RankEntry> units, int[] order, ulong[] keys, int m, out int shift)
    {
        shift = 0;
        var maxScale = 0;
        var minBlock = int.MaxValue;
        var maxBlock = int.MinValue;
        var k = 0;
        for (var i = 0; i < units.Length; i++)
        {
            ref readonly var unit = ref units[i];
            if (!unit.Scored || !unit.Ranked) continue;
            order[k++] = i;
            maxScale = Math.Max(maxScale, unit.Index.Scale);
            minBlock = Math.Min(minBlock, unit.Block);
            maxBlock = Math.Max(maxBlock, unit.Block);
        }
        if (m == 0) return true;
        if (maxScale >= PowersOfTen.Length) return false;

        // The scaled indexes, as signed whole numbers, into keys[] for now.
        Span<int> bits = stackalloc int[4];
        var minValue = long.MaxValue;
        var maxValue = long.MinValue;
        for (var j = 0; j < m; j++)
        {
            decimal.GetBits(units[order[j]].Index, bits);
            if (bits[2] != 0) return false;
            var mantissa = (uint)bits[0] | ((ulong)(uint)bits[1] << 32);
            var factor = PowersOfTen[maxScale - ((bits[3] >> 16) & 0xFF)];
            if (mantissa != 0 && mantissa >= ScaledLimit / factor) return false;
            var value = (long)(mantissa * factor);
            if (bits[3] < 0) value = -value;
            keys[j] = (ulong)value;
            minValue = Math.Min(minValue, value);
            maxValue = Math.Max(maxValue, value);
        }

        var valueBits = 64 - BitOperations.LeadingZeroCount((ulong)(maxValue - minValue));
        var blockBits = 64 - BitOperations.LeadingZeroCount((ulong)((long)maxBlock - minBlock));
        if (valueBits + blockBits > 64 || valueBits >= 64) return false;
        // Best first: the highest index gets the smallest key within its block.
        for (var j = 0; j < m; j++)
        {
            var block = (ulong)((long)units[order[j]].Block - minBlock);
            var descending = (ulong)(maxValue - (long)keys[j]);
            keys[j] = blockBits == 0 ? descending : (block << valueBits) | descending;
        }
        RadixSort(keys, order, m, valueBits + blockBits);
        shift = valueBits;
        return true;
    }

    /// <summary>The comparison sort for indexes that do not fit a key: keys made afterwards from runs of equal blocks and indexes.</summary>
    public static void SortByComparison(ReadOnlySpan<RankEntry> units, int[] order, ulong[] keys, int m)
    {
        var k = 0;
        for (var i = 0; i < units.Length; i++)
            if (units[i].Scored && units[i].Ranked) order[k++] = i;
        var entries = units.ToArray();
        Array.Sort(order, 0, m, Comparer<int>.Create((x, y) =>
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
                ref readonly var previous = ref entries[order[j - 1]];
                ref readonly var current = ref entries[order[j]];
                if (current.Block != previous.Block) (block, tie) = (block + 1, tie + 1);
                else if (current.Index != previous.Index) tie++;
            }
            keys[j] = (block << 32) | tie;
        }
    }

    // Stable LSD radix sort of (keys, order) by the low `bits` bits of the keys, a byte at a time.
    private static void RadixSort(ulong[] keys, int[] order, int m, int bits)
    {
        if (bits == 0 || m < 2) return;
        var passes = (bits + DigitBits - 1) / DigitBits;
        var otherKeys = ArrayPool<ulong>.Shared.Rent(m);
        var otherOrder = ArrayPool<int>.Shared.Rent(m);
        try
        {
            Span<int> counts = stackalloc int[1 << DigitBits];
            var (fromKeys, fromOrder, toKeys, toOrder) = (keys, order, otherKeys, otherOrder);
            for (var pass = 0; pass < passes; pass++)
            {
                var shift = pass * DigitBits;
                counts.Clear();
                for (var j = 0; j < m; j++) counts[(int)((fromKeys[j] >> shift) & 0xFF)]++;
                // A digit every key shares moves nothing: skip the pass.
                if (counts[(int)((fromKeys[0] >> shift) & 0xFF)] == m) continue;
                var sum = 0;
                for (var d = 0; d < counts.Length; d++) (counts[d], sum) = (sum, sum + counts[d]);
                for (var j = 0; j < m; j++)
                {
                    var key = fromKeys[j];
                    var at = counts[(int)((key >> shift) & 0xFF)]++;
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
