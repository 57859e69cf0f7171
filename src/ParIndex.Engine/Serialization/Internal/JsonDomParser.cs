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
    public static JNode? Parse(LoadContext ctx, JsonLimits limits, ParseHooks? hooks = null)
    {
        var bytes = ctx.Bytes;
        var maxBytes = hooks?.MaxBytes ?? limits.MaxBytes;
        if (bytes.LongLength > maxBytes)
        {
            ctx.Report("$", 0, ErrorCodes.DocumentTooLarge.With(bytes.LongLength, maxBytes, hooks?.MaxBytes is null ? "MaxBytes" : "MaxAssessmentBytes"));
            return null;
        }
        var counts = hooks is null ? [] : new int[hooks.Counters.Count];
        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        var invalid = FirstInvalidUtf8(bytes, start);
        if (invalid >= 0)
        {
            ctx.Report("$", invalid, ErrorCodes.NotUtf8.With(bytes[invalid].ToString("X2", System.Globalization.CultureInfo.InvariantCulture), invalid));
            return null;
        }
        var span = bytes.AsSpan(start);
        if (span.Trim(" \t\r\n"u8).IsEmpty)
        {
            ctx.Report("$", start, ErrorCodes.DocumentEmpty.With());
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
                            ctx.Report(Paths.Child(frame.Path, name), offset, ErrorCodes.DuplicateProperty.With(name, line));
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
                            ctx.Report(path, offset, ErrorCodes.TooDeep.With(limits.MaxDepth));
                            return null;
                        }
                        if (isObject && hooks is not null && stack.Count > 0)
                        {
                            // Count what the limits count (nodes, units, cells) while parsing: a file with a million
                            // of them stops at the first one past the limit, before the rest is even parsed.
                            var container = stack.Peek().Name;
                            for (var c = 0; c < hooks.Counters.Count; c++)
                            {
                                var counter = hooks.Counters[c];
                                if (!counter.Containers.Contains(container) || ++counts[c] <= counter.Max) continue;
                                ctx.Report(path, offset, counter.Message);
                                return null;
                            }
                        }
                        var node = isObject
                            ? new JNode(JKind.Object, offset) { Properties = [] }
                            : new JNode(JKind.Array, offset) { Items = [] };
                        stack.Push(new Frame(node, path, stack.Count > 0 && stack.Peek().Node.Kind == JKind.Object ? stack.Peek().PendingName : null));
                        break;
                    }
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                    {
                        var done = stack.Pop();
                        if (stack.Count == 0) root = done.Node;
                        else if (stack.Count == 2 && hooks?.Detach is { } detach && stack.Peek().Node.Kind == JKind.Array && stack.Peek().Name == detach.Array)
                        {
                            // An item of a top-level array mapped as soon as it is whole, then dropped: the tree of a
                            // whole cohort's units is never held at once.
                            detach.OnItem(done.Node, done.Path);
                            stack.Peek().Skip();
                        }
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
            // GetString throws for a \uD800 escape with no low surrogate: name where it is, not only that it failed.
            var offset = start + (int)reader.TokenStartIndex;
            var path = stack.Count == 0 ? "$" : reader.TokenType == JsonTokenType.PropertyName ? stack.Peek().Path : stack.Peek().NextPath();
            var message = e.Message.Contains("surrogate", StringComparison.OrdinalIgnoreCase)
                ? ErrorCodes.UnpairedSurrogate.With()
                : ErrorCodes.JsonUnreadable.With(e.Message);
            ctx.Report(path, offset, message);
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
                // TryGetDecimal rounds past 28-29 significant digits; a score must never change silently, so keep only exact values.
                decimal? value = reader.TryGetDecimal(out var d) && IsExact(raw, d) ? d : null;
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

    private static bool IsExact(string raw, decimal value)
    {
        var exponent = raw.IndexOfAny(['e', 'E']);
        var mantissa = exponent >= 0 ? raw[..exponent] : raw;
        static string Digits(string text) => text.Replace("-", string.Empty, StringComparison.Ordinal).Replace("+", string.Empty, StringComparison.Ordinal)
            .Replace(".", string.Empty, StringComparison.Ordinal).TrimStart('0').TrimEnd('0');
        return Digits(mantissa) == Digits(value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private static ErrorMessage SyntaxMessage(byte[] bytes, int offset, int start, JsonException e)
    {
        var at = offset < bytes.Length ? bytes[offset] : (byte)0;
        var prev = offset - 1;
        while (prev >= start && bytes[prev] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n') prev--;
        if (at == (byte)'/' || (prev >= start && bytes[prev] == (byte)'/'))
            return ErrorCodes.Comment.With();
        if ((at == (byte)'}' || at == (byte)']') && prev >= start && bytes[prev] == (byte)',')
            return (at == (byte)'}' ? ErrorCodes.TrailingCommaInObject : ErrorCodes.TrailingCommaInArray).With();
        if (e.Message.Contains("trailing comma", StringComparison.OrdinalIgnoreCase))
            return ErrorCodes.TrailingComma.With();
        if (at is (byte)'N' or (byte)'I' || (at == (byte)'-' && offset + 1 < bytes.Length && bytes[offset + 1] == (byte)'I'))
            return ErrorCodes.NotANumber.With();
        if (at == (byte)'\'')
            return ErrorCodes.SingleQuotes.With();
        if (offset >= bytes.Length)
            return ErrorCodes.EndsEarly.With();
        if (e.Message.Contains("after a single JSON value", StringComparison.Ordinal))
            return ErrorCodes.TrailingContent.With();
        var detail = e.Message;
        var cut = detail.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut > 0) detail = detail[..cut];
        var lineInfo = detail.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (lineInfo > 0) detail = detail[..lineInfo];
        return ErrorCodes.JsonSyntax.With(detail.TrimEnd(' ', '|'));
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

    /// <summary>What a loader asks of the parser: limits counted while parsing, and items mapped and dropped as they end.</summary>
    internal sealed class ParseHooks
    {
        public long? MaxBytes { get; init; }

        public IReadOnlyList<(HashSet<string?> Containers, int Max, ErrorMessage Message)> Counters { get; init; } = [];

        public (string Array, Action<JNode, string> OnItem)? Detach { get; init; }
    }

    private sealed class Frame(JNode node, string path, string? name)
    {
        private int _skipped;

        public JNode Node { get; } = node;

        public string Path { get; } = path;

        /// <summary>The property name this value sits under (null for an array item).</summary>
        public string? Name { get; } = name;

        public Dictionary<string, int>? Names { get; } = node.Kind == JKind.Object ? new(StringComparer.Ordinal) : null;

        public string? PendingName { get; set; }

        public int PendingOffset { get; set; }

        public bool Duplicate { get; set; }

        public string NextPath() => Node.Kind == JKind.Object ? Paths.Child(Path, PendingName ?? string.Empty) : $"{Path}[{Node.Items!.Count + _skipped}]";

        public void Skip() => _skipped++;

        public void Add(JNode value)
        {
            if (Node.Kind == JKind.Array) Node.Items!.Add(value);
            else if (!Duplicate) Node.Properties!.Add(new JProperty(PendingName!, PendingOffset, value));
        }
    }
}
