#!/usr/bin/env python3
"""Generates the sample frameworks and assessments in samples/ (run from the repository root).
The golden figures are copied here by hand from the published reports; nothing is read at build or test time."""
import json

FW = "../../src/ParIndex.Engine/Serialization/Schemas/framework.schema.json"
AS = "../../src/ParIndex.Engine/Serialization/Schemas/assessment.schema.json"
FW = "https://parindex.dev/schema/framework.schema.json"
AS = "https://parindex.dev/schema/assessment.schema.json"

def dump(path, obj):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(obj, ensure_ascii=False, indent=2) + "\n")

def manual_area(code, name, mx, step):
    return {"code": code, "name": name, "maxPoints": mx, "rule": {"kind": "manual", "step": step}}

# ---- Thạnh Trị 2018 (area level) ----
tt_areas = [("1", "Công tác chỉ đạo điều hành CCHC", 25), ("2", "Tổ chức thực hiện văn bản quy phạm pháp luật", 6),
            ("3", "Cải cách thủ tục hành chính", 15), ("4", "Thực hiện cơ chế một cửa", 18), ("5", "Cải cách tổ chức bộ máy", 8),
            ("6", "Xây dựng và nâng cao chất lượng đội ngũ CBCC", 13), ("7", "Cải cách tài chính công", 7), ("8", "Hiện đại hóa hành chính", 8)]
dump("samples/frameworks/thanh-tri-2018.json", {
    "$schema": FW, "id": "thanh-tri-commune-2018", "name": "Bộ chỉ số cải cách hành chính UBND các xã, thị trấn huyện Thạnh Trị năm 2018",
    "nameEn": "PAR Index of the communes and towns of Thạnh Trị district, 2018 (area level)",
    "issuer": "UBND huyện Thạnh Trị", "unitLevel": "commune", "year": 2018,
    "legalBasis": "Quyết định số 599/QĐ-UBND ngày 28/5/2018 của Chủ tịch UBND huyện Thạnh Trị", "version": "2018.1",
    "scoring": {"scale": 100, "rounding": {"mode": "halfAwayFromZero", "leafDecimals": 2, "indexDecimals": 2}, "manualStep": 1, "ranking": "competition"},
    "areas": [manual_area(c, n, m, 1) for c, n, m in tt_areas],
    "bands": [{"label": "Rất tốt", "labelEn": "Very good", "minIndex": 90}, {"label": "Tốt", "labelEn": "Good", "minIndex": 80, "maxIndex": 90},
              {"label": "Khá", "labelEn": "Fair", "minIndex": 70, "maxIndex": 80}, {"label": "Trung bình", "labelEn": "Average", "minIndex": 50, "maxIndex": 70},
              {"label": "Yếu", "labelEn": "Weak", "minIndex": 0, "maxIndex": 50}]})
units = """1,Xã Vĩnh Thành,93,20,6,13,18,8,13,7,8
2,TT Phú Lộc,92,21,6,13,18,8,13,5,8
3,Xã Thanh Trị,92,21,6,13,18,8,11,7,8
4,Xã Thanh Tân,89,20,6,13,18,8,12,5,7
5,Xã Tuân Tức,89,21,6,13,14,8,13,7,7
6,Xã Châu Hưng,88,21,6,10,18,8,12,5,8
7,Xã Lâm Tân,88,21,6,13,15,8,12,5,8
8,Xã Vĩnh Lợi,85,21,2,13,18,8,13,3,7
9,TT Hưng Lợi,80,21,2,13,16,8,11,4,5
10,Xã Lâm Kiệt,71,20,2,13,12,2,11,3,8"""
slug = {"Xã Vĩnh Thành": "vinh-thanh", "TT Phú Lộc": "phu-loc", "Xã Thanh Trị": "thanh-tri", "Xã Thanh Tân": "thanh-tan", "Xã Tuân Tức": "tuan-tuc",
        "Xã Châu Hưng": "chau-hung", "Xã Lâm Tân": "lam-tan", "Xã Vĩnh Lợi": "vinh-loi", "TT Hưng Lợi": "hung-loi", "Xã Lâm Kiệt": "lam-kiet"}
