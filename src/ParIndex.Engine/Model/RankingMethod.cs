namespace ParIndex.Engine.Model;

/// <summary>How tied units share ranks.</summary>
public enum RankingMethod
{
    /// <summary>Standard competition ranking, "1, 2, 2, 4".</summary>
    Competition,

    /// <summary>Dense ranking, "1, 2, 2, 3".</summary>
    Dense,
}
