namespace ParIndex.Engine.Model;

/// <summary>An input that could not be scored; the unit gets no index until it is fixed.</summary>
/// <param name="UnitId">The unit.</param>
/// <param name="Code">The leaf, adjustment or disqualifier code concerned; <see langword="null"/> for the unit as a whole.</param>
/// <param name="Message">What is wrong and what was expected.</param>
public sealed record InputError(string UnitId, string? Code, string Message)
{
    /// <inheritdoc />
    public override string ToString() => Code is null ? $"unit '{UnitId}': {Message}" : $"unit '{UnitId}', {Code}: {Message}";
}