tt_units = []
for line in units.splitlines():
    p = line.split(",")
    tt_units.append({"id": slug[p[1]], "name": p[1], "stages": {"appraisal1": {"inputs": {str(i + 1): {"points": int(v)} for i, v in enumerate(p[3:])}}}})
dump("samples/assessments/thanh-tri-2018.json", {"$schema": AS, "frameworkId": "thanh-tri-commune-2018", "frameworkVersion": "2018.1", "units": tt_units})

# ---- Mường Tè 2022 ----
mt = [("1", "Công tác chỉ đạo, điều hành CCHC", 20.5), ("2", "Cải cách thể chế", 10.5), ("3", "Cải cách thủ tục hành chính", 22.5),
      ("4", "Cải cách tổ chức bộ máy hành chính nhà nước", 8), ("5", "Cải cách chế độ công vụ", 13.5), ("6", "Cải cách tài chính công", 8),
      ("7", "Xây dựng và phát triển chính quyền điện tử, chính quyền số", 17)]
dump("samples/frameworks/muong-te-2022.json", {
    "$schema": FW, "id": "muong-te-commune-2022", "name": "Bộ chỉ số cải cách hành chính của UBND các xã, thị trấn trên địa bàn huyện Mường Tè năm 2022",
    "nameEn": "PAR Index of the communes and towns of Mường Tè district, 2022 (area level)", "issuer": "UBND huyện Mường Tè", "unitLevel": "commune", "year": 2022,
    "legalBasis": "Quyết định số 60/QĐ-UBND ngày 07/2/2023 của UBND huyện Mường Tè", "version": "2022.1",
    "scoring": {"manualStep": 0.5}, "areas": [manual_area(c, n, m, 0.5) for c, n, m in mt]})

# ---- Phù Yên 2022 ----
py = [("1", "Công tác chỉ đạo, điều hành CCHC", 11.5), ("2", "Cải cách thể chế", 6.5), ("3", "Cải cách thủ tục hành chính", 14),
      ("4", "Cải cách tổ chức bộ máy hành chính", 5.5), ("5", "Cải cách công vụ", 8), ("6", "Cải cách tài chính công", 8.5),
      ("7", "Xây dựng chính quyền điện tử, chính quyền số", 12), ("8", "Tác động của CCHC đến người dân, tổ chức và phát triển KT-XH", 4)]
dump("samples/frameworks/phu-yen-2022.json", {
    "$schema": FW, "id": "phu-yen-commune-2022", "name": "Chỉ số cải cách hành chính của UBND các xã, thị trấn trên địa bàn huyện Phù Yên năm 2022",
    "nameEn": "PAR Index of the communes and towns of Phù Yên district, 2022: 70 raw points converted to the 100-point scale",
    "issuer": "UBND huyện Phù Yên", "unitLevel": "commune", "year": 2022,
    "legalBasis": "Quyết định số 1550/QĐ-UBND ngày 07/9/2022 của UBND huyện Phù Yên ban hành Quy định về tiêu chí đánh giá chỉ số cải cách hành chính năm 2022", "version": "2022.1",
    "scoring": {"scale": 100, "manualStep": 0.5}, "areas": [manual_area(c, n, m, 0.5) for c, n, m in py],
    "bands": [{"label": "A", "labelEn": "Group A", "minIndex": 90}, {"label": "B", "labelEn": "Group B", "minIndex": 70, "maxIndex": 90},
              {"label": "C", "labelEn": "Group C", "minIndex": 50, "maxIndex": 70}, {"label": "D", "labelEn": "Group D", "minIndex": 0, "maxIndex": 50}]})

# ---- Chi Lăng 2023 (the criteria of Y Tịch's report; x.0 codes are filler) ----
FILLER = "[Phần điểm tổng hợp, không phải tiêu chí của huyện] "
def filler(code, what, mx):
    return {"code": code, "name": FILLER + what, "nameEn": "[Filler, not a criterion of the district] " + what, "maxPoints": mx, "rule": {"kind": "manual", "step": 0.5}}
