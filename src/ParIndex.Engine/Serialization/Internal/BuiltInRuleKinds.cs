namespace ParIndex.Engine.Serialization.Internal;

/// <summary>
/// The built-in rule kinds, registered in this one list; each kind is one folder, <c>src/ParIndex.Engine/Kinds/&lt;Kind&gt;/</c>
/// (its rule record, compiled form, input and JSON form; see docs/architecture.md, "Adding a rule kind").
/// </summary>
internal static class BuiltInRuleKinds
{
    public static readonly IReadOnlyList<IRuleKind> All =
    [
        new AllOrNothingKind(), new ChoiceKind(), new StepsKind(), new ProportionalKind(),
        new PerItemKind(), new DeductionKind(), new ManualKind(), new SurveyKind(), new RelativeToBestKind(), new RatioStepsKind(),
    ];
}
