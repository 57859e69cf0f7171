using System.Globalization;
using ParIndex.Engine.Model;
using ParIndex.Engine.Rules;

namespace ParIndex.Engine.Tests.Support;

/// <summary>Terse builders for frameworks and inputs in tests.</summary>
internal static class Build
{
    public static FrameworkInfo Info(string id = "test-framework", int year = 2023) =>
        new() { Id = id, Name = "Bộ chỉ số thử nghiệm", Issuer = "UBND huyện Thử", UnitLevel = UnitLevel.Commune, Year = year, Version = "1.0.0" };

    public static Node Leaf(string code, decimal max, Rule rule, string? name = null) =>
        new() { Code = code, Name = name ?? "Tiêu chí " + code, MaxPoints = max, Rule = rule };

    public static Node Parent(string code, params Node[] children) =>
        new() { Code = code, Name = "Nhóm " + code, MaxPoints = children.Sum(c => c.MaxPoints), Children = children };

    public static ManualRule Manual(decimal step = 0.25m) => new() { Step = step };


    public static UnitAssessment Unit(string id, Stage stage, IReadOnlyDictionary<string, LeafInput> inputs, string? block = null) =>
        new()
        {
            UnitId = id,
            UnitName = id,
            Block = block,
            Stages = new Dictionary<Stage, StageInputs> { [stage] = new() { Inputs = inputs } },
        };

    public static UnitAssessment Unit(string id, params (string Code, LeafInput Input)[] inputs) =>
        Unit(id, Stage.Appraisal1, inputs.ToDictionary(i => i.Code, i => i.Input));

    public static LeafInput Points(decimal points) => new() { Points = points };
    public static LeafInput Met(bool met) => new() { Met = met };
    public static LeafInput Ratio(decimal numerator, decimal denominator) => new() { Numerator = numerator, Denominator = denominator };
    public static LeafInput Count(int count) => new() { Count = count };
    public static LeafInput Value(decimal value) => new() { Value = value };
    public static LeafInput Choice(string label) => new() { Choice = label };
    public static LeafInput NotApplicable() => new() { NotApplicable = true };

    public static decimal Dec(string text) => decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);
}
