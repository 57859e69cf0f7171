using ParIndex.Engine.Model;
using ParIndex.Engine.Rules;

namespace ParIndex.Engine.Evaluation;

/// <summary>
/// Turns a stage's inputs into a row of <see cref="InputCell"/>s in the layout's slot order, with one error per input
/// that cannot be scored. Used by <see cref="CompiledFramework.Encode"/> and by the card path before it scores; each
/// rule encodes its own cell against the context the <see cref="Evaluator"/> will score it with. Immutable.
/// </summary>
internal sealed class RowEncoder(FrameworkLayout layout, Evaluator evaluator, string frameworkId)
{
    /// <summary>Fills <paramref name="row"/> (at least <see cref="FrameworkLayout.SlotCount"/> cells); whether it is free of errors.</summary>
    public bool Encode(string unitId, StageInputs inputs, Span<InputCell> row, ICollection<InputError> errors)
    {
        var before = errors.Count;
        row.Clear();
        foreach (var (code, input) in inputs.Inputs)
        {
            if (!layout.NodeIndex.TryGetValue(code ?? string.Empty, out var n))
            {
                errors.Add(new InputError(unitId, code, ErrorCodes.UnknownNode.With(code, frameworkId, layout.LeafCodes[0])));
                continue;
            }
            var leaf = layout.LeafOf[n];
            if (leaf < 0)
            {
                var leafCodes = string.Join(", ", layout.Framework.FindNode(code!)!.Children.Select(c => c.Code));
                errors.Add(new InputError(unitId, code, ErrorCodes.InputOnParent.With(code, leafCodes)));
                continue;
            }
            if (input is null)
            {
                errors.Add(new InputError(unitId, code, ErrorCodes.InputNull.With()));
                continue;
            }
            var error = EncodeLeaf(leaf, input, out var cell);
            if (error is not null) errors.Add(new InputError(unitId, code, error));
            else row[leaf] = cell;
        }
        foreach (var (code, occurrences) in inputs.Adjustments)
        {
            var slot = layout.SlotOf(code);
            if (slot < layout.LeafCount || slot >= layout.FirstDisqualifierSlot)
                errors.Add(new InputError(unitId, code, ErrorCodes.UnknownAdjustment.With(code, frameworkId)));
            else if (occurrences < 0)
                errors.Add(new InputError(unitId, code, ErrorCodes.NegativeOccurrences.With(occurrences)));
            else row[slot] = InputCell.Count(occurrences);
        }
        foreach (var code in inputs.Disqualifiers)
        {
            var slot = layout.SlotOf(code);
            if (slot < layout.FirstDisqualifierSlot)
                errors.Add(new InputError(unitId, code, ErrorCodes.UnknownDisqualifier.With(code, frameworkId)));
            else row[slot] = InputCell.Met(true);
        }
        return errors.Count == before;
    }

    private ErrorMessage? EncodeLeaf(int leaf, LeafInput input, out InputCell cell)
    {
        var rule = layout.Rules[leaf];
        var node = layout.Nodes[layout.NodeOfLeaf[leaf]];
        if (input.NotApplicable)
        {
            cell = InputCell.NotApplicableCell;
            return input.Met is null && input.Value is null && input.Count is null && input.Numerator is null && input.Denominator is null
                && input.Choice is null && input.Points is null && input.SurveyCounts is null
                ? null
                : ErrorCodes.NotApplicableWithValue.With();
        }
        var error = rule.TryEncode(input, evaluator.ContextOf(leaf), out cell);
        if (error is not null) return error;
        var status = input.Evidence ?? EvidenceStatus.Missing;
        if (node.Evidence is { ReferencesRequired: true } && status == EvidenceStatus.Provided && input.References.Count == 0)
            return ErrorCodes.EvidenceWithoutReference.With();
        foreach (var reference in input.References)
            if (string.IsNullOrWhiteSpace(reference)) return ErrorCodes.EvidenceReferenceEmpty.With();
        cell = cell.WithEvidence(status, input.References.Count > 0);
        return null;
    }
}
