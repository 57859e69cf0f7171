namespace ParIndex.Engine.Rules;

/// <summary>What an <see cref="InputCell"/> says besides its numbers.</summary>
[Flags]
public enum InputFlags : byte
{
    /// <summary>No input was given for the leaf.</summary>
    None = 0,
    /// <summary>An input was given.</summary>
    Present = 1,
    /// <summary>The unit declared the leaf not applicable (không phát sinh).</summary>
    NotApplicable = 2,
    /// <summary>Evidence was provided and accepted.</summary>
    EvidenceProvided = 4,
    /// <summary>Evidence was provided but judged insufficient.</summary>
    EvidenceInsufficient = 8,
    /// <summary>The evidence cites at least one reference.</summary>
    HasReferences = 16,
}
