namespace ParIndex.Engine.Evaluation;

/// <summary>Whether the bulk path could score a row.</summary>
public enum UnitScoreStatus
{
    /// <summary>Scored.</summary>
    Scored,
    /// <summary>A cell could not be scored by its rule (see <see cref="UnitScore.ErrorSlot"/>); there is no index.</summary>
    InputError,
}
