using ParIndex.Engine.Model;

namespace ParIndex.Engine.Results;

/// <summary>A bonus or penalty that applied to a unit.</summary>
/// <param name="Code">The adjustment's code.</param>
/// <param name="Name">Its Vietnamese name.</param>
/// <param name="NodeCode">The node it applied at; <see langword="null"/> for the index.</param>
/// <param name="Kind">Bonus or penalty.</param>
/// <param name="Occurrences">The occurrences entered.</param>
/// <param name="Points">The points it added or removed, after its cap (before the node's own [0, max] bound).</param>
public sealed record AppliedAdjustment(string Code, string Name, string? NodeCode, AdjustmentKind Kind, int Occurrences, decimal Points);
