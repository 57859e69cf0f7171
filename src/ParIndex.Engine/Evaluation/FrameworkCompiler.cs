using ParIndex.Engine.Model;

namespace ParIndex.Engine.Evaluation;

/// <summary>Compiles a validated framework into an evaluator.</summary>
public static class FrameworkCompiler
{
    /// <summary>Compiles <paramref name="framework"/>. The result is immutable and thread-safe.</summary>
    public static CompiledFramework Compile(Framework framework)
    {
        ArgumentNullException.ThrowIfNull(framework);
        return new CompiledFramework(framework);
    }
}
