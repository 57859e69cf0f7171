using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ParIndex.Engine.Serialization.Internal;

/// <summary>Writer settings and the canonical decimal form shared by every document writer.</summary>
internal static class JsonOut
{
    public static JsonWriterOptions Options(bool indented) => new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = indented,
        IndentSize = 2,
        IndentCharacter = ' ',
        NewLine = "\n",
        SkipValidation = false,
    };

    /// <summary>The canonical text of a decimal: invariant, no exponent, no trailing zeros ("2.50" → "2.5", "100.0" → "100").</summary>
    public static string Canonical(decimal value)
    {
        var s = value.ToString("0.############################", CultureInfo.InvariantCulture);
        return s == "-0" ? "0" : s;
    }

    /// <summary>The decimal with trailing zeros removed (same value, canonical scale).</summary>
    public static decimal Normalize(decimal value) => decimal.Parse(Canonical(value), NumberStyles.Number, CultureInfo.InvariantCulture);

    public static void Decimal(Utf8JsonWriter writer, string name, decimal value)
    {
        writer.WritePropertyName(name);
        writer.WriteRawValue(Canonical(value), skipInputValidation: true);
    }

    public static void Decimal(Utf8JsonWriter writer, decimal value) => writer.WriteRawValue(Canonical(value), skipInputValidation: true);

    public static string Write(bool indented, Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options(indented)))
        {
            write(writer);
        }
        var text = Encoding.UTF8.GetString(stream.ToArray());
        return indented ? text + "\n" : text;
    }
}
