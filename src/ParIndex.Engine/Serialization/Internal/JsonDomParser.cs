using System.Buffers;
using System.Text;
using System.Text.Json;

namespace ParIndex.Engine.Serialization.Internal;

/// <summary>
/// Parses UTF-8 JSON into a <see cref="JNode"/> tree with byte offsets, using <see cref="Utf8JsonReader"/> (strict: no comments,
/// no trailing commas, no duplicate keys). Never throws for bad input; problems are reported to the context.
/// </summary>
internal static class JsonDomParser
{
    private const string Expected = "expected a JSON object such as {\"$schema\": ...}";

    public static JNode? Parse(LoadContext ctx, JsonLimits limits)
    {
        var bytes = ctx.Bytes;
        if (bytes.LongLength > limits.MaxBytes)
        {
            ctx.Report("$", 0, $"the document is {bytes.LongLength} bytes, more than the limit of {limits.MaxBytes} bytes (JsonLimits.MaxBytes)");
            return null;
        }
        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        var invalid = FirstInvalidUtf8(bytes, start);
        if (invalid >= 0)
        {
            ctx.Report("$", invalid, $"the file is not valid UTF-8 (byte 0x{bytes[invalid]:X2} at offset {invalid}); save it as UTF-8");
            return null;
        }
        var span = bytes.AsSpan(start);
        if (span.Trim(" \t\r\n"u8).IsEmpty)
        {
            ctx.Report("$", start, "the document is empty; " + Expected);
            return null;
        }
        var reader = new Utf8JsonReader(span, new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Disallow,
            AllowTrailingCommas = false,
            MaxDepth = Math.Max(1, limits.MaxDepth) + 1,
        });
        var stack = new Stack<Frame>();
        JNode? root = null;
        try
        {
            while (reader.Read())
            {
                var offset = start + (int)reader.TokenStartIndex;
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                    {
                        var frame = stack.Peek();
                        var name = reader.GetString()!;
                        if (frame.Names!.TryGetValue(name, out var firstOffset))
                        {
                            var (line, _) = ctx.Map.Locate(firstOffset);
                            ctx.Report(Paths.Child(frame.Path, name), offset, $"duplicate property '{name}' (first at line {line}); a property may appear only once");
                            frame.Duplicate = true;
                        }
                        else
                        {
                            frame.Names[name] = offset;
                            frame.Duplicate = false;
                        }
                        frame.PendingName = name;
                        frame.PendingOffset = offset;
                        break;
                    }
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                    {
                        var isObject = reader.TokenType == JsonTokenType.StartObject;
                        var path = stack.Count == 0 ? "$" : stack.Peek().NextPath();
                        if (stack.Count >= limits.MaxDepth)
                        {
                            ctx.Report(path, offset, $"the document nests deeper than {limits.MaxDepth} levels (JsonLimits.MaxDepth)");
                            return null;
                        }
                        var node = isObject
                            ? new JNode(JKind.Object, offset) { Properties = [] }
                            : new JNode(JKind.Array, offset) { Items = [] };
                        stack.Push(new Frame(node, path));
                        break;
                    }
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                    {
                        var done = stack.Pop();
                        if (stack.Count == 0) root = done.Node;
                        else stack.Peek().Add(done.Node);
                        break;
                    }
                    default:
                    {
                        var node = Scalar(ref reader, offset);
                        if (stack.Count == 0) root = node;
                        else stack.Peek().Add(node);
                        break;
                    }
                }
            }
        }
        catch (JsonException e)
        {
            var line = (int)(e.LineNumber ?? 0);
            var offset = ctx.Map.LineStart(line) + (int)(e.BytePositionInLine ?? 0) + (line == 0 ? start : 0);
            var path = stack.Count == 0 ? "$" : reader.TokenType == JsonTokenType.PropertyName ? stack.Peek().NextPath() : stack.Peek().Path;
            ctx.Report(path, offset, SyntaxMessage(bytes, offset, start, e));
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException)
        {
            ctx.Report("$", start, "the document could not be read as JSON: " + e.Message);
            return null;
        }
        return root;
    }

    private static JNode Scalar(ref Utf8JsonReader reader, int offset)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return new JNode(JKind.String, offset) { Text = reader.GetString() };
            case JsonTokenType.Number:
            {
                var raw = Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan);
                decimal? value = reader.TryGetDecimal(out var d) ? d : null;
                return new JNode(JKind.Number, offset) { Text = raw, Decimal = value };
            }
            case JsonTokenType.True:
                return new JNode(JKind.True, offset);
            case JsonTokenType.False:
                return new JNode(JKind.False, offset);
            default:
                return new JNode(JKind.Null, offset);
        }
    }

    private static string SyntaxMessage(byte[] bytes, int offset, int start, JsonException e)
    {
        var at = offset < bytes.Length ? bytes[offset] : (byte)0;
        var prev = offset - 1;
        while (prev >= start && bytes[prev] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n') prev--;
        if (at == (byte)'/' || (prev >= start && bytes[prev] == (byte)'/'))
            return "comments are not allowed in JSON; remove the // or /* */ comment (use a \"note\" or \"description\" property instead)";
        if ((at == (byte)'}' || at == (byte)']') && prev >= start && bytes[prev] == (byte)',')
            return $"trailing comma before '{(char)at}'; remove the comma after the last {(at == (byte)'}' ? "property" : "item")}";
        if (e.Message.Contains("trailing comma", StringComparison.OrdinalIgnoreCase))
            return "trailing comma; remove the comma after the last property or item";
        if (at is (byte)'N' or (byte)'I' || (at == (byte)'-' && offset + 1 < bytes.Length && bytes[offset + 1] == (byte)'I'))
            return "NaN and Infinity are not JSON numbers; expected a decimal number such as 2.5";
        if (at == (byte)'\'')
            return "strings and property names take double quotes (\"), not single quotes";
        if (offset >= bytes.Length)
            return "the document ends too early; a '}' or ']' is missing";
        var detail = e.Message;
        var cut = detail.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut > 0) detail = detail[..cut];
        var lineInfo = detail.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (lineInfo > 0) detail = detail[..lineInfo];
        return "invalid JSON: " + detail.TrimEnd(' ', '|');
    }

    private static int FirstInvalidUtf8(byte[] bytes, int start)
    {
        var span = bytes.AsSpan(start);
        var position = start;
        while (!span.IsEmpty)
        {
            var status = Rune.DecodeFromUtf8(span, out _, out var consumed);
            if (status != OperationStatus.Done) return position;
            span = span[consumed..];
            position += consumed;
        }
        return -1;
    }

    private sealed class Frame(JNode node, string path)
    {
        public JNode Node { get; } = node;

        public string Path { get; } = path;

        public Dictionary<string, int>? Names { get; } = node.Kind == JKind.Object ? new(StringComparer.Ordinal) : null;

        public string? PendingName { get; set; }

        public int PendingOffset { get; set; }

        public bool Duplicate { get; set; }

        public string NextPath() => Node.Kind == JKind.Object ? Paths.Child(Path, PendingName ?? string.Empty) : $"{Path}[{Node.Items!.Count}]";

        public void Add(JNode value)
        {
            if (Node.Kind == JKind.Array) Node.Items!.Add(value);
            else if (!Duplicate) Node.Properties!.Add(new JProperty(PendingName!, PendingOffset, value));
        }
    }
}
