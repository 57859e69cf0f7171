namespace ParIndex.Engine.Testing;

/// <summary>Thrown by <see cref="ScenarioCase.Verify"/> when a scenario fails; the message lists each difference on its own line.</summary>
public sealed class ScenarioFailedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ScenarioFailedException(string message)
        : base(message)
    {
    }
}
