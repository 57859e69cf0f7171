using System.Runtime.CompilerServices;
using ParIndex.Engine.Rules;

namespace ParIndex.Benchmarks.Baseline;

/// <summary>
/// (c) The baseline: the 80-leaf benchmark framework (<see cref="Workload.BenchmarkFrameworks.Commune80"/>) scored by
/// hand, as a good engineer would write it for speed: decimal, no allocation, the constants of every leaf inlined,
/// one method per area (a single 80-leaf method was measured 2.3× slower), small helpers the JIT inlines. It reads
/// the same <see cref="InputCell"/> rows as the engine and gives the same index and band.
/// </summary>
/// <remarks>
/// It skips what a scorer of already-validated rows may skip: it does not check for malformed cells (negative
/// counts, numerator above denominator, off-step manual points), which the engine's encoder has rejected. It keeps
/// everything that changes points: missing input, not applicable (exclude / full points / zero), required
/// evidence and references, zero denominators, re-basing of parts, rounding, adjustments, bands and the
/// disqualifier. It keeps no per-node points: only the index and the band.
/// </remarks>
public static class HandWrittenScorer
{
    private const int Exclude = 0, FullNa = 1, ZeroNa = 2;  // not-applicable policies
    private const int NoEv = 0, Ev = 1, Refs = 2;           // evidence requirements

    /// <summary>Points given and applicable max of an area; <see cref="Live"/> when any leaf applies.</summary>
    private struct Acc
    {
        public decimal Awarded, Applicable;
        public bool Live;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Add(decimal points, decimal max)
        {
            Awarded += points;
            Applicable += max;
            Live = true;
        }
    }

