using System.Reflection;
using System.Runtime.CompilerServices;
using FluentAssertions;
using ParIndex.Engine.Model;
using ParIndex.Engine.Tests.Support;
using Xunit;

namespace ParIndex.Engine.Tests.Architecture;

/// <summary>
/// The engine's layers point down only (docs/architecture.md): a type may use its own layer and the layers below it.
/// Read from the compiled assembly, so a fully qualified name without a <c>using</c> is caught too.
/// </summary>
public class LayerTests
{
    /// <summary>The layers, lowest first.</summary>
    private static readonly string[] Layers = ["Messages", "Model", "Rules", "Results", "Evaluation", "Cohorts", "Analysis", "Reports", "Serialization", "DependencyInjection"];

    /// <summary>
    /// Edges upwards that are known and have a reason. The test fails if one of them is no longer used, so the list
    /// only shrinks.
    /// </summary>
    private static readonly (string From, string To, string Why)[] KnownBackEdges =
    [
        ("Model", "Rules", "a Node holds its Rule, StageInputs holds LeafInputs and the framework checker calls Rule.Validate; " +
            "target: the rule contract moves below Model when a rule kind becomes one unit (docs/architecture.md)"),
    ];

    private static readonly Assembly Engine = typeof(Framework).Assembly;

    private static string? LayerOf(Type type)
    {
        var ns = type.Namespace;
        if (ns is null || !ns.StartsWith("ParIndex.Engine.", StringComparison.Ordinal) || type.Assembly != Engine) return null;
        var layer = ns["ParIndex.Engine.".Length..].Split('.')[0];
        return Layers.Contains(layer) ? layer : null;
    }

    private static IEnumerable<(Type From, Type To, string FromLayer, string ToLayer)> UpwardEdges() =>
        from type in Engine.GetTypes()
        let lower = LayerOf(type)
        where lower is not null
        from target in TypeReferences.Of(type)
        let upper = LayerOf(target)
        where upper is not null && Array.IndexOf(Layers, upper) > Array.IndexOf(Layers, lower)
        select (type, target, lower, upper);

    [Fact]
    public void Every_engine_namespace_is_a_known_layer()
    {
        Engine.GetTypes()
            .Where(t => t.Namespace is { } ns && ns.StartsWith("ParIndex.Engine", StringComparison.Ordinal) && !t.IsDefined(typeof(CompilerGeneratedAttribute)))
            .Where(t => t.Namespace != "ParIndex.Engine" && LayerOf(t) is null)
            .Select(t => t.FullName)
            .Should().BeEmpty("every type belongs to one of the layers {0}", string.Join(", ", Layers));
    }

    [Fact]
    public void No_layer_references_a_layer_above_it_except_the_known_back_edges()
    {
        var edges = UpwardEdges().ToList();
        var unexpected = edges
            .Where(e => !KnownBackEdges.Any(k => k.From == e.FromLayer && k.To == e.ToLayer))
            .Select(e => $"{e.From.FullName} ({e.FromLayer}) -> {e.To.FullName} ({e.ToLayer})")
            .Distinct()
            .Order(StringComparer.Ordinal);
        unexpected.Should().BeEmpty("a layer uses only the layers below it: Model <- Rules <- Results <- Evaluation <- Cohorts <- Serialization");
    }

    [Fact]
    public void Every_known_back_edge_is_still_needed()
    {
        var edges = UpwardEdges().Select(e => (e.FromLayer, e.ToLayer)).ToHashSet();
        KnownBackEdges.Where(k => !edges.Contains((k.From, k.To)))
            .Select(k => $"{k.From} -> {k.To}")
            .Should().BeEmpty("a back-edge that is gone is removed from the list, so it cannot come back unnoticed");
    }

    [Fact]
    public void Model_uses_neither_serialization_nor_results()
    {
        // The two back-edges of issue 11, named so that a regression reads as what it is.
        UpwardEdges()
            .Where(e => e.FromLayer == "Model" && e.ToLayer is "Serialization" or "Results")
            .Select(e => $"{e.From.FullName} -> {e.To.FullName}")
            .Should().BeEmpty();
    }
}
