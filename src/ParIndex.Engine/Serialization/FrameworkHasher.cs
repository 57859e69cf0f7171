using System.Security.Cryptography;
using System.Text;
using ParIndex.Engine.Model;
using ParIndex.Engine.Serialization.Internal;

namespace ParIndex.Engine.Serialization;

/// <summary>
/// The content hash of a framework: SHA-256 (lower-case hex) over its canonical JSON form — the compact UTF-8 text the
/// framework writer produces without whitespace and without "$schema" (fixed property order, defaults omitted, decimals
/// without trailing zeros). Reformatting or reordering the source file does not change it; any change of a max,
/// threshold, code, name or policy does.
/// </summary>
internal static class FrameworkHasher
{
    public static string Compute(Framework framework)
    {
        var text = CanonicalForm(framework);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    public static string CanonicalForm(Framework framework) =>
        FrameworkWriter.Write(framework, rule => RuleKindRegistry.ForRuleType(rule.GetType()), indented: false, withSchema: false);
}