def aon(code, name, mx, **extra):
    return {"code": code, "name": name, "maxPoints": mx, **extra, "rule": {"kind": "allOrNothing"}}
cl_areas = [
    {"code": "1", "name": "Chỉ đạo điều hành CCHC", "maxPoints": 17, "children": [
        filler("1.0", "các tiêu chí còn lại của lĩnh vực 1", 14),
        aon("1.5", "Đổi mới sáng tạo trong triển khai nhiệm vụ CCHC", 3)]},
    {"code": "2", "name": "Cải cách thể chế", "maxPoints": 9, "children": [
        filler("2.0", "các tiêu chí còn lại của lĩnh vực 2", 7),
        {"code": "2.1", "name": "Xây dựng văn bản quy phạm pháp luật trong năm", "maxPoints": 2, "rule": {"kind": "choice", "options": [
            {"label": "Ban hành đầy đủ, đúng quy định", "labelEn": "Issued as required", "points": 2},
            {"label": "Không được giao ban hành văn bản QPPL", "labelEn": "Not assigned any legal document", "points": 1},
            {"label": "Không ban hành", "labelEn": "Not issued", "points": 0}]}}]},
    {"code": "3", "name": "Cải cách thủ tục hành chính", "maxPoints": 18, "children": [
        filler("3.0", "các tiêu chí còn lại của lĩnh vực 3", 11.5),
        {"code": "3.1", "name": "Rà soát, đánh giá, đơn giản hóa thủ tục hành chính", "maxPoints": 3, "children": [
            filler("3.1.0", "các tiêu chí thành phần còn lại của tiêu chí 3.1", 2),
            aon("3.1.4", "Kết quả rà soát đánh giá đề xuất phương án đơn giản hóa TTHC", 1)]},
        {"code": "3.4", "name": "Kết quả giải quyết thủ tục hành chính", "maxPoints": 3.5, "children": [
            {"code": "3.4.1", "name": "Tỷ lệ hồ sơ TTHC do UBND cấp xã tiếp nhận trong năm được giải quyết đúng hạn", "maxPoints": 2.5,
             "rule": {"kind": "steps", "measure": "ratio", "steps": [{"threshold": 100, "points": 2.5}, {"threshold": 90, "points": 1.5}], "otherwise": 0.5}},
            aon("3.4.2", "Thực hiện việc xin lỗi người dân tổ chức khi để xảy ra trễ hẹn", 1)]}]},
    filler("4", "lĩnh vực 4 (Cải cách tổ chức bộ máy), không có chi tiết trong báo cáo", 8),
    filler("5", "lĩnh vực 5 (Cải cách chế độ công vụ), không có chi tiết trong báo cáo", 13),
    {"code": "6", "name": "Cải cách tài chính công", "maxPoints": 10, "children": [
        filler("6.0", "các tiêu chí còn lại của lĩnh vực 6", 8),
        {"code": "6.3", "name": "Thực hiện quy định về tài chính, ngân sách", "maxPoints": 2, "children": [
            filler("6.3.0", "các tiêu chí thành phần còn lại của tiêu chí 6.3", 1),
            aon("6.3.3", "Thực hiện đúng quy định báo cáo tài chính gửi cơ quan tài chính cấp trên", 1)]}]},
    {"code": "7", "name": "Xây dựng và phát triển chính quyền điện tử chính quyền số", "maxPoints": 13, "children": [
        filler("7.0", "các tiêu chí còn lại của lĩnh vực 7", 5),
        aon("7.2", "Nhập hồ sơ giải quyết TTHC vào hệ thống thông tin giải quyết TTHC cấp tỉnh", 2),
        {"code": "7.4", "name": "Cung cấp thông tin trên cổng/trang thông tin điện tử", "maxPoints": 3, "children": [
            filler("7.4.0", "các tiêu chí thành phần còn lại của tiêu chí 7.4", 1),
            {"code": "7.4.1", "name": "Số lượng tin bài được đăng tải hàng tháng về thông tin chỉ đạo điều hành hoạt động", "maxPoints": 2,
             "rule": {"kind": "steps", "measure": "count", "steps": [{"threshold": 12, "points": 2}, {"threshold": 6, "points": 1}]}}]},
        aon("7.6", "Thực hiện thanh toán trực tuyến", 3, notApplicable="zero")]},
    filler("8", "lĩnh vực 8 (Tác động của CCHC), không có chi tiết trong báo cáo", 12),
]
dump("samples/frameworks/chi-lang-2023.json", {
    "$schema": FW, "id": "chi-lang-commune-2023",
    "name": "Bộ chỉ số CCHC cấp xã huyện Chi Lăng năm 2023 (phần tái dựng: chỉ các tiêu chí nêu trong báo cáo của xã Y Tịch là thật; các mục \"x.0\" và lĩnh vực 4, 5, 8 là phần điểm tổng hợp minh hoạ)",
    "nameEn": "Chi Lăng commune-level PAR Index 2023, reconstructed: only the criteria named in Y Tịch's report are real; the \"x.0\" items and areas 4, 5, 8 are filler holding the remaining points",
    "issuer": "UBND huyện Chi Lăng", "unitLevel": "commune", "year": 2023,
    "legalBasis": "Quyết định số 202/QĐ-UBND ngày 15/01/2024 của UBND huyện Chi Lăng (công bố chỉ số CCHC năm 2023)", "version": "2023.1-sample",
    "scoring": {"manualStep": 0.5}, "areas": cl_areas})

