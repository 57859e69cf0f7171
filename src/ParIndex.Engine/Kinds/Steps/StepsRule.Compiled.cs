namespace ParIndex.Engine.Rules;

// The bulk form of steps: a step table on the measure.
public sealed partial record StepsRule
{
    /// <inheritdoc />
    public override CompiledRule Compile(in RuleContext context) => CompiledRule.StepTable(Measure, Direction, _ladder.Steps, Otherwise);
}
