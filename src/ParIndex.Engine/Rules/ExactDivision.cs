using System.Numerics;
using System.Runtime.CompilerServices;
using ParIndex.Engine.Model;

namespace ParIndex.Engine.Rules;

/// <summary>
/// Every quotient the engine rounds, computed exactly: products first, one division last, rounded once.
/// </summary>
/// <remarks>
/// <para>
/// <c>decimal</c> keeps 28-29 significant digits, so <c>a / b * c</c> rounds <c>a / b</c> at its last digit; when
/// the exact result sits on a half at the declared decimals, that digit decides the rounding, sometimes the wrong way
/// (3 × 2084 / 2400 = 2.605 exactly, but 3 × (2084 / 24) / 100 = 2.6049…). Here a quotient
/// <c>n1 × n2 × n3 × 10^shift / (d1 × d2)</c> is taken apart into the integer mantissas and powers of ten of its
/// factors, brought to one integer numerator and one integer denominator scaled to the rounding place, and divided
/// once with its remainder: the remainder decides the rounding, exactly, in every mode.
/// </para>
/// <para>
/// The integers are <see cref="UInt128"/> (no allocation, the bulk path calls this per leaf); when a product could
/// need more than 128 bits the same steps run on <see cref="BigInteger"/>, which allocates but is exact. With the
/// framework's limits (max points at most 1,000, percentages, whole counts) the 128-bit path covers every realistic
/// input; only values with more than about 20 significant digits take the big-integer path.
/// </para>
/// </remarks>
internal static class ExactDivision
{
    private static readonly UInt128[] Powers = BuildPowers();

    private static UInt128[] BuildPowers()
    {
        var powers = new UInt128[39];
        powers[0] = 1;
        for (var i = 1; i < powers.Length; i++) powers[i] = powers[i - 1] * 10;
        return powers;
    }

    /// <summary><c>numerator × factor / denominator</c>, rounded once at <paramref name="places"/> in <paramref name="mode"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static decimal Round(decimal numerator, decimal factor, decimal denominator, int places, RoundingMode mode) =>
        Round(numerator, factor, 1m, denominator, 1m, 0, places, mode);

    /// <summary>
    /// <c>n1 × n2 × n3 × 10^shift / (d1 × d2)</c>, rounded once at <paramref name="places"/> (0 to 28) in <paramref name="mode"/>.
    /// </summary>
    /// <exception cref="DivideByZeroException">The denominator is 0.</exception>
    public static decimal Round(decimal n1, decimal n2, decimal n3, decimal d1, decimal d2, int shift, int places, RoundingMode mode) =>
        Divide(n1, n2, n3, d1, d2, shift, places, mode, out _);

    /// <summary>
    /// The same quotient cut (not rounded) at <paramref name="places"/>, and whether that is its exact value: for showing
    /// the unrounded figure on a card ("2.605", or "86.83…" when it goes on).
    /// </summary>
    public static decimal Truncated(decimal n1, decimal n2, decimal n3, decimal d1, decimal d2, int shift, int places, out bool exact) =>
        Divide(n1, n2, n3, d1, d2, shift, places, RoundingMode.Truncate, out exact);

    /// <summary>The sign of <c>a × b − c × d</c>, exactly: how a ratio is compared with a threshold without dividing.</summary>
    public static int CompareProducts(decimal a, decimal b, decimal c, decimal d)
    {
        Span<int> bits = stackalloc int[4];
        var ma = Split(a, bits, out var sa, out var na);
        var mb = Split(b, bits, out var sb, out var nb);
        var mc = Split(c, bits, out var sc, out var nc);
        var md = Split(d, bits, out var sd, out var nd);
        var leftSign = ma == 0 || mb == 0 ? 0 : na ^ nb ? -1 : 1;
        var rightSign = mc == 0 || md == 0 ? 0 : nc ^ nd ? -1 : 1;
        if (leftSign != rightSign) return leftSign.CompareTo(rightSign);
        if (leftSign == 0) return 0;
        // Bring both products to the same scale: the one with fewer decimals times the power of ten between them.
        var diff = sa + sb - sc - sd;
        if (TryMultiply(ma, mb, out var left) && TryMultiply(mc, md, out var right) && diff is >= -38 and <= 38
            && (diff >= 0 ? TryMultiply(right, Powers[diff], out right) : TryMultiply(left, Powers[-diff], out left)))
            return leftSign * left.CompareTo(right);
        var bigLeft = (BigInteger)ma * mb * BigInteger.Pow(10, sc + sd);
        var bigRight = (BigInteger)mc * md * BigInteger.Pow(10, sa + sb);
        return leftSign * bigLeft.CompareTo(bigRight);
    }

