namespace ParIndex.Engine.Rules;

// The bulk form of ratio steps: the step table of steps on a ratio, with the minimum denominator below which the
// evaluator gives the not-applicable policy's result.
public sealed partial record RatioStepsRule
{
    /// <inheritdoc />
    public override CompiledRule Compile(in RuleContext context) =>
        MinDenominator > 0m ? CompiledRule.StepTable(Measure.Ratio, Direction, _ladder.Steps, Otherwise, MinDenominator) : CompiledRule.General;
}
