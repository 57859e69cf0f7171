namespace ParIndex.Engine.Rules;

// The bulk form of survey: the general one, Evaluate called by the evaluator (a share from the answers or entered, then steps or a share of the max; its card shows the answers).
public sealed partial record SurveyRule
{
    /// <inheritdoc />
    public override CompiledRule Compile(in RuleContext context) => CompiledRule.General;
}
