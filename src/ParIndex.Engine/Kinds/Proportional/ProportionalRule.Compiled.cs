namespace ParIndex.Engine.Rules;

// The bulk form of proportional: the general one, Evaluate called by the evaluator (one exact division below the target, nothing to tabulate in advance).
public sealed partial record ProportionalRule
{
    /// <inheritdoc />
    public override CompiledRule Compile(in RuleContext context) => CompiledRule.General;
}
