using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ParIndex.Engine.Model;
using ParIndex.Engine.Results;
using ParIndex.Engine.Serialization.Internal;

namespace ParIndex.Engine.Serialization;

/// <summary>
/// Reads and writes the three ParIndex documents (framework, assessment, score card). Reading never throws for bad
/// input: it returns every problem with file, JSON path, line and column. Writing is stable (same value, same
/// bytes) and keeps Vietnamese text readable (UTF-8, unescaped). Thread-safe.
/// </summary>
public sealed class ParIndexJson
{
    private readonly RuleKindSet _kinds;

    /// <summary>An instance with the default limits and the built-in rule kinds.</summary>
    public static ParIndexJson Default { get; } = new();

    /// <summary>Creates an instance with the given limits (the defaults when <see langword="null"/>).</summary>
    public ParIndexJson(JsonLimits? limits = null)
        : this(null, limits)
    {
    }

    /// <summary>Creates an instance that also reads and writes the custom rule kinds of <paramref name="ruleKinds"/> (a snapshot is taken).</summary>
    public ParIndexJson(RuleKindRegistry? ruleKinds, JsonLimits? limits = null)
    {
        Limits = limits ?? JsonLimits.Default;
        _kinds = (ruleKinds ?? new RuleKindRegistry()).Snapshot();
    }

    /// <summary>The limits enforced while reading.</summary>
    public JsonLimits Limits { get; }

    /// <summary>The rule kinds this instance reads and writes.</summary>
    public IReadOnlyCollection<string> RuleKinds => [.. _kinds.Kinds.Keys];

    /// <summary>Loads a framework file. A missing or unreadable file is reported as a problem, not thrown.</summary>
    public LoadResult<Framework> LoadFramework(string path) => LoadFramework(path, []).Framework;

    /// <summary>
    /// Loads a framework that extends another (<c>"extends"</c> and <c>"changes"</c>): the base, the changes and the
    /// composed framework. A problem when the file does not extend a base.
    /// </summary>
    public LoadResult<FrameworkComposition> LoadComposition(string path)
    {
        var (framework, composition) = LoadFramework(path, []);
        if (!framework.Succeeded) return new LoadResult<FrameworkComposition>(null, framework.Problems);
        if (composition is null)
            return new LoadResult<FrameworkComposition>(null, [new JsonProblem(Path.GetFileName(path), "$", 1, 1, ErrorCodes.NotExtending.With())]);
        return new LoadResult<FrameworkComposition>(composition, []);
    }

    /// <summary>Loads a framework file, following "extends" to its base; <paramref name="chain"/> holds the files being loaded.</summary>
    private (LoadResult<Framework> Framework, FrameworkComposition? Composition) LoadFramework(string path, IReadOnlyList<string> chain)
    {
        var bytes = ReadFile(path, Limits, "a UTF-8 JSON file", out var name, out var problem);
        if (bytes is null) return (new LoadResult<Framework>(null, [problem!]), null);
        var full = Path.GetFullPath(path);
        FrameworkComposition? composition = null;
        var result = Parse(bytes, name, (ctx, root) =>
        {
            var reader = new FrameworkReader(ctx, _kinds, Limits, Resolver(Path.GetDirectoryName(full)!, [.. chain, full]));
            var framework = reader.Read(root);
            composition = reader.Composition;
            return framework;
        });
        return (result, composition);
    }

    /// <summary>Finds and loads the base of an extending framework in <paramref name="directory"/>, refusing cycles and deep chains.</summary>
    private BaseResolver Resolver(string directory, IReadOnlyList<string> chain) => (file, id, version) =>
    {
        string? full = null;
        if (file is not null)
        {
            full = Path.GetFullPath(Path.Combine(directory, file));
        }
        else
        {
            foreach (var candidate in Directory.EnumerateFiles(directory, "*.json").Order(StringComparer.Ordinal))
            {
                if (chain.Contains(Path.GetFullPath(candidate))) continue;
                if (PeekIdentity(candidate) is var (i, v) && i == id && v == version) { full = Path.GetFullPath(candidate); break; }
            }
            if (full is null) return (null, string.Empty, ErrorCodes.BaseNotFound.With(id, version, directory));
        }
        if (chain.Contains(full))
            return (null, string.Empty, ErrorCodes.ExtendsCycle.With(string.Join(" → ", chain.SkipWhile(c => c != full).Append(full).Select(Path.GetFileName))));
        if (chain.Count >= 4) return (null, string.Empty, ErrorCodes.ExtendsTooDeep.With());
        var (loaded, _) = LoadFramework(full, chain);
        if (!loaded.Succeeded)
            return (null, string.Empty, loaded.Problems.Count > 1
                ? ErrorCodes.BaseDoesNotLoadMore.With(Path.GetFileName(full), loaded.Problems[0].ToString(), loaded.Problems.Count - 1)
                : ErrorCodes.BaseDoesNotLoad.With(Path.GetFileName(full), loaded.Problems[0].ToString()));
        return (loaded.Value, file ?? $"{id} {version}", null);
    };

