using System.Globalization;
using System.Text.Json.Serialization;
using ParIndex.Engine.Results;

namespace ParIndex.Engine.Serialization.Internal;

internal sealed record ScoreCardDocumentDto(
    [property: JsonPropertyName("$schema")] string Schema,
    IReadOnlyList<ScoreCardDto> ScoreCards);

internal sealed record FrameworkIdentityDto(string Id, string Version, string ContentHash);

// The message as the process's culture worded it when the error was made, then the stable code and both languages'
// texts, so a reader of the JSON needs neither the engine nor its culture to show the error to a clerk.
internal sealed record InputErrorDto(string UnitId, string? Code, string ErrorCode, string Message, string Vi, string En);

internal sealed record ReasonDto(string Code, string? RuleKind, string? Input, string? Threshold, string Vi, string En);

internal sealed record PartDto(string Code, string Name, decimal MaxPoints, decimal ApplicableMaxPoints, decimal Awarded, decimal Converted);

internal sealed record AdjustmentDto(string Code, string Name, string? NodeCode, string Kind, int Occurrences, decimal Points);

internal sealed record NodeDto(
    string Code, string Name, string? NameEn, int Level, bool IsLeaf, decimal MaxPoints, decimal ApplicableMaxPoints,
    decimal Awarded, decimal Lost, string Status, IReadOnlyList<ReasonDto> Reasons, string? Note);

internal sealed record ScoreCardDto(
    FrameworkIdentityDto Framework, string UnitId, string UnitName, string? Block, bool Ranked, string Stage,
    IReadOnlyList<InputErrorDto> Errors, decimal Total, decimal Index, string? Band, IReadOnlyList<string> BandCappedBy,
    IReadOnlyList<PartDto> Parts, IReadOnlyList<AdjustmentDto> Adjustments, IReadOnlyList<NodeDto> Nodes)
{
    public static ScoreCardDto From(ScoreCard c) => new(
        new FrameworkIdentityDto(c.Framework.Id, c.Framework.Version, c.Framework.ContentHash),
        c.UnitId, c.UnitName, c.Block, c.Ranked, Names.StageName(c.Stage),
        [.. c.Errors.Select(e => new InputErrorDto(e.UnitId, e.Code, e.ErrorCode.Code, e.Message, e.Text(CultureInfo.GetCultureInfo("vi-VN")), e.Text(CultureInfo.InvariantCulture)))],
        N(c.Total), N(c.Index), c.Band, c.BandCappedBy,
        [.. c.Parts.Select(p => new PartDto(p.Code, p.Name, N(p.MaxPoints), N(p.ApplicableMaxPoints), N(p.Awarded), N(p.Converted)))],
        [.. c.Adjustments.Select(a => new AdjustmentDto(a.Code, a.Name, a.NodeCode, Names.Of(Names.AdjustmentKinds, a.Kind), a.Occurrences, N(a.Points)))],
        [.. c.Nodes.Select(n => new NodeDto(
            n.Code, n.Name, n.NameEn, n.Level, n.IsLeaf, N(n.MaxPoints), N(n.ApplicableMaxPoints), N(n.Awarded), N(n.Lost),
            Names.Of(Names.Statuses, n.Status),
            [.. n.Reasons.Select(r => new ReasonDto(r.Code.Value, r.RuleKind, r.Input, r.Threshold, r.Vietnamese, r.English))], n.Note))]);

    private static decimal N(decimal d) => JsonOut.Normalize(d);
}

/// <summary>Source-generated serialization of the score card document (no reflection at run time).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    IndentSize = 2,
    NewLine = "\n",
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ScoreCardDocumentDto))]
internal sealed partial class ScoreCardJsonContext : JsonSerializerContext
{
}
