namespace ParIndex.Engine.Rules;

// The bulk form of manual: the general one, Evaluate called by the evaluator (a range and step check of the points entered, nothing to tabulate).
public sealed partial record ManualRule
{
    /// <inheritdoc />
    public override CompiledRule Compile(in RuleContext context) => CompiledRule.General;
}
