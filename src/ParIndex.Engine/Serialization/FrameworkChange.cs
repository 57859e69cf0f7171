namespace ParIndex.Engine.Serialization;

/// <summary>One change a framework that <c>extends</c> another makes to its base, as declared in its file.</summary>
/// <param name="Op">The operation: "addChildren", "replaceRule" or "setMaxPoints".</param>
/// <param name="NodeCode">The base node changed.</param>
/// <param name="Line">The line of the change in the district's file.</param>
/// <param name="Description">What the change does, in words ("3.4 (max 2): adds 3.4.1, 3.4.2").</param>
public sealed record FrameworkChange(string Op, string NodeCode, int Line, string Description);
