using System.Text.Json;
using ParIndex.Engine.Serialization.Internal;

namespace ParIndex.Engine.Serialization;

/// <summary>Writes the properties of a rule object; numbers are written in the canonical decimal form.</summary>
public sealed class RuleWriter
{
    private readonly Utf8JsonWriter _writer;

    internal RuleWriter(Utf8JsonWriter writer) => _writer = writer;

    /// <summary>Writes a decimal number.</summary>
    public void WriteDecimal(string name, decimal value) => JsonOut.Decimal(_writer, name, value);

    /// <summary>Writes a whole number.</summary>
    public void WriteInt32(string name, int value) => _writer.WriteNumber(name, value);

    /// <summary>Writes a string.</summary>
    public void WriteString(string name, string value) => _writer.WriteString(name, value);

    /// <summary>Writes true or false.</summary>
    public void WriteBoolean(string name, bool value) => _writer.WriteBoolean(name, value);

    /// <summary>Writes an array of objects, each written by <paramref name="write"/>.</summary>
    public void WriteObjects<T>(string name, IEnumerable<T> items, Action<RuleWriter, T> write)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(write);
        _writer.WriteStartArray(name);
        foreach (var item in items)
        {
            _writer.WriteStartObject();
            write(this, item);
            _writer.WriteEndObject();
        }
        _writer.WriteEndArray();
    }
}