full = {"1.0": 14, "2.0": 7, "3.0": 11.5, "3.1.0": 2, "4": 8, "5": 13, "6.0": 8, "6.3.0": 1, "7.0": 5, "7.4.0": 1, "8": 12}
fill = {k: {"points": v} for k, v in full.items()}
self_inputs = dict(fill, **{
    "1.5": {"met": True, "evidence": "provided", "note": "Tự đánh giá: có sáng kiến"},
    "2.1": {"choice": "Không được giao ban hành văn bản QPPL"},
    "3.1.4": {"met": False},
    "3.4.1": {"numerator": 171, "denominator": 180, "note": "171/180 hồ sơ đúng hạn theo số liệu của xã"},
    "3.4.2": {"met": True},
    "6.3.3": {"met": True},
    "7.2": {"met": True},
    "7.4.1": {"count": 8},
    "7.6": {"notApplicable": True, "note": "Không phát sinh thanh toán trực tuyến"}})
appraisal_inputs = dict(fill, **{
    "1.5": {"met": False, "note": "Không có giải pháp mới được áp dụng"},
    "2.1": {"choice": "Không được giao ban hành văn bản QPPL", "note": "Xã không được giao ban hành văn bản QPPL"},
    "3.1.4": {"met": False, "note": "Không có phương án đơn giản hóa được Chủ tịch UBND tỉnh phê duyệt"},
    "3.4.1": {"numerator": 150, "denominator": 180, "note": "Một số hồ sơ trễ hạn trên hệ thống"},
    "3.4.2": {"met": False, "note": "Không có văn bản xin lỗi"},
    "6.3.3": {"met": False, "note": "Báo cáo tài chính không gửi đúng quy định"},
    "7.2": {"met": False, "note": "Một số hồ sơ không được nhập vào hệ thống"},
    "7.4.1": {"count": 8, "note": "Số tin bài chưa đủ"},
    "7.6": {"notApplicable": True, "note": "Không phát sinh thanh toán trực tuyến"}})
dump("samples/assessments/chi-lang-2023.json", {"$schema": AS, "frameworkId": "chi-lang-commune-2023", "frameworkVersion": "2023.1-sample", "units": [
    {"id": "y-tich", "name": "Xã Y Tịch", "stages": {"selfAssessment": {"inputs": self_inputs}, "appraisal1": {"inputs": appraisal_inputs}}}]})

