namespace ParIndex.Engine.Rules;

/// <summary>The outcome of a node, in one word.</summary>
public enum NodeStatus
{
    /// <summary>The node gave its full (applicable) max.</summary>
    Full,
    /// <summary>The node gave some points but not all.</summary>
    Partial,
    /// <summary>The node gave 0 of a positive max.</summary>
    Zero,
    /// <summary>Not applicable and excluded: it counts in neither awarded nor max.</summary>
    NotApplicable,
    /// <summary>The leaf had no input: 0.</summary>
    MissingInput,
    /// <summary>Evidence was required and missing or insufficient: 0.</summary>
    EvidenceRejected,
    /// <summary>The input could not be scored; the unit has an error and no index.</summary>
    InputError,
}
