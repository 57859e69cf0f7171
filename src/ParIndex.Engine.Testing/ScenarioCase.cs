using ParIndex.Engine.Scenarios;
using Xunit.Abstractions;

namespace ParIndex.Engine.Testing;

/// <summary>
/// One scenario as a test case: xunit shows it under the scenario's name, and <see cref="Verify"/> runs it. Serializable,
/// so every scenario of a file is its own test in the test explorer.
/// </summary>
public sealed class ScenarioCase : IXunitSerializable
{
    /// <summary>For xunit's deserialization only.</summary>
    [Obsolete("For xunit's deserialization only.")]
    public ScenarioCase()
    {
    }

    /// <summary>Creates a case for the scenario <paramref name="name"/> of the file at <paramref name="file"/> (a path, or catalogue:&lt;id&gt;).</summary>
    public ScenarioCase(string file, string name)
    {
        File = file;
        Name = name;
    }

    /// <summary>The scenario file (a full path, or catalogue:&lt;id&gt;).</summary>
    public string File { get; private set; } = string.Empty;

    /// <summary>The scenario's name.</summary>
    public string Name { get; private set; } = string.Empty;

    /// <summary>Runs the scenario; throws <see cref="ScenarioFailedException"/> with the readable differences when it fails.</summary>
    public void Verify()
    {
        var (file, problems) = ScenarioDataAttribute.Load(File);
        if (file is null) throw new ScenarioFailedException($"{File}: the scenario file cannot be run:\n  " + string.Join("\n  ", problems));
        var framework = ScenarioRunner.ResolveFramework(file, out var frameworkProblems);
        if (framework is null) throw new ScenarioFailedException($"{File}: the framework cannot be loaded:\n  " + string.Join("\n  ", frameworkProblems));
        var scenario = file.Scenarios.FirstOrDefault(s => s.Name == Name)
            ?? throw new ScenarioFailedException($"{File}: no scenario named '{Name}'");
        var result = ScenarioRunner.Run(scenario, Evaluation.FrameworkCompiler.Compile(framework));
        if (!result.Passed) throw new ScenarioFailedException($"Scenario '{Name}' failed:\n  " + string.Join("\n  ", result.Failures));
    }

    /// <inheritdoc />
    public void Deserialize(IXunitSerializationInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        File = info.GetValue<string>(nameof(File));
        Name = info.GetValue<string>(nameof(Name));
    }

    /// <inheritdoc />
    public void Serialize(IXunitSerializationInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        info.AddValue(nameof(File), File);
        info.AddValue(nameof(Name), Name);
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}
