using ParIndex.Engine.Serialization.Internal;

namespace ParIndex.Engine.Serialization;

/// <summary>
/// Reads the properties of a rule object (or of an object inside it) while the loader keeps track of paths and positions:
/// a missing required property, a wrong type or a value outside the allowed ones is reported for you, and
/// <see cref="Report(string, string)"/> adds problems of your own. Readers return <see langword="null"/> for anything wrong.
/// </summary>
public sealed class RuleReader
{
    private readonly JObject _object;

    internal RuleReader(JObject obj) => _object = obj;

    /// <summary>The JSON path of this object ("$.areas[2].rule").</summary>
    public string Path => _object.Path;

    /// <summary>Whether the object has the property.</summary>
    public bool Has(string name) => _object.Node[name] is not null;

    /// <summary>Reads a decimal number exactly.</summary>
    public decimal? ReadDecimal(string name, bool required = false) => _object.Decimal(name, required);

    /// <summary>Reads a whole number of at least <paramref name="min"/>.</summary>
    public int? ReadInt32(string name, bool required = false, int min = int.MinValue) => _object.Int(name, required, min);

    /// <summary>Reads a string.</summary>
    public string? ReadString(string name, bool required = false) => _object.String(name, required);

    /// <summary>Reads true or false.</summary>
    public bool? ReadBoolean(string name, bool required = false) => _object.Bool(name, required);

    /// <summary>Reads a string that must be one of <paramref name="allowed"/>; the message lists them.</summary>
    public string? ReadOneOf(string name, IReadOnlyList<string> allowed, bool required = false)
    {
        ArgumentNullException.ThrowIfNull(allowed);
        return _object.Enum(name, [.. allowed.Select((a, i) => (a, i))], $"'{name}'", required) is { } i ? allowed[i] : null;
    }

    /// <summary>Reads an array of objects, each allowed the given properties.</summary>
    public IReadOnlyList<RuleReader>? ReadObjects(string name, IReadOnlyList<string> properties, bool required = false)
    {
        var items = _object.Array(name, required);
        if (items is null) return null;
        var list = new List<RuleReader>();
        foreach (var (node, path) in items)
            if (JObject.Open(_object.Context, node, path, properties, $"an item of '{name}'") is { } o) list.Add(new RuleReader(o));
        return list;
    }

    /// <summary>Reports a problem at the property <paramref name="name"/> (or at this object when empty), as text (code PI0100).</summary>
    public void Report(string name, string message)
    {
        ArgumentNullException.ThrowIfNull(name);
        _object.Report(name, ErrorCodes.JsonText.With(message));
    }

    /// <summary>Reports a problem with its code and arguments at the property <paramref name="name"/> (or at this object when empty).</summary>
    public void Report(string name, ErrorMessage error)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(error);
        _object.Report(name, error);
    }
}
