using ParIndex.Engine.Model;

namespace ParIndex.Engine.Serialization.Internal;

/// <summary>Finds the base of a framework that extends another: by file (relative to the extending file) or by id and version.</summary>
/// <returns>The base and where it came from, or why it could not be loaded.</returns>
internal delegate (Framework? Framework, string Source, Messages.ErrorMessage? Problem) BaseResolver(string? file, string? id, string? version);
