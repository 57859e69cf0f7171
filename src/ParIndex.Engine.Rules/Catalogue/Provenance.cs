namespace ParIndex.Engine.Catalogue;

/// <summary>Where a catalogue framework comes from.</summary>
/// <param name="Decision">The decision that issued (or applied) the framework, as the source cites it.</param>
/// <param name="Source">The public document the entry was built from.</param>
/// <param name="Notes">What the source gives and how the entry uses it.</param>
public sealed record Provenance(string Decision, string Source, string Notes);
