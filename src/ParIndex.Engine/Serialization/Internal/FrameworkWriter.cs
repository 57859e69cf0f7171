using System.Text.Json;
using ParIndex.Engine.Model;
using ParIndex.Engine.Rules;

namespace ParIndex.Engine.Serialization.Internal;

/// <summary>Writes a framework in the canonical order, omitting defaults. The compact form without "$schema" is what the content hash covers.</summary>
internal static class FrameworkWriter
{
    public static string Write(Framework f, Func<Rule, IRuleKind?> kindOf, bool indented, bool withSchema) =>
        JsonOut.Write(indented, w => Write(w, f, kindOf, withSchema));

    private static void Write(Utf8JsonWriter w, Framework f, Func<Rule, IRuleKind?> kindOf, bool withSchema)
    {
        w.WriteStartObject();
        if (withSchema) w.WriteString("$schema", Names.FrameworkSchema);
        var i = f.Info;
        w.WriteString("id", i.Id);
        w.WriteString("name", i.Name);
        if (i.NameEn is not null) w.WriteString("nameEn", i.NameEn);
        w.WriteString("issuer", i.Issuer);
        w.WriteString("unitLevel", Names.Of(Names.UnitLevels, i.UnitLevel));
        w.WriteNumber("year", i.Year);
        if (i.LegalBasis is not null) w.WriteString("legalBasis", i.LegalBasis);
        w.WriteString("version", i.Version);
        WritePolicy(w, f.Policy);
        WriteObjects(w, "parts", f.Parts, static (w, p) =>
        {
            WriteNamed(w, p.Code, p.Name, p.NameEn);
            JsonOut.Decimal(w, "maxPoints", p.MaxPoints);
            w.WriteStartArray("areas");
            foreach (var a in p.AreaCodes) w.WriteStringValue(a);
            w.WriteEndArray();
        });
        w.WriteStartArray("areas");
        foreach (var area in f.Areas) WriteNode(w, area, kindOf);
        w.WriteEndArray();
        WriteObjects(w, "bands", f.Bands, static (w, b) =>
        {
            w.WriteString("label", b.Label);
            if (b.LabelEn is not null) w.WriteString("labelEn", b.LabelEn);
            JsonOut.Decimal(w, "minIndex", b.MinIndex);
            if (b.MaxIndex is { } max) JsonOut.Decimal(w, "maxIndex", max);
        });
        WriteAdjustments(w, f.Adjustments);
        WriteObjects(w, "disqualifiers", f.Disqualifiers, static (w, d) =>
        {
            WriteNamed(w, d.Code, d.Name, d.NameEn);
            w.WriteString("highestBand", d.HighestBand);
        });
        w.WriteEndObject();
    }

    private static void WritePolicy(Utf8JsonWriter w, ScoringPolicy p)
    {
        var d = ScoringPolicy.Default;
        if (p == d) return;
        w.WriteStartObject("scoring");
        if (p.Scale != d.Scale) JsonOut.Decimal(w, "scale", p.Scale);
        if (p.Rounding != d.Rounding)
        {
            w.WriteStartObject("rounding");
            if (p.Rounding.Mode != d.Rounding.Mode) w.WriteString("mode", Names.Of(Names.RoundingModes, p.Rounding.Mode));
            if (p.Rounding.LeafDecimals != d.Rounding.LeafDecimals) w.WriteNumber("leafDecimals", p.Rounding.LeafDecimals);
            if (p.Rounding.IndexDecimals != d.Rounding.IndexDecimals) w.WriteNumber("indexDecimals", p.Rounding.IndexDecimals);
            w.WriteEndObject();
        }
        if (p.NotApplicable != d.NotApplicable) w.WriteString("notApplicable", Names.Of(Names.NotApplicable, p.NotApplicable));
        if (p.ZeroDenominatorIsNotApplicable != d.ZeroDenominatorIsNotApplicable) w.WriteBoolean("zeroDenominatorIsNotApplicable", p.ZeroDenominatorIsNotApplicable);
        if (p.ManualStep != d.ManualStep) JsonOut.Decimal(w, "manualStep", p.ManualStep);
        if (p.IndexUncapped != d.IndexUncapped) w.WriteBoolean("indexUncapped", p.IndexUncapped);
        if (p.Ranking != d.Ranking) w.WriteString("ranking", Names.Of(Names.Rankings, p.Ranking));
        if (p.TopBandQuotaPercent is { } q) JsonOut.Decimal(w, "topBandQuotaPercent", q);
        if (p.BandsByRank != d.BandsByRank) w.WriteBoolean("bandsByRank", p.BandsByRank);
        w.WriteEndObject();
    }

    private static void WriteAdjustments(Utf8JsonWriter w, IReadOnlyList<Adjustment> adjustments) =>
        WriteObjects(w, "adjustments", adjustments, static (w, a) =>
        {
            WriteNamed(w, a.Code, a.Name, a.NameEn);
            w.WriteString("kind", Names.Of(Names.AdjustmentKinds, a.Kind));
            if (a.PointsPerOccurrence is { } per) JsonOut.Decimal(w, "pointsPerOccurrence", per);
            if (a.FixedPoints is { } fixedPoints) JsonOut.Decimal(w, "fixedPoints", fixedPoints);
            JsonOut.Decimal(w, "cap", a.Cap);
        });

    // A list left out when empty, so that the canonical form (and the hash over it) has one spelling of "none".
    private static void WriteObjects<T>(Utf8JsonWriter w, string name, IReadOnlyList<T> items, Action<Utf8JsonWriter, T> write)
    {
        if (items.Count == 0) return;
        w.WriteStartArray(name);
        foreach (var item in items)
        {
            w.WriteStartObject();
            write(w, item);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteNamed(Utf8JsonWriter w, string code, string name, string? nameEn)
    {
        w.WriteString("code", code);
        w.WriteString("name", name);
        if (nameEn is not null) w.WriteString("nameEn", nameEn);
    }

    private static void WriteNode(Utf8JsonWriter w, Node n, Func<Rule, IRuleKind?> kindOf)
    {
        w.WriteStartObject();
        WriteNamed(w, n.Code, n.Name, n.NameEn);
        JsonOut.Decimal(w, "maxPoints", n.MaxPoints);
        if (n.Aggregation != Aggregation.Sum) w.WriteString("aggregation", Names.Of(Names.Aggregations, n.Aggregation));
        if (n.Evidence is { } e)
        {
            w.WriteStartObject("evidence");
            if (e.ReferencesRequired) w.WriteBoolean("referencesRequired", true);
            if (e.Description is not null) w.WriteString("description", e.Description);
            w.WriteEndObject();
        }
        if (n.NotApplicable is { } na) w.WriteString("notApplicable", Names.Of(Names.NotApplicable, na));
        WriteAdjustments(w, n.Adjustments);
        if (n.Children.Count > 0)
        {
            w.WriteStartArray("children");
            foreach (var c in n.Children) WriteNode(w, c, kindOf);
            w.WriteEndArray();
        }
        else if (n.Rule is { } rule)
        {
            w.WriteStartObject("rule");
            w.WriteString("kind", rule.Kind);
            var kind = kindOf(rule);
            if (kind is not null) kind.Write(rule, new RuleWriter(w));
            else w.WriteString("description", rule.Describe());
            w.WriteEndObject();
        }
        w.WriteEndObject();
    }
}
