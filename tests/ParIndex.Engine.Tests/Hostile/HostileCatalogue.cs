using System.Text;

namespace ParIndex.Engine.Tests.Hostile;

/// <summary>
/// The catalogue of bad inputs (issue 7). Every entry is one defect, made from a small valid framework or
/// assessment by a generator; docs/reliability.md lists the catalogue as a table.
/// </summary>
public static partial class HostileCatalogue
{
    private static readonly UTF8Encoding Utf8 = new(false);

    /// <summary>A small valid framework: two areas, a ratio step, a choice, a manual leaf, evidence, bands.</summary>
    public const string BaseFramework = """
        {
          "$schema": "https://parindex.dev/schema/framework.schema.json",
          "id": "hostile-base",
          "name": "Bộ chỉ số cơ sở",
          "issuer": "UBND huyện Thử",
          "unitLevel": "commune",
          "year": 2024,
          "version": "1.0.0",
          "areas": [
            {
              "code": "1",
              "name": "Cải cách thủ tục hành chính",
              "maxPoints": 60,
              "children": [
                {
                  "code": "1.1",
                  "name": "Tỷ lệ hồ sơ giải quyết đúng hạn",
                  "maxPoints": 2.5,
                  "rule": { "kind": "steps", "measure": "ratio", "steps": [ { "threshold": 100, "points": 2.5 }, { "threshold": 90, "points": 1.5 } ], "otherwise": 0.5 }
                },
                {
                  "code": "1.2",
                  "name": "Ban hành kế hoạch",
                  "maxPoints": 1,
                  "rule": { "kind": "choice", "options": [ { "label": "kịp thời", "points": 1 }, { "label": "không kịp thời", "points": 0.5 } ] }
                },
                {
                  "code": "1.3",
                  "name": "Báo cáo định kỳ",
                  "maxPoints": 56.5,
                  "evidence": { "referencesRequired": true },
                  "rule": { "kind": "manual" }
                }
              ]
            },
            {
              "code": "2",
              "name": "Số báo cáo trễ hạn",
              "maxPoints": 40,
              "rule": { "kind": "deduction", "pointsPerOccurrence": 10 }
            }
          ],
          "bands": [
            { "label": "Tốt", "minIndex": 80 },
            { "label": "Khá", "minIndex": 0 }
          ]
        }
        """;

    /// <summary>A valid assessment of one unit for the base framework; hostile cases replace the inputs of unit "a".</summary>
    public static string Assessment(string inputs) => $$"""
        {
          "$schema": "https://parindex.dev/schema/assessment.schema.json",
          "frameworkId": "hostile-base",
          "units": [
            { "id": "a", "name": "Xã A", "stages": { "appraisal1": { "inputs": { {{inputs}} } } } },
            { "id": "b", "name": "Xã B", "stages": { "appraisal1": { "inputs": { "1.1": { "numerator": 9, "denominator": 10 }, "2": { "count": 1 } } } } }
          ]
        }
        """;

    private static byte[] Text(string text) => Utf8.GetBytes(text);

    private static Func<byte[]> Framework(string from, string to)
    {
        if (!BaseFramework.Contains(from, StringComparison.Ordinal)) throw new ArgumentException($"'{from}' is not in the base framework");
        return () => Text(BaseFramework.Replace(from, to, StringComparison.Ordinal));
    }

    private static HostileCase F(string name, string description, Func<byte[]> make, params string[] expected) =>
        new(name, description, HostileTarget.Framework, make, expected);

    private static HostileCase A(string name, string description, string inputs, params string[] expected) =>
        new(name, description, HostileTarget.Assessment, () => Text(Assessment(inputs)), expected);

    private static HostileCase S(string name, string description, string inputs, params string[] expected) =>
        new(name, description, HostileTarget.Scoring, () => Text(Assessment(inputs)), expected);
}
