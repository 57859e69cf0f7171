using ParIndex.Engine.Messages;

namespace ParIndex.Engine.Tests.Messages;

/// <summary>
/// Plausible values for every parameter name, to render each code as an example (the render test and docs/errors.md).
/// Figures are decimals, so the examples show the decimal comma of the Vietnamese texts.
/// </summary>
internal static class SampleArguments
{
    private static readonly Dictionary<string, object?> ByName = new(StringComparer.Ordinal)
    {
        ["area"] = "3",
        ["band"] = "Xuất sắc",
        ["byte"] = "E9",
        ["cells"] = "1.2, 3.4.1",
        ["chain"] = "huyen.json → xa.json → huyen.json",
        ["char"] = "}",
        ["code"] = "3.4.1",
        ["count"] = 12,
        ["decimals"] = 2,
        ["denominator"] = 7m,
        ["depth"] = 64,
        ["detail"] = "'x' is an invalid start of a value",
        ["directory"] = "frameworks",
        ["end"] = 85m,
        ["example"] = "1.1",
        ["expected"] = "'Tốt', 'Khá', 'Trung bình'",
        ["file"] = "tinh-2025.json",
        ["first"] = "$.units[0]",
        ["framework"] = "thanh-tri-commune-2025",
        ["got"] = "a string",
        ["hint"] = "maxPoints",
        ["id"] = "xa-an-binh",
        ["indicator"] = "3.4.1",
        ["kind"] = "steps",
        ["label"] = "Kịp thời",
        ["last"] = 1.5m,
        ["leaf"] = "3.4.1",
        ["leaves"] = "3.4.1, 3.4.2",
        ["limit"] = 1000m,
        ["limitName"] = "MaxBytes",
        ["line"] = 12,
        ["max"] = 2.5m,
        ["measure"] = "ratio",
        ["min"] = 1,
        ["more"] = 3,
        ["name"] = "maxPoints",
        ["next"] = "Tốt",
        ["nextStart"] = 80m,
        ["number"] = "1.00000000000000000000000000001",
        ["numerator"] = 8m,
        ["offset"] = 1032,
        ["op"] = "renameNode",
        ["other"] = "3.4.1",
        ["parent"] = "3.4",
        ["part"] = "A",
        ["path"] = "areas[2].maxPoints",
        ["points"] = 1.5m,
        ["prefix"] = "catalogue:",
        ["present"] = "SelfAssessment",
        ["previous"] = 0.5m,
        ["problem"] = ErrorCodes.DuplicateCode.With("3.4.1"),
        ["registered"] = "allOrNothing, choice, steps",
        ["scale"] = 100m,
        ["size"] = 12_582_912L,
        ["stage"] = "Appraisal1",
        ["start"] = 2.5m,
        ["step"] = 0.25m,
        ["subject"] = "max points",
        ["target"] = "2.1.1",
        ["text"] = "(the words of the extension)",
        ["type"] = "InvalidOperationException",
        ["value"] = 2.75m,
        ["version"] = "1.0.0",
        ["what"] = "a framework",
        ["where"] = "areas[2].children[0]",
        ["within"] = "a scenario",
        ["year"] = 1999,
    };

    /// <summary>The sample value of a parameter; fails loudly for a name with no sample (add one above).</summary>
    public static object? For(string name) =>
        ByName.TryGetValue(name, out var value) ? value : throw new KeyNotFoundException($"no sample value for the parameter '{name}'; add one to SampleArguments");

    /// <summary>The code's message with a sample value for each parameter.</summary>
    public static ErrorMessage Of(ErrorCode code) => code.With([.. code.Parameters.Select(For)]);
}
