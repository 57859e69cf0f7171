namespace ParIndex.Engine.Rules;

// The bulk form of relative to best: the general one, Evaluate called by the evaluator (its reference is the cohort's, known only after the first pass of a cohort).
public sealed partial record RelativeToBestRule
{
    /// <inheritdoc />
    public override CompiledRule Compile(in RuleContext context) => CompiledRule.General;
}
