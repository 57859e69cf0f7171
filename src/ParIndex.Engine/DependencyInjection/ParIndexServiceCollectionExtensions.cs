using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ParIndex.Engine.Serialization;

namespace ParIndex.Engine.DependencyInjection;

/// <summary>Registers the engine's services.</summary>
public static class ParIndexServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ParIndexEngineOptions"/>, <see cref="RuleKindRegistry"/> and <see cref="ParIndexJson"/> as singletons.
    /// Idempotent: calling it again configures the same options and registers nothing twice. The options are validated
    /// at once, so a mistake fails at start-up with a message that says what to fix.
    /// </summary>
    /// <exception cref="InvalidOperationException">The options are invalid.</exception>
    public static IServiceCollection AddParIndexEngine(this IServiceCollection services, Action<ParIndexEngineOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.FirstOrDefault(d => d.ServiceType == typeof(ParIndexEngineOptions))?.ImplementationInstance as ParIndexEngineOptions;
        if (options is null)
        {
            options = new ParIndexEngineOptions();
            services.TryAddSingleton(options);
        }
        configure?.Invoke(options);
        var problems = options.Validate();
        if (problems.Count > 0)
            throw new InvalidOperationException("AddParIndexEngine: the options are invalid:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "  - " + p)));
        services.TryAddSingleton(sp => sp.GetRequiredService<ParIndexEngineOptions>().BuildRegistry());
        services.TryAddSingleton(sp => new ParIndexJson(sp.GetRequiredService<RuleKindRegistry>(), sp.GetRequiredService<ParIndexEngineOptions>().Limits));
        return services;
    }
}
