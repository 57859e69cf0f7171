namespace ParIndex.Engine.Rules;

// The bulk form of a deduction: a count table, the rule's own result for each whole count up to the first that gives
// the floor (every larger count gives it too) and at most 64 entries; larger counts call Evaluate.
public sealed partial record DeductionRule
{
    private const int CountTableLength = 64;

    /// <inheritdoc />
    public override CompiledRule Compile(in RuleContext context)
    {
        var results = new List<LeafResult>();
        for (var count = 0; count < CountTableLength; count++)
        {
            var result = Evaluate(InputCell.Count(count), in context);
            results.Add(result);
            if (count > 0 && result.Points <= Floor) break;
        }
        return CompiledRule.CountTable(results);
    }
}
