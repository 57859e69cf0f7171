using System.Text.Json;
using ParIndex.Engine.Model;
using ParIndex.Engine.Rules;

namespace ParIndex.Engine.Serialization.Internal;

/// <summary>Reads and writes assessment documents.</summary>
internal static class AssessmentIo
{
    private static readonly string[] RootProps = ["$schema", "frameworkId", "frameworkVersion", "units"];
    private static readonly string[] UnitProps = ["id", "name", "block", "ranked", "stages"];
    private static readonly string[] StageProps = ["inputs", "adjustments", "disqualifiers"];
    private static readonly string[] InputProps =
        ["met", "value", "count", "numerator", "denominator", "choice", "points", "surveyCounts", "notApplicable", "evidence", "references", "note"];

    /// <summary>The units mapped while the document is parsed, in order, with duplicate ids reported.</summary>
    internal sealed class UnitSink(LoadContext ctx)
    {
        private readonly Dictionary<string, string> _ids = new(StringComparer.Ordinal);

        public List<UnitAssessment> Units { get; } = [];

        public void Add(JNode node, string path)
        {
            var u = ReadUnit(ctx, node, path);
            if (u is null) return;
            if (_ids.TryGetValue(u.UnitId, out var firstPath)) ctx.Report(path + ".id", node["id"] ?? node, ErrorCodes.DuplicateUnitId.With(u.UnitId, firstPath));
            else _ids[u.UnitId] = path;
            Units.Add(u);
        }
    }

    public static AssessmentDocument? Read(LoadContext ctx, JNode root, JsonLimits limits, UnitSink? sink = null)
    {
        var o = JObject.Open(ctx, root, "$", RootProps, "an assessment");
        if (o is null) return null;
        var before = ctx.ProblemCount;
        FrameworkReader.CheckSchema(o);
        var frameworkId = o.String("frameworkId", true);
        var frameworkVersion = o.String("frameworkVersion");
        var unitItems = o.Array("units", true);
        sink ??= new UnitSink(ctx);
        if (unitItems is not null && unitItems.Count > limits.MaxUnits)
        {
            o.Report("units", ErrorCodes.TooManyUnitsCounted.With(unitItems.Count, limits.MaxUnits));
            return null;
        }
        // Units the parser already handed over are in the sink; any still in the tree are mapped here.
        foreach (var (n, p) in unitItems ?? []) sink.Add(n, p);
        var units = sink.Units;
        if (ctx.ProblemCount > before || frameworkId is null) return null;
        return new AssessmentDocument { FrameworkId = frameworkId, FrameworkVersion = frameworkVersion, Units = units };
    }

    internal static UnitAssessment? ReadUnit(LoadContext ctx, JNode node, string path)
    {
        var o = JObject.Open(ctx, node, path, UnitProps, "a unit");
        if (o is null) return null;
        var id = o.String("id", true);
        var name = o.String("name", true);
        var block = o.String("block");
        var ranked = o.Bool("ranked");
        var stages = new Dictionary<Stage, StageInputs>();
        if (o.Get("stages", true) is { } s)
        {
            var stageNames = Names.Stages.Select(x => x.Item1).ToArray();
            var so = JObject.Open(ctx, s, o.PathOf("stages"), stageNames, "the stages");
            foreach (var (stageName, stage) in Names.Stages)
                if (so?.Get(stageName, false) is { } sn && ReadStage(ctx, sn, so.PathOf(stageName)) is { } inputs) stages[stage] = inputs;
        }
        return id is null || name is null ? null : new UnitAssessment { UnitId = id, UnitName = name, Block = block, Ranked = ranked ?? true, Stages = stages };
    }

    private static StageInputs? ReadStage(LoadContext ctx, JNode node, string path)
    {
        var o = JObject.Open(ctx, node, path, StageProps, "a stage's inputs");
        if (o is null) return null;
        var inputs = new Dictionary<string, LeafInput>(StringComparer.Ordinal);
        if (o.Get("inputs", true) is { } i)
        {
            if (i.Kind != JKind.Object) ctx.Report(o.PathOf("inputs"), i, ErrorCodes.InputsNotObject.With(i.Describe()));
            else
                foreach (var p in i.Properties!)
                    if (ReadInput(ctx, p.Value, Paths.Child(o.PathOf("inputs"), p.Name)) is { } input) inputs[p.Name] = input;
        }
        var adjustments = new Dictionary<string, int>(StringComparer.Ordinal);
        if (o.Get("adjustments", false) is { } a)
        {
            if (a.Kind != JKind.Object) ctx.Report(o.PathOf("adjustments"), a, ErrorCodes.AdjustmentsNotObject.With(a.Describe()));
            else
                foreach (var p in a.Properties!)
                    if (JObject.AsInt(ctx, p.Value, Paths.Child(o.PathOf("adjustments"), p.Name), 0) is { } count) adjustments[p.Name] = count;
        }
        var disqualifiers = o.Strings("disqualifiers");
        return new StageInputs { Inputs = inputs, Adjustments = adjustments, Disqualifiers = disqualifiers ?? [] };
    }

