namespace ParIndex.Engine.Serialization.Internal;

/// <summary>
/// One load: the bytes, the position map and the problems found so far. At most <see cref="JsonLimits.MaxProblems"/>
/// problems are kept (and located); the rest are only counted, and one last problem says how many were left out.
/// </summary>
internal sealed class LoadContext(string file, byte[] bytes, int maxProblems = 100)
{
    private readonly List<JsonProblem> _problems = [];
    private int _dropped;

    public string File { get; } = file;

    public byte[] Bytes { get; } = bytes;

    public SourceMap Map { get; } = new(bytes);

    /// <summary>How many problems were reported, kept or not: mappers compare it before and after a step.</summary>
    public int ProblemCount => _problems.Count + _dropped;

    public void Report(string path, int offset, ErrorMessage message)
    {
        if (_problems.Count >= Math.Max(1, maxProblems))
        {
            _dropped++;
            return;
        }
        var (line, column) = Map.Locate(offset);
        _problems.Add(new JsonProblem(File, path, line, column, message));
    }

    public void Report(string path, JNode node, ErrorMessage message) => Report(path, node.Offset, message);

    /// <summary>Adds a problem found elsewhere (already located).</summary>
    public void Add(JsonProblem problem)
    {
        if (_problems.Count >= Math.Max(1, maxProblems)) _dropped++;
        else _problems.Add(problem);
    }

    public IReadOnlyList<JsonProblem> Sorted()
    {
        var sorted = _problems.Select((p, i) => (p, i)).OrderBy(x => x.p.Line).ThenBy(x => x.p.Column).ThenBy(x => x.i).Select(x => x.p).ToList();
        if (_dropped > 0)
            sorted.Add(new JsonProblem(File, "$", 0, 0, ErrorCodes.TooManyProblems.With(_dropped, maxProblems)));
        return sorted;
    }
}