# ---- sample-all-kinds ----
sak_areas = [
    {"code": "1", "name": "Công tác chỉ đạo, điều hành CCHC", "nameEn": "Direction of administrative reform", "maxPoints": 20,
     "adjustments": [{"code": "P1", "name": "Cán bộ, công chức bị kỷ luật trong năm", "nameEn": "Officials disciplined in the year", "kind": "penalty", "pointsPerOccurrence": 1, "cap": 3}],
     "children": [
        {"code": "1.1", "name": "Ban hành kế hoạch CCHC năm", "nameEn": "Annual reform plan issued", "maxPoints": 4,
         "evidence": {"referencesRequired": True, "description": "Số, ngày của kế hoạch CCHC năm"}, "rule": {"kind": "allOrNothing"}},
        {"code": "1.2", "name": "Báo cáo CCHC định kỳ đúng hạn", "nameEn": "Periodic reports on time", "maxPoints": 6,
         "evidence": {"description": "Các báo cáo quý, 6 tháng, năm"}, "rule": {"kind": "deduction", "pointsPerOccurrence": 1, "wipeOutFrom": 5}},
        {"code": "1.3", "name": "Mức độ hoàn thành kế hoạch CCHC", "nameEn": "Completion of the reform plan", "maxPoints": 4, "rule": {"kind": "choice", "options": [
            {"label": "Hoàn thành 100% kế hoạch", "labelEn": "100% completed", "points": 4},
            {"label": "Hoàn thành từ 80% đến dưới 100%", "labelEn": "80% to under 100%", "points": 2.5},
            {"label": "Hoàn thành dưới 80%", "labelEn": "under 80%", "points": 0}]}},
        {"code": "1.4", "name": "Sáng kiến, giải pháp mới trong CCHC", "nameEn": "New initiatives", "maxPoints": 6, "rule": {"kind": "perItem", "pointsPerItem": 1.5, "cap": 6}}]},
    {"code": "2", "name": "Cải cách thủ tục hành chính", "nameEn": "Administrative procedures", "maxPoints": 30, "children": [
        {"code": "2.1", "name": "Kết quả giải quyết hồ sơ TTHC", "nameEn": "Dossiers settled", "maxPoints": 20, "children": [
            {"code": "2.1.1", "name": "Tỷ lệ hồ sơ giải quyết đúng hạn", "nameEn": "Share of dossiers settled on time", "maxPoints": 10,
             "rule": {"kind": "steps", "measure": "ratio", "steps": [{"threshold": 100, "points": 10}, {"threshold": 95, "points": 8}, {"threshold": 90, "points": 6}], "otherwise": 2}},
            {"code": "2.1.2", "name": "Tỷ lệ hồ sơ trực tuyến", "nameEn": "Share of dossiers filed online", "maxPoints": 10, "notApplicable": "fullPoints",
             "rule": {"kind": "proportional", "measure": "ratio", "target": 100}}]},
        {"code": "2.2", "name": "Số hồ sơ trễ hạn", "nameEn": "Late dossiers", "maxPoints": 5,
         "rule": {"kind": "steps", "measure": "count", "direction": "atMost", "steps": [{"threshold": 0, "points": 5}, {"threshold": 3, "points": 3}]}},
        {"code": "2.3", "name": "Niêm yết, công khai TTHC", "nameEn": "Procedures publicly posted", "maxPoints": 5, "rule": {"kind": "manual", "step": 0.25}}]},
    {"code": "3", "name": "Tác động của CCHC đến người dân, tổ chức", "nameEn": "Impact on citizens and organisations", "maxPoints": 20, "children": [
        {"code": "3.1", "name": "Mức độ hài lòng về giải quyết TTHC (điều tra xã hội học)", "nameEn": "Satisfaction survey", "maxPoints": 10, "rule": {"kind": "survey", "options": [
            {"label": "Rất hài lòng", "weightPercent": 100}, {"label": "Hài lòng", "weightPercent": 75},
            {"label": "Bình thường", "weightPercent": 50}, {"label": "Không hài lòng", "weightPercent": 0}]}},
        {"code": "3.2", "name": "Chỉ số SIPAS của đơn vị", "nameEn": "SIPAS index", "maxPoints": 10, "notApplicable": "exclude",
         "rule": {"kind": "survey", "steps": [{"threshold": 90, "points": 10}, {"threshold": 80, "points": 8}, {"threshold": 70, "points": 6}]}}]},
    {"code": "4", "name": "Xây dựng chính quyền điện tử, chính quyền số", "nameEn": "E-government", "maxPoints": 30, "children": [
        {"code": "4.1", "name": "Triển khai hệ thống quản lý văn bản (chọn cách tính có lợi hơn)", "nameEn": "Document system (best of two ways)", "maxPoints": 10, "aggregation": "bestOf", "children": [
            {"code": "4.1.1", "name": "Sử dụng hệ thống quản lý văn bản điện tử", "nameEn": "Electronic document system in use", "maxPoints": 10, "rule": {"kind": "allOrNothing"}},
            {"code": "4.1.2", "name": "Số văn bản điện tử gửi nhận trong tháng", "nameEn": "Electronic documents per month", "maxPoints": 10, "rule": {"kind": "proportional", "measure": "value", "target": 50}},
            {"code": "4.1.3", "name": "Tỷ lệ văn bản đi được ký số (tính khi có từ 20 văn bản đi)", "nameEn": "Share of outgoing documents signed digitally (scored from 20 documents)", "maxPoints": 10,
             "rule": {"kind": "ratioSteps", "minDenominator": 20, "steps": [{"threshold": 90, "points": 10}, {"threshold": 70, "points": 6}], "otherwise": 2}}]},
        {"code": "4.2", "name": "Số giao dịch thanh toán trực tuyến", "nameEn": "Online payments", "maxPoints": 5, "notApplicable": "zero",
         "rule": {"kind": "proportional", "measure": "value", "target": 200}},
        {"code": "4.3", "name": "Mức độ số hóa hồ sơ", "nameEn": "Digitisation of dossiers", "maxPoints": 10, "rule": {"kind": "choice", "options": [
            {"label": "Số hóa toàn bộ", "labelEn": "All digitised", "points": 10}, {"label": "Số hóa một phần", "labelEn": "Partly digitised", "points": 5},
            {"label": "Chưa số hóa", "labelEn": "Not digitised", "points": 0}]}},
        {"code": "4.4", "name": "Tỷ lệ hồ sơ thanh toán trực tuyến, so với đơn vị cao nhất", "nameEn": "Share of dossiers paid online, relative to the best unit", "maxPoints": 5,
         "rule": {"kind": "relativeToBest", "measure": "ratio"}}]},
]
dump("samples/frameworks/sample-all-kinds.json", {
    "$schema": FW, "id": "sample-all-kinds", "name": "Bộ chỉ số mẫu dùng mọi loại quy tắc chấm điểm (ví dụ minh hoạ, không phải bộ chỉ số của địa phương nào)",
    "nameEn": "Sample framework using every rule kind (an illustration, not any locality's framework)",
    "issuer": "ParIndex (ví dụ)", "unitLevel": "commune", "year": 2024, "version": "1.0.0",
    "scoring": {"scale": 100, "rounding": {"mode": "halfAwayFromZero", "leafDecimals": 2, "indexDecimals": 2}, "notApplicable": "exclude",
                "zeroDenominatorIsNotApplicable": True, "manualStep": 0.25, "indexUncapped": False, "ranking": "competition"},
    "parts": [{"code": "I", "name": "Điểm thẩm định", "nameEn": "Appraised points", "maxPoints": 80, "areas": ["1", "2", "4"]},
              {"code": "II", "name": "Điểm điều tra xã hội học", "nameEn": "Survey points", "maxPoints": 20, "areas": ["3"]}],
    "areas": sak_areas,
    "bands": [{"label": "Xuất sắc", "labelEn": "Excellent", "minIndex": 90}, {"label": "Tốt", "labelEn": "Good", "minIndex": 80, "maxIndex": 90},
              {"label": "Khá", "labelEn": "Fair", "minIndex": 65, "maxIndex": 80}, {"label": "Trung bình", "labelEn": "Average", "minIndex": 50, "maxIndex": 65},
              {"label": "Yếu", "labelEn": "Weak", "minIndex": 0, "maxIndex": 50}],
    "adjustments": [{"code": "B1", "name": "Đơn vị điển hình về CCHC được tỉnh khen thưởng", "nameEn": "Commended by the province", "kind": "bonus", "fixedPoints": 2, "cap": 2}],
    "disqualifiers": [{"code": "K1", "name": "Để xảy ra sai phạm nghiêm trọng trong giải quyết TTHC", "nameEn": "Serious violation in handling procedures", "highestBand": "Khá"}]})
