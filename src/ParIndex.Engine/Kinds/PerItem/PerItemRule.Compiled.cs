namespace ParIndex.Engine.Rules;

// The bulk form of per item: the general one, Evaluate called by the evaluator (one multiplication and a cap, nothing to tabulate in advance).
public sealed partial record PerItemRule
{
    /// <inheritdoc />
    public override CompiledRule Compile(in RuleContext context) => CompiledRule.General;
}
