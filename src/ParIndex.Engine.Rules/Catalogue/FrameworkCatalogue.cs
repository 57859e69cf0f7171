namespace ParIndex.Engine.Rules.Catalogue;

/// <summary>The catalogue of real provincial frameworks shipped as data.</summary>
public static class FrameworkCatalogue
{
    /// <summary>The ids of the frameworks in the catalogue.</summary>
    public static IReadOnlyList<string> Ids { get; } = [];
}