base = {"1.1": {"met": True, "evidence": "provided", "references": ["Kế hoạch số 12/KH-UBND ngày 10/01/2024"]},
        "1.2": {"count": 0}, "1.3": {"choice": "Hoàn thành 100% kế hoạch"}, "1.4": {"count": 4},
        "2.1.1": {"numerator": 420, "denominator": 420}, "2.1.2": {"numerator": 380, "denominator": 400}, "2.2": {"count": 0}, "2.3": {"points": 5},
        "3.1": {"surveyCounts": {"Rất hài lòng": 60, "Hài lòng": 30, "Bình thường": 10, "Không hài lòng": 0}}, "3.2": {"value": 92.5},
        "4.1.1": {"met": True}, "4.1.2": {"value": 40}, "4.2": {"value": 150}, "4.3": {"choice": "Số hóa toàn bộ"},
        "4.4": {"numerator": 120, "denominator": 400}, "4.1.3": {"numerator": 18, "denominator": 24}}
def variant(**changes):
    d = {k: dict(v) for k, v in base.items()}
    d.update(changes)
    return d
dump("samples/assessments/sample-all-kinds.json", {"$schema": AS, "frameworkId": "sample-all-kinds", "frameworkVersion": "1.0.0", "units": [
    {"id": "xa-a", "name": "Xã A", "block": "Xã", "stages": {
        "selfAssessment": {"inputs": base, "adjustments": {"B1": 1}},
        "appraisal1": {"inputs": variant(**{"1.1": {"met": True, "evidence": "insufficient", "note": "Kế hoạch không có số, ngày"}, "2.1.1": {"numerator": 410, "denominator": 420}}),
                       "adjustments": {"B1": 1, "P1": 1}}}},
    {"id": "xa-b", "name": "Xã B", "block": "Xã", "stages": {
        "appraisal1": {"inputs": variant(**{"1.2": {"count": 2}, "1.4": {"count": 1}, "2.1.2": {"notApplicable": True}, "2.2": {"count": 2},
                                            "3.2": {"notApplicable": True}, "4.2": {"notApplicable": True}, "4.3": {"choice": "Số hóa một phần"},
                                            "4.4": {"numerator": 90, "denominator": 200}, "4.1.3": {"numerator": 3, "denominator": 12}})}}},
    {"id": "thi-tran-c", "name": "Thị trấn C", "block": "Thị trấn", "stages": {
        "appraisal1": {"inputs": variant(**{"1.2": {"count": 6}, "2.1.1": {"numerator": 80, "denominator": 100}, "2.2": {"count": 9}, "2.3": {"points": 3.75},
                                            "4.4": {"numerator": 30, "denominator": 100}, "4.1.3": {"numerator": 0, "denominator": 0}}),
                       "disqualifiers": ["K1"]},
        "appraisal2": {"inputs": variant(**{"1.2": {"count": 6}, "2.1.1": {"numerator": 90, "denominator": 100}, "2.2": {"count": 4}, "2.3": {"points": 4.25},
                                            "4.4": {"numerator": 35, "denominator": 100}, "4.1.3": {"numerator": 19, "denominator": 20}}),
                       "disqualifiers": ["K1"]}}},
]})
