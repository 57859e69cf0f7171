using System.Collections;
using System.Reflection;
using System.Runtime.CompilerServices;
using FluentAssertions;
using ParIndex.Engine.Model;
using Xunit;

namespace ParIndex.Engine.Tests.Architecture;

/// <summary>
/// No static mutable state in the engine: a result cannot depend on what else the process did before (the content
/// hash once did, through a process-wide cache of rule kinds).
/// </summary>
public class StaticStateTests
{
    private const BindingFlags Statics = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static IEnumerable<FieldInfo> StaticFields() =>
        typeof(Framework).Assembly.GetTypes()
            .SelectMany(t => t.GetFields(Statics))
            .Where(f => !f.IsLiteral)
            // The compiler's own caches of lambdas and method-group delegates: written once, same value every time.
            .Where(f => !f.DeclaringType!.IsDefined(typeof(CompilerGeneratedAttribute)));

    [Fact]
    public void Every_static_field_is_readonly_and_none_is_thread_static()
    {
        StaticFields()
            .Where(f => !f.IsInitOnly || f.IsDefined(typeof(ThreadStaticAttribute)))
            .Select(f => $"{f.DeclaringType!.FullName}.{f.Name}")
            .Should().BeEmpty();
    }

    [Fact]
    public void No_static_field_holds_a_mutable_collection_or_a_lazy_cache()
    {
        // Arrays of constants (property names, keywords) are allowed: nothing writes them after the type initializer.
        StaticFields()
            .Where(f => IsMutableHolder(f.FieldType))
            .Select(f => $"{f.DeclaringType!.FullName}.{f.Name}: {f.FieldType.Name}")
            .Should().BeEmpty();
    }

    private static bool IsMutableHolder(Type type)
    {
        if (type.IsArray) return false;
        if (type.Namespace == "System.Collections.Concurrent") return true;
        if (type.IsGenericType && type.GetGenericTypeDefinition() is var d
            && (d == typeof(Lazy<>) || d == typeof(ThreadLocal<>) || d == typeof(AsyncLocal<>) || d == typeof(Dictionary<,>) || d == typeof(List<>) || d == typeof(HashSet<>)))
            return true;
        return typeof(IList).IsAssignableFrom(type) && !type.IsArray;
    }
}
