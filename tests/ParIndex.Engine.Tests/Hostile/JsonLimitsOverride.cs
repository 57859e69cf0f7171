namespace ParIndex.Engine.Tests.Hostile;

/// <summary>Limits a hostile case raises above the defaults, to reach the limit behind the one it would hit first.</summary>
public sealed record JsonLimitsOverride(long? MaxBytes = null, int? MaxDepth = null, int? MaxNodes = null, int? MaxUnits = null, int? MaxCells = null);
