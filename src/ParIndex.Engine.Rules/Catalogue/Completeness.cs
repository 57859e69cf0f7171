namespace ParIndex.Engine.Catalogue;

/// <summary>How much of a province's framework a catalogue entry holds, stated honestly.</summary>
public enum Completeness
{
    /// <summary>Every criterion as the decision writes it.</summary>
    Complete,
    /// <summary>Only the areas and their maxima (the source publishes results at area level); each area is a manual leaf.</summary>
    AreaLevelOnly,
    /// <summary>Some criteria as the source shows them; the rest of the points are filler, marked as such in the file.</summary>
    Partial,
}
