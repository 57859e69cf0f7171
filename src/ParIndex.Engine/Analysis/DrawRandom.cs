namespace ParIndex.Engine.Analysis;

/// <summary>
/// SplitMix64 (Steele, Lea &amp; Flood 2014): a small, fast generator whose stream is fixed by its start. Each draw of
/// an analysis (and each unit within a draw) gets its own stream, derived from the seed and the draw's index, so a
/// draw's numbers never depend on which thread computes it or on how many threads there are.
/// </summary>
internal struct DrawRandom
{
    private ulong _state;

    /// <summary>The stream of draw <paramref name="draw"/> (and sub-stream <paramref name="stream"/>) of seed <paramref name="seed"/>.</summary>
    public DrawRandom(long seed, long draw, long stream = 0)
    {
        _state = Mix(Mix((ulong)seed ^ 0x9E3779B97F4A7C15UL) ^ Mix((ulong)draw + 0xD1B54A32D192ED03UL) ^ Mix((ulong)stream + 0x8CB92BA72F3D8DD7UL));
    }

    /// <summary>The next 64 random bits.</summary>
    public ulong NextBits()
    {
        _state += 0x9E3779B97F4A7C15UL;
        return Mix(_state);
    }

    /// <summary>A uniform double in [0, 1).</summary>
    public double NextDouble() => (NextBits() >> 11) * (1.0 / (1UL << 53));

    /// <summary>A uniform integer in [0, <paramref name="count"/>).</summary>
    public int NextInt(int count) => (int)((NextBits() >> 33) % (ulong)count);

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
