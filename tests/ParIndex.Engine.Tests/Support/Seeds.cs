using FsCheck;
using FsCheck.Fluent;

namespace ParIndex.Engine.Tests.Support;

/// <summary>
/// Seeds over the whole int range for the property tests that build frameworks from a seed: FsCheck's default ints
/// stay small (about −100 to 100), which would test the same two hundred frameworks over and over.
/// </summary>
public static class Seeds
{
    public static Arbitrary<int> Int32() => Gen.Choose(0, int.MaxValue).ToArbitrary();
}
