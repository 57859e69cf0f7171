using ParIndex.Engine.Model;
using ParIndex.Engine.Rules;
using ParIndex.Engine.Serialization;
using ParIndex.Engine.Tests.Support;

namespace ParIndex.Engine.Tests.Serialization;

/// <summary>Builds random valid frameworks (every rule kind, policies, bands, parts, adjustments) from a seed.</summary>
internal sealed class FrameworkGenerator(int seed)
{
    private static readonly string[] Words = ["Cải cách", "thủ tục", "hành chính", "Đổi mới", "\"trích dẫn\"", "a\\b", "dòng\nmới", "tab\t", "số hóa", "<html> & 'x'", "😀"];
    private readonly Random _random = new(seed);
    private int _adjustment;

    public Framework Next()
    {
        var policy = new ScoringPolicy
        {
            Scale = Pick(100m, 70m, 10.5m),
            Rounding = new Rounding { Mode = Pick(RoundingMode.HalfAwayFromZero, RoundingMode.HalfToEven, RoundingMode.Truncate), LeafDecimals = _random.Next(0, 7), IndexDecimals = _random.Next(0, 7) },
            NotApplicable = Pick(NotApplicablePolicy.Exclude, NotApplicablePolicy.FullPoints, NotApplicablePolicy.Zero),
            ZeroDenominatorIsNotApplicable = Coin(),
            ManualStep = Pick(0.25m, 0.05m, 0.250m),
            IndexUncapped = Coin(),
            Ranking = Pick(RankingMethod.Competition, RankingMethod.Dense),
            TopBandQuotaPercent = Coin() ? Pick(10m, 12.5m, 100m) : null,
        };
        var areas = Enumerable.Range(1, _random.Next(1, 5)).Select(i => NodeAt(i.ToString(System.Globalization.CultureInfo.InvariantCulture), 1)).ToList();
        List<Band>? bands = null;
        List<Disqualifier>? disqualifiers = null;
        if (Coin())
        {
            var cut = policy.Scale * 0.8m;
            bands = [new Band { Label = "Tốt", LabelEn = Coin() ? "Good" : null, MinIndex = cut }, new Band { Label = Text(), MinIndex = 0m, MaxIndex = Coin() ? cut : null }];
            if (bands[1].Label == "Tốt") bands[1] = bands[1] with { Label = "Khá" };
            if (Coin()) disqualifiers = [new Disqualifier { Code = "K1", Name = Text(), NameEn = Coin() ? "Violation" : null, HighestBand = bands[1].Label }];
        }
        List<Part>? parts = Coin() ? [new Part { Code = "I", Name = Text(), MaxPoints = areas.Sum(a => a.MaxPoints), AreaCodes = [.. areas.Select(a => a.Code)] }] : null;
        var adjustments = Coin() ? new List<Adjustment> { Adjustment() } : null;
        var info = new FrameworkInfo
        {
            Id = "gen-" + seed.ToString(System.Globalization.CultureInfo.InvariantCulture).Replace("-", "m", StringComparison.Ordinal),
            Name = Text(), NameEn = Coin() ? "Generated" : null, Issuer = Text(), UnitLevel = Pick(UnitLevel.Commune, UnitLevel.District, UnitLevel.Department, UnitLevel.Province),
            Year = _random.Next(2000, 2101), LegalBasis = Coin() ? "Quyết định số 1/QĐ-UBND" : null, Version = "1." + _random.Next(0, 100),
        };
        return new Framework(info, areas, policy, bands, parts, adjustments, disqualifiers, hasher: RuleKindRegistry.BuiltInHasher);
    }

    private Node NodeAt(string code, int level)
    {
        var common = new Node { Code = code, Name = Text(), NameEn = Coin() ? "Node " + code : null, MaxPoints = 0m };
        if (level < 3 && _random.Next(3) == 0)
        {
            var children = Enumerable.Range(1, _random.Next(1, 4)).Select(i => NodeAt($"{code}.{i}", level + 1)).ToList();
            var bestOf = Coin() && children.Count > 1;
            return common with
            {
                Children = children,
                Aggregation = bestOf ? Aggregation.BestOf : Aggregation.Sum,
                MaxPoints = bestOf ? children.Max(c => c.MaxPoints) : children.Sum(c => c.MaxPoints),
                Adjustments = Coin() ? [Adjustment()] : [],
            };
        }
        var max = _random.Next(1, 41) * 0.25m;
        if (Coin()) max = decimal.Round(max, 2) + 0.00m; // same value, another scale
        return common with
        {
            MaxPoints = max,
            Rule = Rule(max),
            Evidence = _random.Next(3) switch { 0 => null, 1 => new EvidenceRequirement(), _ => new EvidenceRequirement { ReferencesRequired = Coin(), Description = Coin() ? Text() : null } },
            NotApplicable = Coin() ? Pick(NotApplicablePolicy.Exclude, NotApplicablePolicy.FullPoints, NotApplicablePolicy.Zero) : null,
        };
    }

    // Every registered kind, from its entry in KindExamples (with all the options its JSON has).
    private Rule Rule(decimal max) => KindExamples.Of(KindExamples.Kinds[_random.Next(KindExamples.Kinds.Count)]).Varied(max, _random);

    private Adjustment Adjustment()
    {
        var fixedPoints = Coin();
        return new Adjustment
        {
            Code = "P" + ++_adjustment, Name = Text(), NameEn = Coin() ? "Penalty" : null, Kind = Pick(AdjustmentKind.Bonus, AdjustmentKind.Penalty),
            PointsPerOccurrence = fixedPoints ? null : Pick(0.5m, 1m), FixedPoints = fixedPoints ? Pick(2m, 1.25m) : null, Cap = Pick(1m, 3m, 2.5m),
        };
    }

    private string Text() => string.Join(' ', Enumerable.Range(0, _random.Next(1, 4)).Select(_ => Words[_random.Next(Words.Length)]));

    private bool Coin() => _random.Next(2) == 0;

    private T Pick<T>(params T[] items) => items[_random.Next(items.Length)];
}
