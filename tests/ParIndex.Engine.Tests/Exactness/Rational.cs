using System.Numerics;
using ParIndex.Engine.Model;

namespace ParIndex.Engine.Tests.Exactness;

/// <summary>
/// An exact rational number (big-integer numerator and positive denominator), the reference the engine's figures are
/// checked against. Written in the tests on purpose: it shares no code with the engine's arithmetic.
/// </summary>
internal readonly record struct Rational : IComparable<Rational>
{
    public Rational(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.IsZero) throw new DivideByZeroException();
        if (denominator.Sign < 0) (numerator, denominator) = (-numerator, -denominator);
        var gcd = BigInteger.GreatestCommonDivisor(numerator, denominator);
        if (!gcd.IsOne && !gcd.IsZero) (numerator, denominator) = (numerator / gcd, denominator / gcd);
        Numerator = numerator;
        Denominator = denominator;
    }

    public BigInteger Numerator { get; }
    public BigInteger Denominator { get; }

    public static Rational Zero { get; } = new(0, 1);

    public static Rational Of(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var mantissa = new BigInteger((uint)bits[0]) | (new BigInteger((uint)bits[1]) << 32) | (new BigInteger((uint)bits[2]) << 64);
        var scale = (bits[3] >> 16) & 0xFF;
        if (bits[3] < 0) mantissa = -mantissa;
        return new Rational(mantissa, BigInteger.Pow(10, scale));
    }

    public static implicit operator Rational(decimal value) => Of(value);
    public static implicit operator Rational(int value) => new(value, 1);

    public static Rational operator +(Rational a, Rational b) => new(a.Numerator * b.Denominator + b.Numerator * a.Denominator, a.Denominator * b.Denominator);
    public static Rational operator -(Rational a, Rational b) => new(a.Numerator * b.Denominator - b.Numerator * a.Denominator, a.Denominator * b.Denominator);
    public static Rational operator *(Rational a, Rational b) => new(a.Numerator * b.Numerator, a.Denominator * b.Denominator);
    public static Rational operator /(Rational a, Rational b) => new(a.Numerator * b.Denominator, a.Denominator * b.Numerator);
    public static bool operator <(Rational a, Rational b) => a.CompareTo(b) < 0;
    public static bool operator >(Rational a, Rational b) => a.CompareTo(b) > 0;
    public static bool operator <=(Rational a, Rational b) => a.CompareTo(b) <= 0;
    public static bool operator >=(Rational a, Rational b) => a.CompareTo(b) >= 0;

    public int CompareTo(Rational other) => (Numerator * other.Denominator).CompareTo(other.Numerator * Denominator);

    public static Rational Min(Rational a, Rational b) => a <= b ? a : b;
    public static Rational Max(Rational a, Rational b) => a >= b ? a : b;

    /// <summary>Rounds to <paramref name="places"/> decimals in <paramref name="mode"/>, by integer division and the remainder.</summary>
    public Rational Round(int places, RoundingMode mode)
    {
        var scale = BigInteger.Pow(10, places);
        var scaled = BigInteger.Abs(Numerator) * scale;
        var quotient = BigInteger.DivRem(scaled, Denominator, out var remainder);
        var twice = remainder * 2;
        var up = mode switch
        {
            RoundingMode.Truncate => false,
            RoundingMode.HalfToEven => twice > Denominator || (twice == Denominator && !quotient.IsEven),
            _ => twice >= Denominator,
        };
        if (up) quotient += 1;
        return new Rational(Numerator.Sign < 0 ? -quotient : quotient, scale);
    }

    /// <summary>Whether this value sits exactly on a half at <paramref name="places"/> decimals (2.605 at 2).</summary>
    public bool IsHalfAt(int places)
    {
        var doubled = this * new Rational(2 * BigInteger.Pow(10, places), 1);
        return doubled.Denominator.IsOne && !doubled.Numerator.IsEven;
    }

    public decimal ToDecimal()
    {
        // Exact when the denominator divides a power of ten within decimal's scale; the callers only convert rounded values.
        for (var scale = 0; scale <= 28; scale++)
        {
            var power = BigInteger.Pow(10, scale);
            if ((power % Denominator).IsZero) return (decimal)(Numerator * (power / Denominator)) / (decimal)power;
        }
        throw new InvalidOperationException($"{this} has no exact decimal form");
    }

    public override string ToString() => Denominator.IsOne ? Numerator.ToString() : $"{Numerator}/{Denominator}";
}