    /// <summary>Scores one row; returns the index and the band's index (0 = "Xuất sắc").</summary>
    public static decimal Score(ReadOnlySpan<InputCell> r, out int band)
    {
        var td = default(Acc);
        Merge(ref td, Area1(r));
        Merge(ref td, Area2(r));
        Merge(ref td, Area3(r));
        Merge(ref td, Area4(r));
        Merge(ref td, Area5(r));
        Merge(ref td, Area6(r));
        Merge(ref td, Area7(r));
        var dt = Area8(r);

        decimal total = 0m, denominator = 0m;
        Part(td, 62m, ref total, ref denominator);
        Part(dt, 38m, ref total, ref denominator);
        var index = denominator == 0m ? 0m : denominator == 100m ? total : total / denominator * 100m;
        index = Math.Round(index, 2, MidpointRounding.AwayFromZero);

        if (Occurrences(r[81]) > 0) index += 1m;                  // TH: bonus, 1 point
        var violations = Occurrences(r[82]);                      // VP: penalty, 1 per occurrence, at most 3
        if (violations > 0) index -= violations >= 3 ? 3m : violations;
        if (index < 0m) index = 0m;
        else if (index > 100m) index = 100m;

        band = index >= 90m ? 0 : index >= 80m ? 1 : index >= 70m ? 2 : index >= 50m ? 3 : 4;
        if (band < 2 && (r[83].Flags & InputFlags.Present) != 0 && r[83].First != 0m) band = 2;  // KLTT: at best "Khá"
        return index;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Merge(ref Acc part, in Acc area)
    {
        if (!area.Live) return;
        part.Add(area.Awarded, area.Applicable);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Part(in Acc part, decimal max, ref decimal total, ref decimal denominator)
    {
        if (!part.Live || part.Applicable == 0m) return;
        total += part.Applicable == max ? part.Awarded : Math.Round(part.Awarded / part.Applicable * max, 2, MidpointRounding.AwayFromZero);
        denominator += max;
    }

    // Công tác chỉ đạo, điều hành CCHC (slots 0-9).
    private static Acc Area1(ReadOnlySpan<InputCell> r)
    {
        var a = default(Acc);
        AllOrNothing(ref a, r[0], 0.5m, Refs);
        Steps(ref a, r[1], 1m, 100m, 1m, 80m, 0.5m, Ev);
        Choice3(ref a, r[2], 0.5m, 0.5m, 0.25m, 0m);
        AtMost(ref a, r[3], 0.5m, 0m, 0.5m, 1m, 0.25m);
        AllOrNothing(ref a, r[4], 0.5m, Ev);
        Steps(ref a, r[5], 1m, 100m, 1m, 70m, 0.5m);
        Steps(ref a, r[6], 1m, 100m, 1m, 80m, 0.5m);
        AllOrNothing(ref a, r[7], 0.5m);
        PerItem(ref a, r[8], 1m, 0.25m);
        Manual(ref a, r[9], 1m);
        return a;
    }

    // Xây dựng và tổ chức thực hiện văn bản QPPL (slots 10-18).
    private static Acc Area2(ReadOnlySpan<InputCell> r)
    {
        var a = default(Acc);
        Steps(ref a, r[10], 1m, 100m, 1m, 80m, 0.5m, Ev);
        AllOrNothing(ref a, r[11], 0.5m);
        AllOrNothing(ref a, r[12], 0.5m, Refs);
        Steps(ref a, r[13], 1m, 100m, 1m, 80m, 0.5m);
        Deduction(ref a, r[14], 1m, 0.25m);
        Steps(ref a, r[15], 1m, 100m, 1m, 90m, 0.75m, 70m, 0.5m, na: FullNa);
        AllOrNothing(ref a, r[16], 0.5m, na: FullNa);
        Steps(ref a, r[17], 0.5m, 100m, 0.5m, 80m, 0.25m);
        Choice3(ref a, r[18], 0.5m, 0.5m, 0.25m, 0m);
        return a;
    }

    // Cải cách thủ tục hành chính (slots 19-30).
    private static Acc Area3(ReadOnlySpan<InputCell> r)
    {
        var a = default(Acc);
        Steps(ref a, r[19], 1m, 100m, 1m, 90m, 0.5m, Ev);
        AllOrNothing(ref a, r[20], 0.5m);
        Steps(ref a, r[21], 3m, 100m, 3m, 95m, 2m, 90m, 1.5m, 80m, 1m);
        Steps(ref a, r[22], 1m, 100m, 1m, 90m, 0.5m);
        Deduction(ref a, r[23], 1m, 0.25m, wipeOutFrom: 4);
        AtMost(ref a, r[24], 1m, 0m, 1m, 2m, 0.5m);
        Proportional(ref a, r[25], 1m);
        AllOrNothing(ref a, r[26], 0.5m, Ev);
        Choice3(ref a, r[27], 1m, 1m, 0.5m, 0m);
        Steps(ref a, r[28], 1m, 100m, 1m, 80m, 0.5m);
        Steps(ref a, r[29], 1m, 100m, 1m, 80m, 0.5m);
        AllOrNothing(ref a, r[30], 0.5m);
        return a;
    }

    // Cải cách tổ chức bộ máy (slots 31-39).
    private static Acc Area4(ReadOnlySpan<InputCell> r)
    {
        var a = default(Acc);
        AllOrNothing(ref a, r[31], 1m, Refs);
        Steps(ref a, r[32], 1m, 100m, 1m, 80m, 0.5m);
        AllOrNothing(ref a, r[33], 0.5m);
        Deduction(ref a, r[34], 1m, 0.5m);
        Steps(ref a, r[35], 1m, 100m, 1m, 70m, 0.5m, na: ZeroNa);
        AllOrNothing(ref a, r[36], 0.5m);
        Choice3(ref a, r[37], 0.5m, 0.5m, 0.25m, 0m);
        Steps(ref a, r[38], 1m, 100m, 1m, 80m, 0.5m);
        AllOrNothing(ref a, r[39], 0.5m, Ev);
        return a;
    }

    // Xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức (slots 40-49), then penalty KL (slot 80).
    private static Acc Area5(ReadOnlySpan<InputCell> r)
    {
        var a = default(Acc);
        AllOrNothing(ref a, r[40], 0.5m, Ev);
        Steps(ref a, r[41], 1m, 100m, 1m, 90m, 0.5m);
        AllOrNothing(ref a, r[42], 0.5m);
        Steps(ref a, r[43], 1m, 100m, 1m, 80m, 0.5m);
        Steps(ref a, r[44], 1m, 100m, 1m, 80m, 0.5m, 50m, 0.25m);
        PerItem(ref a, r[45], 0.5m, 0.25m);
        Deduction(ref a, r[46], 2m, 0.5m, wipeOutFrom: 3);
        Deduction(ref a, r[47], 1m, 0.25m);
        Steps(ref a, r[48], 1m, 100m, 1m, 90m, 0.75m, 80m, 0.5m);
        AllOrNothing(ref a, r[49], 0.5m);
        var disciplined = Occurrences(r[80]);                     // KL: 0.5 per occurrence, at most 2
        if (a.Live && disciplined > 0)
        {
            var points = a.Awarded - (disciplined >= 4 ? 2m : 0.5m * disciplined);
            a.Awarded = points < 0m ? 0m : points > a.Applicable ? a.Applicable : points;
        }
        return a;
    }

    // Cải cách tài chính công (slots 50-58).
    private static Acc Area6(ReadOnlySpan<InputCell> r)
    {
        var a = default(Acc);
        AllOrNothing(ref a, r[50], 0.5m, Refs);
        Steps(ref a, r[51], 1m, 100m, 1m, 90m, 0.5m);
        AllOrNothing(ref a, r[52], 0.5m);
        Deduction(ref a, r[53], 1m, 0.5m);
        Steps(ref a, r[54], 1m, 100m, 1m, 80m, 0.5m);
        Deduction(ref a, r[55], 1m, 0.25m, wipeOutFrom: 4);
        Proportional(ref a, r[56], 1m);
        Steps(ref a, r[57], 1m, 100m, 1m, 95m, 0.75m, 90m, 0.5m);
        Choice3(ref a, r[58], 0.5m, 0.5m, 0.25m, 0m);
        return a;
    }

    // Xây dựng chính quyền điện tử, chính quyền số (slots 59-70).
    private static Acc Area7(ReadOnlySpan<InputCell> r)
    {
        var a = default(Acc);
        Steps(ref a, r[59], 1m, 100m, 1m, 80m, 0.5m);
        AllOrNothing(ref a, r[60], 0.5m);
        Steps(ref a, r[61], 1m, 100m, 1m, 90m, 0.5m);
        Steps(ref a, r[62], 1m, 100m, 1m, 80m, 0.5m);
        AllOrNothing(ref a, r[63], 0.5m, Ev);
        Steps(ref a, r[64], 2m, 80m, 2m, 50m, 1.5m, 30m, 1m, 10m, 0.5m);
        Proportional(ref a, r[65], 1m);
        Steps(ref a, r[66], 1m, 100m, 1m, 50m, 0.5m);
        Steps(ref a, r[67], 1m, 50m, 1m, 30m, 0.5m);
        PerItem(ref a, r[68], 1m, 0.25m);
        AllOrNothing(ref a, r[69], 1m, Refs);
        Manual(ref a, r[70], 1m);
        return a;
    }

    // Sự hài lòng của người dân, tổ chức (slots 71-79).
    private static Acc Area8(ReadOnlySpan<InputCell> r)
    {
        var a = default(Acc);
        SurveyShare(ref a, r[71], 5m);
        SurveySteps(ref a, r[72], 5m, 90m, 5m, 80m, 4m, 70m, 3m, 50m, 2m);
        SurveyShare(ref a, r[73], 5m);
        SurveyShare(ref a, r[74], 4m);
        SurveySteps(ref a, r[75], 5m, 90m, 5m, 75m, 3.5m, 50m, 2m, decimal.MaxValue, 0m);
        Proportional(ref a, r[76], 4m);
        SurveyShare(ref a, r[77], 4m);
        Steps(ref a, r[78], 3m, 95m, 3m, 85m, 2m, 70m, 1m);
        Manual(ref a, r[79], 3m);
        return a;
    }

    // ---- Leaf helpers: the JIT inlines them and folds the constant arguments. ----

    /// <summary>Missing input, not applicable and evidence; true when the rule itself is to score the cell.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Gate(ref Acc a, in InputCell c, decimal max, int evidence, int na)
    {
        var f = c.Flags;
        if ((f & InputFlags.Present) == 0) { a.Add(0m, max); return false; }
        if ((f & InputFlags.NotApplicable) != 0) { NotApplicable(ref a, max, na); return false; }
        if (evidence != NoEv && ((f & InputFlags.EvidenceProvided) == 0 || (evidence == Refs && (f & InputFlags.HasReferences) == 0)))
        {
            a.Add(0m, max);
            return false;
        }
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void NotApplicable(ref Acc a, decimal max, int na)
    {
        if (na == FullNa) a.Add(max, max);
        else if (na == ZeroNa) a.Add(0m, max);
    }

    /// <summary>The ratio in %; false (and the not-applicable policy applied) when the denominator is 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Percent(ref Acc a, in InputCell c, decimal max, int na, out decimal percent)
    {
        var den = c.Second;
        if (den == 0m)
        {
            NotApplicable(ref a, max, na);
            percent = 0m;
            return false;
        }
        percent = den == 100m ? c.First : c.First * 100m / den;
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Occurrences(in InputCell c) => (c.Flags & InputFlags.Present) == 0 || c.First <= 0m ? 0 : (int)c.First;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AllOrNothing(ref Acc a, in InputCell c, decimal max, int evidence = NoEv, int na = Exclude)
    {
        if (Gate(ref a, c, max, evidence, na)) a.Add(c.First == 1m ? max : 0m, max);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Steps(ref Acc a, in InputCell c, decimal max, decimal t0, decimal p0, decimal t1, decimal p1, int evidence = NoEv, int na = Exclude)
    {
        if (Gate(ref a, c, max, evidence, na) && Percent(ref a, c, max, na, out var p))
            a.Add(p >= t0 ? p0 : p >= t1 ? p1 : 0m, max);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Steps(ref Acc a, in InputCell c, decimal max, decimal t0, decimal p0, decimal t1, decimal p1, decimal t2, decimal p2, int evidence = NoEv, int na = Exclude)
    {
        if (Gate(ref a, c, max, evidence, na) && Percent(ref a, c, max, na, out var p))
            a.Add(p >= t0 ? p0 : p >= t1 ? p1 : p >= t2 ? p2 : 0m, max);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Steps(ref Acc a, in InputCell c, decimal max, decimal t0, decimal p0, decimal t1, decimal p1, decimal t2, decimal p2, decimal t3, decimal p3)
    {
        if (Gate(ref a, c, max, NoEv, Exclude) && Percent(ref a, c, max, Exclude, out var p))
            a.Add(p >= t0 ? p0 : p >= t1 ? p1 : p >= t2 ? p2 : p >= t3 ? p3 : 0m, max);
    }

    /// <summary>Steps on a count, lower is better (late reports).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AtMost(ref Acc a, in InputCell c, decimal max, decimal t0, decimal p0, decimal t1, decimal p1)
    {
        if (Gate(ref a, c, max, NoEv, Exclude)) a.Add(c.First <= t0 ? p0 : c.First <= t1 ? p1 : 0m, max);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Choice3(ref Acc a, in InputCell c, decimal max, decimal p0, decimal p1, decimal p2)
    {
        if (Gate(ref a, c, max, NoEv, Exclude)) a.Add(c.Choice == 0 ? p0 : c.Choice == 1 ? p1 : p2, max);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Deduction(ref Acc a, in InputCell c, decimal max, decimal perOccurrence, int wipeOutFrom = int.MaxValue)
    {
        if (!Gate(ref a, c, max, NoEv, Exclude)) return;
        var count = c.First;
        var points = count == 0m ? max : count >= wipeOutFrom ? 0m : max - perOccurrence * count;
        a.Add(points < 0m ? 0m : points, max);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void PerItem(ref Acc a, in InputCell c, decimal max, decimal perItem)
    {
        if (!Gate(ref a, c, max, NoEv, Exclude)) return;
        var points = c.First * perItem;
        a.Add(points > max ? max : points, max);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Manual(ref Acc a, in InputCell c, decimal max)
    {
        if (Gate(ref a, c, max, NoEv, Exclude)) a.Add(c.First, max);
    }

    /// <summary>Proportional to a ratio, target 100 %, rounded to 2 decimals.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Proportional(ref Acc a, in InputCell c, decimal max)
    {
        if (Gate(ref a, c, max, NoEv, Exclude) && Percent(ref a, c, max, Exclude, out var p))
            a.Add(p >= 100m ? max : Math.Round(max * p / 100m, 2, MidpointRounding.AwayFromZero), max);
    }

    /// <summary>The weighted share of a survey in %; false (not applicable) with no respondents.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Share(ref Acc a, in InputCell c, decimal max, out decimal share)
    {
        share = 0m;
        if (!Gate(ref a, c, max, NoEv, Exclude)) return false;
        var respondents = c.Second;
        if (respondents == 0m) return false;
        share = respondents == 1m ? c.First : c.First / respondents;
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void SurveyShare(ref Acc a, in InputCell c, decimal max)
    {
        if (Share(ref a, c, max, out var share)) a.Add(Math.Round(max * share / 100m, 2, MidpointRounding.AwayFromZero), max);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void SurveySteps(ref Acc a, in InputCell c, decimal max, decimal t0, decimal p0, decimal t1, decimal p1, decimal t2, decimal p2, decimal t3, decimal p3)
    {
        if (Share(ref a, c, max, out var s)) a.Add(s >= t0 ? p0 : s >= t1 ? p1 : s >= t2 ? p2 : s >= t3 ? p3 : 0m, max);
    }
}
