namespace ParIndex.Engine.Model;

/// <summary>What "not applicable" (không phát sinh) means for a leaf.</summary>
public enum NotApplicablePolicy
{
    /// <summary>The leaf leaves both the awarded points and the max; its part is re-based on what applies.</summary>
    Exclude,

    /// <summary>The leaf gives its full max.</summary>
    FullPoints,

    /// <summary>The leaf gives 0 and the points count as lost.</summary>
    Zero,
}
