namespace ParIndex.Engine.Rules;

// The bulk form of a choice: an option table, the points of each label in the order of the options.
public sealed partial record ChoiceRule
{
    /// <inheritdoc />
    public override CompiledRule Compile(in RuleContext context) => CompiledRule.OptionTable(_options.Select(o => o.Points));
}