    private static decimal Divide(decimal n1, decimal n2, decimal n3, decimal d1, decimal d2, int shift, int places, RoundingMode mode, out bool exact)
    {
        if (d1 == 0m || d2 == 0m) throw new DivideByZeroException();
        var negative = (decimal.IsNegative(n1) ^ decimal.IsNegative(n2) ^ decimal.IsNegative(n3) ^ decimal.IsNegative(d1) ^ decimal.IsNegative(d2))
            && n1 != 0m && n2 != 0m && n3 != 0m;
        Span<int> bits = stackalloc int[4];
        var m1 = Split(n1, bits, out var s1, out _);
        var m2 = Split(n2, bits, out var s2, out _);
        var m3 = Split(n3, bits, out var s3, out _);
        var m4 = Split(d1, bits, out var s4, out _);
        var m5 = Split(d2, bits, out var s5, out _);
        // value × 10^places = m1 m2 m3 / (m4 m5) × 10^(s4 + s5 − s1 − s2 − s3 + shift + places)
        var exponent = s4 + s5 - s1 - s2 - s3 + shift + places;
        if (exponent is >= -38 and <= 38
            && TryMultiply(m1, m2, out var numerator) && TryMultiply(numerator, m3, out numerator) && TryMultiply(m4, m5, out var denominator)
            && (exponent >= 0 ? TryMultiply(numerator, Powers[exponent], out numerator) : TryMultiply(denominator, Powers[-exponent], out denominator)))
        {
            UInt128 quotient, remainder;
            if (numerator <= ulong.MaxValue && denominator <= ulong.MaxValue)
            {
                // The common case: a 64-bit division.
                var (q, r) = Math.DivRem((ulong)numerator, (ulong)denominator);
                (quotient, remainder) = (q, r);
            }
            else
            {
                (quotient, remainder) = UInt128.DivRem(numerator, denominator);
            }
            exact = remainder == 0;
            if (RoundsUp(mode, remainder, denominator, (quotient & 1) != 0)) quotient++;
            if (quotient >> 96 == 0) return new decimal((int)(uint)quotient, (int)(uint)(quotient >> 32), (int)(uint)(quotient >> 64), negative && quotient != 0, (byte)places);
        }
        return DivideBig(n1, n2, n3, d1, d2, shift, places, mode, negative, out exact);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool RoundsUp(RoundingMode mode, UInt128 remainder, UInt128 denominator, bool odd)
    {
        if (remainder == 0 || mode == RoundingMode.Truncate) return false;
        // remainder against half the denominator, without doubling (which could overflow): r ≥ d − r.
        var rest = denominator - remainder;
        return mode == RoundingMode.HalfToEven ? remainder > rest || (remainder == rest && odd) : remainder >= rest;
    }

    /// <summary>The big-integer path: the same steps, for factors whose products do not fit in 128 bits.</summary>
    private static decimal DivideBig(decimal n1, decimal n2, decimal n3, decimal d1, decimal d2, int shift, int places, RoundingMode mode, bool negative, out bool exact)
    {
        var exponent = Scale(d1) + Scale(d2) - Scale(n1) - Scale(n2) - Scale(n3) + shift + places;
        var numerator = BigInteger.Abs(Big(n1) * Big(n2) * Big(n3));
        var denominator = BigInteger.Abs(Big(d1) * Big(d2));
        if (exponent >= 0) numerator *= BigInteger.Pow(10, exponent);
        else denominator *= BigInteger.Pow(10, -exponent);
        var quotient = BigInteger.DivRem(numerator, denominator, out var remainder);
        exact = remainder.IsZero;
        var rest = denominator - remainder;
        var up = !remainder.IsZero && mode switch
        {
            RoundingMode.Truncate => false,
            RoundingMode.HalfToEven => remainder > rest || (remainder == rest && !quotient.IsEven),
            _ => remainder >= rest,
        };
        if (up) quotient += 1;
        var result = (decimal)quotient / PowerOfTen(places);
        return negative ? -result : result;
    }

    private static decimal PowerOfTen(int places)
    {
        var p = 1m;
        for (var i = 0; i < places; i++) p *= 10m;
        return p;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static UInt128 Split(decimal value, Span<int> bits, out int scale, out bool negative)
    {
        decimal.GetBits(value, bits);
        scale = (bits[3] >> 16) & 0xFF;
        negative = bits[3] < 0;
        return ((UInt128)(uint)bits[2] << 64) | ((ulong)(uint)bits[1] << 32) | (uint)bits[0];
    }

    private static int Scale(decimal value) => value.Scale;

    private static BigInteger Big(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        var mantissa = Split(value, bits, out _, out var negative);
        var big = (BigInteger)mantissa;
        return negative ? -big : big;
    }

    /// <summary>a × b when it surely fits in 128 bits (the bit lengths add up to at most 128); false otherwise.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryMultiply(UInt128 a, UInt128 b, out UInt128 product)
    {
        if (a <= ulong.MaxValue && b <= ulong.MaxValue)
        {
            var high = Math.BigMul((ulong)a, (ulong)b, out var low);
            product = new UInt128(high, low);
            return true;
        }
        if (256 - (int)UInt128.LeadingZeroCount(a) - (int)UInt128.LeadingZeroCount(b) <= 128)
        {
            product = a * b;
            return true;
        }
        product = 0;
        return false;
    }
}
