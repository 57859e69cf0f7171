namespace ParIndex.Engine.Model;

/// <summary>What a leaf requires as evidence (tài liệu kiểm chứng) before it gives any point.</summary>
public sealed record EvidenceRequirement
{
    /// <summary>Whether each input must also cite at least one reference (a document number, a link).</summary>
    public bool ReferencesRequired { get; init; }

    /// <summary>What the evidence must be, in Vietnamese ("Quyết định ban hành kế hoạch CCHC").</summary>
    public string? Description { get; init; }
}
