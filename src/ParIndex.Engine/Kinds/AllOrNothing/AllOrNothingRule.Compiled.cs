namespace ParIndex.Engine.Rules;

// The bulk form of all or nothing: met or not, the instruction the evaluator runs without calling Evaluate.
public sealed partial record AllOrNothingRule
{
    /// <inheritdoc />
    public override CompiledRule Compile(in RuleContext context) => CompiledRule.MetOrNot;
}
