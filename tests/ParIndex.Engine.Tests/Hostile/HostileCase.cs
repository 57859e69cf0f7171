namespace ParIndex.Engine.Tests.Hostile;

/// <summary>What a hostile input is fed to.</summary>
public enum HostileTarget
{
    /// <summary>The framework loader.</summary>
    Framework,
    /// <summary>The assessment loader (against the catalogue's base framework).</summary>
    Assessment,
    /// <summary>The assessment loads; scoring must answer the unit with errors.</summary>
    Scoring,
}

/// <summary>
/// One entry of the hostile-input catalogue: a bad input (made by a generator, so large ones need no file in the
/// repository), what it is fed to, and the outcome expected. <see cref="Expected"/> lists the problems in full
/// ("file(line,col): path: message" for loaders, "unit 'id', code: message" for scoring); an empty list means the
/// input is accepted.
/// </summary>
public sealed record HostileCase(string Name, string Description, HostileTarget Target, Func<byte[]> Make, IReadOnlyList<string> Expected, JsonLimitsOverride? Limits = null)
{
    public override string ToString() => Name;
}
