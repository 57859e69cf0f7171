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
        if (f.Parts.Count > 0)
        {
            w.WriteStartArray("parts");
            foreach (var p in f.Parts)
            {
                w.WriteStartObject();
                w.WriteString("code", p.Code);
                w.WriteString("name", p.Name);
                if (p.NameEn is not null) w.WriteString("nameEn", p.NameEn);
                JsonOut.Decimal(w, "maxPoints", p.MaxPoints);
                w.WriteStartArray("areas");
                foreach (var a in p.AreaCodes) w.WriteStringValue(a);
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        w.WriteStartArray("areas");
        foreach (var area in f.Areas) WriteNode(w, area, kindOf);
        w.WriteEndArray();
        if (f.Bands.Count > 0)
        {
            w.WriteStartArray("bands");
            foreach (var b in f.Bands)
            {
                w.WriteStartObject();
                w.WriteString("label", b.Label);
                if (b.LabelEn is not null) w.WriteString("labelEn", b.LabelEn);
                JsonOut.Decimal(w, "minIndex", b.MinIndex);
                if (b.MaxIndex is { } max) JsonOut.Decimal(w, "maxIndex", max);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        WriteAdjustments(w, f.Adjustments);
        if (f.Disqualifiers.Count > 0)
        {
            w.WriteStartArray("disqualifiers");
            foreach (var d in f.Disqualifiers)
            {
                w.WriteStartObject();
                w.WriteString("code", d.Code);
                w.WriteString("name", d.Name);
                if (d.NameEn is not null) w.WriteString("nameEn", d.NameEn);
                w.WriteString("highestBand", d.HighestBand);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
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

    private static void WriteAdjustments(Utf8JsonWriter w, IReadOnlyList<Adjustment> adjustments)
    {
        if (adjustments.Count == 0) return;
        w.WriteStartArray("adjustments");
        foreach (var a in adjustments)
        {
            w.WriteStartObject();
            w.WriteString("code", a.Code);
            w.WriteString("name", a.Name);
            if (a.NameEn is not null) w.WriteString("nameEn", a.NameEn);
            w.WriteString("kind", Names.Of(Names.AdjustmentKinds, a.Kind));
            if (a.PointsPerOccurrence is { } per) JsonOut.Decimal(w, "pointsPerOccurrence", per);
            if (a.FixedPoints is { } fixedPoints) JsonOut.Decimal(w, "fixedPoints", fixedPoints);
            JsonOut.Decimal(w, "cap", a.Cap);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteNode(Utf8JsonWriter w, Node n, Func<Rule, IRuleKind?> kindOf)
    {
        w.WriteStartObject();
        w.WriteString("code", n.Code);
        w.WriteString("name", n.Name);
        if (n.NameEn is not null) w.WriteString("nameEn", n.NameEn);
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
