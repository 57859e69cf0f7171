namespace ParIndex.Engine.Results;

/// <summary>The exact framework a score was made with: id, version and content hash.</summary>
/// <param name="Id">The framework's id.</param>
/// <param name="Version">The framework's version.</param>
/// <param name="ContentHash">SHA-256 of the framework's canonical form, lower-case hex.</param>
public sealed record FrameworkIdentity(string Id, string Version, string ContentHash);
