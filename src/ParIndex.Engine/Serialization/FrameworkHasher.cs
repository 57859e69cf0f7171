using System.Security.Cryptography;
using System.Text;
using ParIndex.Engine.Model;
using ParIndex.Engine.Serialization.Internal;

namespace ParIndex.Engine.Serialization;

/// <summary>
/// The content hash of a framework: SHA-256 (lower-case hex) over its canonical JSON form — the compact UTF-8 text the
/// framework writer produces without whitespace and without "$schema" (fixed property order, defaults omitted, decimals
/// without trailing zeros), each rule written by its kind in the given set. Reformatting or reordering the source file
/// does not change it; any change of a max, threshold, code, name, policy or rule parameter does. A rule whose kind
/// the set does not know is an error, never skipped.
/// </summary>
internal static class FrameworkHasher
{
    public static string Compute(Framework framework, RuleKindSet kinds)
    {
        var text = CanonicalForm(framework, kinds);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    public static string CanonicalForm(Framework framework, RuleKindSet kinds)
    {
        ArgumentNullException.ThrowIfNull(framework);
        // Every leaf first, so that an unknown kind is reported with its node rather than half-way through writing.
        foreach (var leaf in framework.Leaves)
            if (leaf.Rule is { } rule) kinds.KindOf(rule, leaf.Code);
        return FrameworkWriter.Write(framework, rule => kinds.KindOf(rule), indented: false, withSchema: false);
    }
}