    private (string Id, string Version)? PeekIdentity(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (info.Length > Limits.MaxBytes) return null;
            using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
            return doc.RootElement.ValueKind == JsonValueKind.Object
                && doc.RootElement.TryGetProperty("id", out var i) && i.ValueKind == JsonValueKind.String
                && doc.RootElement.TryGetProperty("version", out var v) && v.ValueKind == JsonValueKind.String
                ? (i.GetString()!, v.GetString()!) : null;
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Reads a framework from JSON text; <paramref name="fileName"/> names it in problems.</summary>
    public LoadResult<Framework> ParseFramework(string json, string fileName = "<input>") => ParseFramework(ToUtf8(json), fileName);

    /// <summary>Reads a framework from UTF-8 bytes (a leading UTF-8 byte order mark is accepted and ignored).</summary>
    public LoadResult<Framework> ParseFramework(byte[] utf8Json, string fileName = "<input>") =>
        Parse(utf8Json, fileName, (ctx, root) => new FrameworkReader(ctx, _kinds, Limits).Read(root), _ => new JsonDomParser.ParseHooks
        {
            Counters = [(new HashSet<string?>(StringComparer.Ordinal) { "areas", "children" }, Limits.MaxNodes, ErrorCodes.TooManyNodes.With(Limits.MaxNodes))],
        });

    /// <summary>Writes a framework as indented, stable, unescaped UTF-8 JSON with "$schema" first.</summary>
    /// <exception cref="UnknownRuleKindException">A rule's kind is not registered with this instance.</exception>
    public string WriteFramework(Framework framework)
    {
        ArgumentNullException.ThrowIfNull(framework);
        return FrameworkWriter.Write(framework, rule => _kinds.KindOf(rule), indented: true, withSchema: true);
    }

    /// <summary>Loads an assessment file. A missing or unreadable file is reported as a problem, not thrown.</summary>
    public LoadResult<AssessmentDocument> LoadAssessment(string path) => Load(path, ParseAssessment, Limits.MaxAssessmentBytes);

    /// <summary>Reads an assessment from JSON text.</summary>
    public LoadResult<AssessmentDocument> ParseAssessment(string json, string fileName = "<input>") => ParseAssessment(ToUtf8(json), fileName);

    /// <summary>Reads an assessment from UTF-8 bytes (a leading UTF-8 byte order mark is accepted and ignored).</summary>
    /// <remarks>Units are mapped one at a time as they are parsed; the limits are <see cref="JsonLimits.MaxAssessmentBytes"/>, <see cref="JsonLimits.MaxUnits"/> and <see cref="JsonLimits.MaxCells"/>.</remarks>
    public LoadResult<AssessmentDocument> ParseAssessment(byte[] utf8Json, string fileName = "<input>")
    {
        AssessmentIo.UnitSink? sink = null;
        return Parse(utf8Json, fileName, (ctx, root) => AssessmentIo.Read(ctx, root, Limits, sink), ctx =>
        {
            sink = new AssessmentIo.UnitSink(ctx);
            return new JsonDomParser.ParseHooks
            {
                MaxBytes = Math.Min(Limits.MaxAssessmentBytes, int.MaxValue),
                Counters =
                [
                    (new HashSet<string?>(StringComparer.Ordinal) { "units" }, Limits.MaxUnits, ErrorCodes.TooManyUnits.With(Limits.MaxUnits)),
                    (new HashSet<string?>(StringComparer.Ordinal) { "inputs" }, Limits.MaxCells, ErrorCodes.TooManyCells.With(Limits.MaxCells)),
                ],
                Detach = ("units", sink.Add),
            };
        });
    }

    /// <summary>Writes an assessment document.</summary>
    public string WriteAssessment(AssessmentDocument assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        return AssessmentIo.Write(assessment);
    }

    /// <summary>Writes score cards as a score card document.</summary>
    public string WriteScoreCards(IEnumerable<ScoreCard> cards)
    {
        ArgumentNullException.ThrowIfNull(cards);
        var doc = new ScoreCardDocumentDto(Names.ScoreCardSchema, [.. cards.Select(ScoreCardDto.From)]);
        var options = new JsonSerializerOptions(ScoreCardJsonContext.Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        var context = new ScoreCardJsonContext(options);
        return JsonSerializer.Serialize(doc, context.ScoreCardDocumentDto) + "\n";
    }

    /// <summary>
    /// Reads a document of another kind (a scenario file, a province's own file) with the same position-aware reader as
    /// the engine's documents: the size and depth limits, the problems with file, JSON path, line and column. The root
    /// must be an object allowed only <paramref name="properties"/>; <paramref name="read"/> maps it, reporting its own
    /// problems through the reader. Never throws for bad input.
    /// </summary>
    /// <param name="utf8Json">The document (a leading UTF-8 byte order mark is accepted and ignored).</param>
    /// <param name="fileName">Names the document in problems.</param>
    /// <param name="what">What the document is, for problems ("a scenario file").</param>
    /// <param name="properties">The properties the root object may have.</param>
    /// <param name="read">Maps the root object; returns <see langword="null"/> when problems prevent it.</param>
    public LoadResult<T> ReadDocument<T>(byte[] utf8Json, string fileName, string what, IReadOnlyList<string> properties, Func<JsonObjectReader, T?> read)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(read);
        return Parse(utf8Json, fileName, (ctx, root) => JObject.Open(ctx, root, "$", properties, what) is { } o ? read(new JsonObjectReader(o)) : null);
    }

    /// <summary>Loads a document file with <see cref="ReadDocument{T}"/>; a missing, unreadable or oversized file is a problem, not an exception.</summary>
    public LoadResult<T> LoadDocument<T>(string path, string what, IReadOnlyList<string> properties, Func<JsonObjectReader, T?> read)
        where T : class
    {
        var bytes = ReadFile(path, Limits, what + " (UTF-8 JSON)", out var name, out var problem);
        return bytes is null ? new LoadResult<T>(null, [problem!]) : ReadDocument(bytes, name, what, properties, read);
    }

    /// <summary>
    /// Reads a file's bytes within <see cref="JsonLimits.MaxBytes"/>, or says why not (missing, unreadable, too large)
    /// as a problem: for a reader that checks a file before parsing it. <paramref name="expected"/> says what the file
    /// should be ("a framework file (UTF-8 JSON)").
    /// </summary>
    public byte[]? ReadBytes(string path, string expected, out JsonProblem? problem) => ReadFile(path, Limits, expected, out _, out problem);

    /// <summary>A result with no value and one problem, for a document that cannot even be located (a reader built on <see cref="ReadDocument{T}"/> reports the same way).</summary>
    public static LoadResult<T> Failure<T>(string fileName, string message)
        where T : class => new(null, [new JsonProblem(fileName, "$", 0, 0, ErrorCodes.JsonText.With(message))]);

    private static byte[] ToUtf8(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (json.Length > 0 && json[0] == '\uFEFF') json = json[1..];
        return Encoding.UTF8.GetBytes(json);
    }

    private LoadResult<T> Load<T>(string path, Func<byte[], string, LoadResult<T>> parse, long? maxBytes = null)
        where T : class
    {
        var bytes = ReadFile(path, maxBytes is { } max ? Limits with { MaxBytes = Math.Min(max, int.MaxValue) } : Limits, "a UTF-8 JSON file", out var name, out var problem, maxBytes is null ? "MaxBytes" : "MaxAssessmentBytes");
        return bytes is null ? new LoadResult<T>(null, [problem!]) : parse(bytes, name);
    }

    /// <summary>
    /// Reads a document's bytes, or says why not (missing, unreadable, over the size limit) as a problem. An oversized
    /// file is refused before it is read: the limit bounds memory, not only parsing.
    /// </summary>
    internal static byte[]? ReadFile(string path, JsonLimits limits, string expected, out string name, out JsonProblem? problem, string limitName = "MaxBytes")
    {
        name = string.IsNullOrEmpty(path) ? "<no file>" : Path.GetFileName(path);
        problem = null;
        try
        {
            ArgumentException.ThrowIfNullOrEmpty(path);
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            if (stream.Length > limits.MaxBytes)
            {
                problem = new JsonProblem(name, "$", 0, 0, ErrorCodes.DocumentTooLarge.With(stream.Length, limits.MaxBytes, limitName));
                return null;
            }
            var bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
            return bytes;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or System.Security.SecurityException)
        {
            problem = new JsonProblem(name, "$", 0, 0, e is FileNotFoundException or DirectoryNotFoundException
                ? ErrorCodes.FileMissing.With(path, expected)
                : ErrorCodes.FileUnreadable.With(e.Message, path, expected));
            return null;
        }
    }

    private LoadResult<T> Parse<T>(byte[] bytes, string fileName, Func<LoadContext, JNode, T?> map, Func<LoadContext, JsonDomParser.ParseHooks>? hooks = null)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var ctx = new LoadContext(fileName ?? "<input>", bytes, Limits.MaxProblems);
        T? value = null;
        try
        {
            var root = JsonDomParser.Parse(ctx, Limits, hooks?.Invoke(ctx));
            if (root is not null) value = map(ctx, root);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Defence in depth: a bug in a mapper or a custom rule kind must not escape as a raw exception.
            ctx.Report("$", 0, ErrorCodes.ReaderFailed.With(e.GetType().Name, e.Message));
        }
        if (ctx.ProblemCount == 0 && value is null) ctx.Report("$", 0, ErrorCodes.DocumentUnreadable.With());
        return new LoadResult<T>(value, ctx.Sorted());
    }
}
