namespace ParIndex.Engine.Model;

/// <summary>
/// Computes a framework's content hash: the identity every score card carries. The canonical form is written by the
/// rule kinds the hasher knows, so the hash of a framework never depends on anything but the framework and the
/// hasher given to it (<c>RuleKindRegistry</c> in <c>ParIndex.Engine.Serialization</c> is one; so is the registry
/// snapshot of a <c>ParIndexJson</c>, which gives it to every framework it reads).
/// </summary>
public interface IFrameworkHasher
{
    /// <summary>The SHA-256 of the framework's canonical form, as lower-case hex.</summary>
    /// <exception cref="InvalidOperationException">A rule of the framework has a kind this hasher does not know.</exception>
    string Hash(Framework framework);
}