    private static LeafInput? ReadInput(LoadContext ctx, JNode node, string path)
    {
        var o = JObject.Open(ctx, node, path, InputProps, "a leaf's input");
        if (o is null) return null;
        Dictionary<string, int>? survey = null;
        if (o.Get("surveyCounts", false) is { } sc)
        {
            survey = new Dictionary<string, int>(StringComparer.Ordinal);
            if (sc.Kind != JKind.Object) ctx.Report(o.PathOf("surveyCounts"), sc, ErrorCodes.SurveyCountsNotObject.With(sc.Describe()));
            else
                foreach (var p in sc.Properties!)
                    if (JObject.AsInt(ctx, p.Value, Paths.Child(o.PathOf("surveyCounts"), p.Name), 0) is { } c) survey[p.Name] = c;
        }
        return new LeafInput
        {
            Met = o.Bool("met"),
            Value = o.Decimal("value"),
            Count = o.Int("count", min: 0),
            Numerator = o.Decimal("numerator"),
            Denominator = o.Decimal("denominator"),
            Choice = o.String("choice"),
            Points = o.Decimal("points"),
            SurveyCounts = survey,
            NotApplicable = o.Bool("notApplicable") ?? false,
            Evidence = o.Enum("evidence", Names.Evidence, "evidence status"),
            References = o.Strings("references") ?? [],
            Note = o.String("note"),
        };
    }

    public static string Write(AssessmentDocument doc) => JsonOut.Write(true, w =>
    {
        w.WriteStartObject();
        w.WriteString("$schema", Names.AssessmentSchema);
        w.WriteString("frameworkId", doc.FrameworkId);
        if (doc.FrameworkVersion is not null) w.WriteString("frameworkVersion", doc.FrameworkVersion);
        w.WriteStartArray("units");
        foreach (var u in doc.Units)
        {
            w.WriteStartObject();
            w.WriteString("id", u.UnitId);
            w.WriteString("name", u.UnitName);
            if (u.Block is not null) w.WriteString("block", u.Block);
            if (!u.Ranked) w.WriteBoolean("ranked", false);
            w.WriteStartObject("stages");
            foreach (var (name, stage) in Names.Stages)
                if (u.Stages.TryGetValue(stage, out var s)) WriteStage(w, name, s);
            w.WriteEndObject();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    });

    private static void WriteStage(Utf8JsonWriter w, string name, StageInputs s)
    {
        w.WriteStartObject(name);
        w.WriteStartObject("inputs");
        foreach (var (code, input) in s.Inputs.OrderBy(kv => kv.Key, CodeComparer.Instance))
        {
            w.WriteStartObject(code);
            if (input.Met is { } met) w.WriteBoolean("met", met);
            if (input.Value is { } value) JsonOut.Decimal(w, "value", value);
            if (input.Count is { } count) w.WriteNumber("count", count);
            if (input.Numerator is { } num) JsonOut.Decimal(w, "numerator", num);
            if (input.Denominator is { } den) JsonOut.Decimal(w, "denominator", den);
            if (input.Choice is not null) w.WriteString("choice", input.Choice);
            if (input.Points is { } points) JsonOut.Decimal(w, "points", points);
            if (input.SurveyCounts is { } survey)
            {
                w.WriteStartObject("surveyCounts");
                foreach (var (label, c) in survey.OrderBy(kv => kv.Key, StringComparer.Ordinal)) w.WriteNumber(label, c);
                w.WriteEndObject();
            }
            if (input.NotApplicable) w.WriteBoolean("notApplicable", true);
            if (input.Evidence is { } e) w.WriteString("evidence", Names.Of(Names.Evidence, e));
            if (input.References.Count > 0)
            {
                w.WriteStartArray("references");
                foreach (var r in input.References) w.WriteStringValue(r);
                w.WriteEndArray();
            }
            if (input.Note is not null) w.WriteString("note", input.Note);
            w.WriteEndObject();
        }
        w.WriteEndObject();
        if (s.Adjustments.Count > 0)
        {
            w.WriteStartObject("adjustments");
            foreach (var (code, n) in s.Adjustments.OrderBy(kv => kv.Key, StringComparer.Ordinal)) w.WriteNumber(code, n);
            w.WriteEndObject();
        }
        if (s.Disqualifiers.Count > 0)
        {
            w.WriteStartArray("disqualifiers");
            foreach (var d in s.Disqualifiers) w.WriteStringValue(d);
            w.WriteEndArray();
        }
        w.WriteEndObject();
    }
}
