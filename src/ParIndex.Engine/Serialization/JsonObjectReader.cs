using ParIndex.Engine.Model;
using ParIndex.Engine.Serialization.Internal;

namespace ParIndex.Engine.Serialization;

/// <summary>
/// Reads one JSON object of a document with the engine's position-aware reader: every problem (a missing, mistyped or
/// unknown property, a value out of range) is reported with the file, the JSON path, the line and the column, exactly as
/// for the engine's own documents. Given by <see cref="ParIndexJson.ReadDocument{T}"/> and
/// <see cref="ParIndexJson.LoadDocument{T}"/>; a reader never throws for bad input.
/// </summary>
public sealed class JsonObjectReader
{
    private readonly JObject _object;

    internal JsonObjectReader(JObject obj) => _object = obj;

    /// <summary>The JSON path of the object ("$.scenarios[2]").</summary>
    public string Path => _object.Path;

    /// <summary>Whether the object has the property.</summary>
    public bool Has(string name) => _object.Node[name] is not null;

    /// <summary>Reads a string; reports a missing required property or a value of another type.</summary>
    public string? ReadString(string name, bool required = false) => _object.String(name, required);

    /// <summary>Reads a decimal number exactly.</summary>
    public decimal? ReadDecimal(string name, bool required = false) => _object.Decimal(name, required);

    /// <summary>Reads a whole number of at least <paramref name="min"/>.</summary>
    public int? ReadInt32(string name, bool required = false, int min = int.MinValue) => _object.Int(name, required, min);

    /// <summary>Reads <see langword="true"/> or <see langword="false"/>.</summary>
    public bool? ReadBoolean(string name, bool required = false) => _object.Bool(name, required);

    /// <summary>Reads a string that must be one of <paramref name="values"/>' names, as its value; <paramref name="what"/> names it in problems ("a stage").</summary>
    public T? ReadOneOf<T>(string name, IReadOnlyList<(string Name, T Value)> values, string what, bool required = false)
        where T : struct => _object.Enum(name, values, what, required);

    /// <summary>Reads an array of strings.</summary>
    public IReadOnlyList<string>? ReadStrings(string name, bool required = false) => _object.Strings(name, required);

    /// <summary>
    /// Reads an array of objects, each allowed only <paramref name="properties"/>; <paramref name="what"/> names one in
    /// problems ("a scenario"). An item that is not an object is reported and left out.
    /// </summary>
    public IReadOnlyList<JsonObjectReader>? ReadObjects(string name, IReadOnlyList<string> properties, string what, bool required = false, bool nonEmpty = false)
    {
        var items = _object.Array(name, required, nonEmpty);
        if (items is null) return null;
        var list = new List<JsonObjectReader>();
        foreach (var (node, path) in items)
            if (JObject.Open(_object.Context, node, path, properties, what) is { } o) list.Add(new JsonObjectReader(o));
        return list;
    }

    /// <summary>
    /// Reads an object whose property names are keys (node codes, unit ids) and whose values are objects allowed only
    /// <paramref name="properties"/>, in document order.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, JsonObjectReader>>? ReadObjectMap(string name, IReadOnlyList<string> properties, string what, bool required = false)
    {
        var v = _object.Get(name, required);
        if (v is null) return null;
        if (v.Kind != JKind.Object)
        {
            _object.Context.Report(_object.PathOf(name), v, ErrorCodes.ExpectedObjectMap.With(what, v.Describe()));
            return null;
        }
        var list = new List<KeyValuePair<string, JsonObjectReader>>();
        foreach (var p in v.Properties!)
            if (JObject.Open(_object.Context, p.Value, Paths.Child(_object.PathOf(name), p.Name), properties, what) is { } o)
                list.Add(new(p.Name, new JsonObjectReader(o)));
        return list;
    }

    /// <summary>
    /// Reads an array of units exactly as an assessment file holds them (id, name, block, stages and inputs). With
    /// <paramref name="uniqueIdsWithin"/> ("a scenario"), a second unit with an id already used is reported at its id.
    /// </summary>
    public IReadOnlyList<UnitAssessment>? ReadUnits(string name, bool required = false, bool nonEmpty = false, string? uniqueIdsWithin = null)
    {
        var items = _object.Array(name, required, nonEmpty);
        if (items is null) return null;
        var units = new List<UnitAssessment>();
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (node, path) in items)
        {
            if (AssessmentIo.ReadUnit(_object.Context, node, path) is not { } unit) continue;
            // Two units with one id would leave an expectation for that id checking whichever came first.
            if (uniqueIdsWithin is not null && ids.TryGetValue(unit.UnitId, out var first))
                _object.Context.Report(path + ".id", node["id"] ?? node, ErrorCodes.DuplicateUnitIdWithin.With(unit.UnitId, first, uniqueIdsWithin));
            else ids.TryAdd(unit.UnitId, path);
            units.Add(unit);
        }
        return units;
    }

    /// <summary>Reports a problem with the property <paramref name="name"/> (at its value's position when it has one), as text (code PI0100).</summary>
    public void Report(string name, string message) => _object.Report(name, ErrorCodes.JsonText.With(message));

    /// <summary>Reports a problem with its code and arguments at the property <paramref name="name"/> (at its value's position when it has one).</summary>
    public void Report(string name, ErrorMessage error) => _object.Report(name, error);

    /// <summary>Reports a problem with the object itself, as text (code PI0100).</summary>
    public void Report(string message) => _object.Context.Report(_object.Path, _object.Node, ErrorCodes.JsonText.With(message));

    /// <summary>Reports a problem with its code and arguments with the object itself.</summary>
    public void Report(ErrorMessage error) => _object.Context.Report(_object.Path, _object.Node, error);
}
