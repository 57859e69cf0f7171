using System.Security.Cryptography;
using System.Text;
using ParIndex.Engine.Model;

namespace ParIndex.Engine.Serialization;

/// <summary>The content hash of a framework: SHA-256 over its canonical JSON form.</summary>
internal static class FrameworkHasher
{
    public static string Compute(Framework framework)
    {
        // TEMPORARY until the canonical writer lands: hashes a stable textual form of the model.
        var text = new StringBuilder();
        text.Append(framework.Info).Append(framework.Policy);
        foreach (var n in framework.AllNodes) text.Append(n.Code).Append('|').Append(n.MaxPoints).Append('|').Append(n.Rule?.Describe()).Append('\n');
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
