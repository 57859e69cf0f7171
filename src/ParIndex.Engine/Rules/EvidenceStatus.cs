namespace ParIndex.Engine.Rules;

/// <summary>The state of the evidence (tài liệu kiểm chứng) behind an input.</summary>
public enum EvidenceStatus
{
    /// <summary>Provided and adequate.</summary>
    Provided,
    /// <summary>Not provided.</summary>
    Missing,
    /// <summary>Provided but not adequate (wrong document, out of date, unsigned).</summary>
    Insufficient,
}
