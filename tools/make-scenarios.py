#!/usr/bin/env python3
"""Writes the scenario files of the catalogue (samples/scenarios) from the published figures of the golden cases:
Thạnh Trị 2018 (totals, bands, competition ranks), Phù Yên 2022 (raw 70 → 100, groups), Mường Tè 2022 (area maxima
and the published score ranges), Chi Lăng 2023 (Y Tịch: 85 appraised with the nine losses, 93 self-assessed).
Run from the repository root."""
import json, os

SCHEMA = "https://parindex.dev/schema/scenarios.schema.json"
def write(name, doc):
    os.makedirs("samples/scenarios", exist_ok=True)
    with open(f"samples/scenarios/{name}.scenarios.json", "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(doc, ensure_ascii=False, indent=2) + "\n")

def unit(uid, name, inputs, stage="appraisal1"):
    return {"id": uid, "name": name, "stages": {stage: {"inputs": inputs}}}

# Thạnh Trị 2018: the published table (golden/thanh-tri-2018/units.csv).
table = [
    ("vinh-thanh", "Xã Vĩnh Thành", 93, [20, 6, 13, 18, 8, 13, 7, 8]), ("phu-loc", "TT Phú Lộc", 92, [21, 6, 13, 18, 8, 13, 5, 8]),
    ("thanh-tri", "Xã Thanh Trị", 92, [21, 6, 13, 18, 8, 11, 7, 8]), ("thanh-tan", "Xã Thanh Tân", 89, [20, 6, 13, 18, 8, 12, 5, 7]),
    ("tuan-tuc", "Xã Tuân Tức", 89, [21, 6, 13, 14, 8, 13, 7, 7]), ("chau-hung", "Xã Châu Hưng", 88, [21, 6, 10, 18, 8, 12, 5, 8]),
    ("lam-tan", "Xã Lâm Tân", 88, [21, 6, 13, 15, 8, 12, 5, 8]), ("vinh-loi", "Xã Vĩnh Lợi", 85, [21, 2, 13, 18, 8, 13, 3, 7]),
    ("hung-loi", "TT Hưng Lợi", 80, [21, 2, 13, 16, 8, 11, 4, 5]), ("lam-kiet", "Xã Lâm Kiệt", 71, [20, 2, 13, 12, 2, 11, 3, 8]),
]
ranks = [1, 2, 2, 4, 4, 6, 6, 8, 9, 10]
band = lambda t: "Rất tốt" if t >= 90 else "Tốt" if t >= 80 else "Khá"
write("thanh-tri-2018", {"$schema": SCHEMA, "framework": "catalogue:thanh-tri-commune-2018", "scenarios": [{
    "name": "Thạnh Trị 2018: every commune's published total, band and rank",
    "description": "The district's published table: totals 93 … 71, 3 rất tốt / 6 tốt / 1 khá, competition ranks 1, 2, 2, 4, 4, 6, 6, 8, 9, 10.",
    "units": [unit(u, n, {str(i + 1): {"points": p} for i, p in enumerate(pts)}) for u, n, _, pts in table],
    "expect": [{"unit": u, "index": t, "band": band(t), "rank": r} for (u, _, t, _), r in zip(table, ranks)]}]})

# Phù Yên 2022: 70 raw points converted to the 100 scale; groups A ≥ 90, B ≥ 70, C ≥ 50, D below.
maxima = [11.5, 6.5, 14, 5.5, 8, 8.5, 12, 4]
def fill(raw):
    out = {}
    for i, m in enumerate(maxima):
        take = min(raw, m); out[str(i + 1)] = {"points": take}; raw -= take
    return out
write("phu-yen-2022", {"$schema": SCHEMA, "framework": "catalogue:phu-yen-commune-2022", "scenarios": [
    {"name": "Phù Yên 2022: Tường Phù, the highest, 54 of 70 raw points is 77.14, group B",
     "units": [unit("tuong-phu", "Xã Tường Phù", fill(54))], "expect": [{"unit": "tuong-phu", "index": 77.14, "band": "B"}]},
    {"name": "Phù Yên 2022: Huy Tường, the lowest, 21 of 70 raw points is 30, group D",
     "units": [unit("huy-tuong", "Xã Huy Tường", fill(21))], "expect": [{"unit": "huy-tuong", "index": 30, "band": "D"}]},
    {"name": "Phù Yên 2022: the gap between the two is 47.14 and they rank 1 and 2",
     "units": [unit("tuong-phu", "Xã Tường Phù", fill(54)), unit("huy-tuong", "Xã Huy Tường", fill(21))],
     "expect": [{"unit": "tuong-phu", "rank": 1}, {"unit": "huy-tuong", "rank": 2}]}]})

# Mường Tè 2022: 7 areas (20.5 / 10.5 / 22.5 / 8 / 13.5 / 8 / 17) and the published range of scores per area.
mt = [20.5, 10.5, 22.5, 8, 13.5, 8, 17]
low = [4.5, 7, 6.5, 0, 2, 1.5, 6]
high = [16, 10.5, 22, 8, 13.5, 8, 13]
def mt_unit(uid, name, pts): return unit(uid, name, {str(i + 1): {"points": p} for i, p in enumerate(pts)})
write("muong-te-2022", {"$schema": SCHEMA, "framework": "catalogue:muong-te-commune-2022", "scenarios": [
    {"name": "Mường Tè 2022: the area maxima sum to 100",
     "units": [mt_unit("full", "Đơn vị đủ điểm", mt)],
     "expect": [{"unit": "full", "index": 100, "nodes": {str(i + 1): {"points": m, "status": "full"} for i, m in enumerate(mt)}}]},
    {"name": "Mường Tè 2022: the lowest published area scores, half points kept",
     "units": [mt_unit("low", "Điểm thấp nhất từng lĩnh vực", low)],
     "expect": [{"unit": "low", "index": sum(low), "nodes": {"1": {"points": 4.5}, "4": {"points": 0, "status": "zero"}}}]},
    {"name": "Mường Tè 2022: the highest published area scores",
     "units": [mt_unit("high", "Điểm cao nhất từng lĩnh vực", high)],
     "expect": [{"unit": "high", "index": sum(high)}]}]})

# Chi Lăng 2023: Y Tịch's appraisal (85) and self-assessment (93), from samples/assessments/chi-lang-2023.json.
yt = json.load(open("samples/assessments/chi-lang-2023.json", encoding="utf-8"))["units"][0]
losses = {"1.5": (0, "not-met"), "2.1": (1, "choice-selected"), "3.1.4": (0, "not-met"), "3.4.1": (0.5, "below-all-steps"),
          "3.4.2": (0, "not-met"), "6.3.3": (0, "not-met"), "7.2": (0, "not-met"), "7.4.1": (1, "step-matched"), "7.6": (0, "not-applicable-zero")}
write("chi-lang-2023", {"$schema": SCHEMA, "framework": "catalogue:chi-lang-commune-2023", "scenarios": [
    {"name": "Y Tịch 2023 appraised: 85 with the nine published losses",
     "description": "Points lost 15 = 3 (area 1) + 1 (area 2) + 4 (area 3) + 1 (area 6) + 6 (area 7), each with its reason.",
     "stage": "appraisal1", "units": [yt],
     "expect": [{"unit": yt["id"], "index": 85, "nodes": {**{c: {"points": p, "reason": r} for c, (p, r) in losses.items()},
                 "1": {"points": 14}, "2": {"points": 8}, "3": {"points": 14}, "6": {"points": 9}, "7": {"points": 7}}}]},
    {"name": "Y Tịch 2023 self-assessed: 93", "stage": "selfAssessment", "units": [yt], "expect": [{"unit": yt["id"], "index": 93}]}]})
