#!/usr/bin/env python3
"""Generates the three JSON Schemas (draft-07) into src/ParIndex.Engine/Serialization/Schemas and docs/schema (identical copies).
Edit this file, run it from the repository root, commit both copies; a test checks they are byte for byte equal."""
import json, shutil

def d(en, vi): return f"{en} / {vi}"
def s(en, vi, **kw): return {"type": "string", "description": d(en, vi), **kw}
def num(en, vi, **kw): return {"type": "number", "description": d(en, vi), **kw}
def integer(en, vi, **kw): return {"type": "integer", "description": d(en, vi), **kw}
def boolean(en, vi): return {"type": "boolean", "description": d(en, vi)}
def obj(en, vi, props, required=(), **kw):
    o = {"type": "object", "description": d(en, vi), "additionalProperties": False, "properties": props}
    if required: o["required"] = list(required)
    o.update(kw)
    return o
def arr(en, vi, items, **kw): return {"type": "array", "description": d(en, vi), "items": items, **kw}

SCHEMA_PROP = s("The schema of this document; put it first so editors pick it up", "Lược đồ JSON của tệp; đặt đầu tiên để trình soạn thảo nhận ra")
CODE = "^[0-9]+(\\.[0-9]+)*$"
POINTS = {"minimum": 0, "maximum": 1000}
NA = ["exclude", "fullPoints", "zero"]
name = s("Name in Vietnamese", "Tên tiếng Việt", minLength=1)
name_en = s("Name in English", "Tên tiếng Anh")
step = obj("A step: at the threshold (or better) the leaf gives these points", "Một bậc: đạt ngưỡng thì được số điểm này",
           {"threshold": num("Threshold (a percentage for ratios and surveys)", "Ngưỡng (tỷ lệ % với tỷ lệ và khảo sát)"),
            "points": num("Points given", "Số điểm", **POINTS)}, ["threshold", "points"])
steps = arr("Steps, best first", "Các bậc, từ cao xuống thấp", step, minItems=1)
measure = s("What the input measures", "Loại số liệu đầu vào", enum=["value", "count", "ratio"])

def rule(kind, en, vi, props=None, required=()):
    p = {"kind": {"type": "string", "description": d("The rule kind", "Loại quy tắc chấm điểm"), "enum": [kind]}}
    p.update(props or {})
    return obj(en, vi, p, ["kind", *required])

rules = [
    rule("allOrNothing", "All or nothing: max points when met, else 0 (input: met)", "Đạt / không đạt: đạt được điểm tối đa, không đạt 0 điểm"),
    rule("choice", "Choice: the option chosen gives its points (input: choice)", "Lựa chọn: mỗi phương án một mức điểm",
         {"options": arr("The options", "Các phương án", obj("An option", "Một phương án",
            {"label": s("Label in Vietnamese, as entered in the assessment", "Nhãn tiếng Việt", minLength=1), "labelEn": s("Label in English", "Nhãn tiếng Anh"),
             "points": num("Points", "Số điểm", **POINTS)}, ["label", "points"]), minItems=1)}, ["options"]),
    rule("steps", "Steps on a value, count or ratio (input: value, count, or numerator and denominator)", "Bậc thang theo giá trị, số lượng hoặc tỷ lệ",
         {"measure": measure, "direction": s("atLeast: higher is better (thresholds decrease); atMost: lower is better", "atLeast: càng cao càng tốt; atMost: càng thấp càng tốt", enum=["atLeast", "atMost"]),
          "steps": steps, "otherwise": num("Points when no step is reached (default 0)", "Điểm khi không đạt bậc nào (mặc định 0)", **POINTS)}, ["measure", "steps"]),
    rule("ratioSteps", "Steps on a ratio in % with a minimum denominator: below it the criterion is not applicable (input: numerator and denominator)", "Bậc thang theo tỷ lệ có số lượng tối thiểu: mẫu số dưới mức tối thiểu thì không áp dụng",
         {"minDenominator": num("The least denominator for which the ratio is scored; below it the criterion is not applicable", "Mẫu số tối thiểu; dưới mức này tiêu chí không áp dụng", exclusiveMinimum=0),
          "direction": s("atLeast: higher is better (thresholds decrease); atMost: lower is better", "atLeast: càng cao càng tốt; atMost: càng thấp càng tốt", enum=["atLeast", "atMost"]),
          "steps": steps, "otherwise": num("Points when no step is reached (default 0)", "Điểm khi không đạt bậc nào (mặc định 0)", **POINTS)}, ["minDenominator", "steps"]),
    rule("proportional", "Proportional: max × measured / target, rounded", "Tỷ lệ thuận: điểm tối đa × kết quả / chỉ tiêu",
         {"measure": measure, "target": num("Target giving full points (default 100)", "Chỉ tiêu đạt điểm tối đa (mặc định 100)", exclusiveMinimum=0)}),
    rule("perItem", "Per item: points for each item, up to a cap (input: count)", "Theo số lượng: mỗi lần được điểm, không quá mức trần",
         {"pointsPerItem": num("Points per item", "Điểm mỗi lần", exclusiveMinimum=0), "cap": num("Cap (default the max)", "Mức trần (mặc định điểm tối đa)", exclusiveMinimum=0)}, ["pointsPerItem"]),
    rule("deduction", "Deduction: start from max, subtract per occurrence (input: count)", "Trừ điểm: mỗi lần vi phạm trừ điểm",
         {"pointsPerOccurrence": num("Points deducted per occurrence", "Điểm trừ mỗi lần", exclusiveMinimum=0),
          "start": num("Starting points (default the max)", "Điểm xuất phát (mặc định điểm tối đa)", minimum=0),
          "floor": num("Never below this (default 0)", "Không thấp hơn (mặc định 0)", minimum=0),
          "wipeOutFrom": integer("From this occurrence on, the leaf gives its floor", "Từ lần vi phạm này trở đi, không được điểm", minimum=1)}, ["pointsPerOccurrence"]),
    rule("manual", "Manual: the appraiser sets points within [0, max] on the step (input: points)", "Chấm trực tiếp: hội đồng cho điểm theo bước",
         {"step": num("Step (default scoring.manualStep)", "Bước điểm (mặc định scoring.manualStep)", exclusiveMinimum=0)}),
    rule("survey", "Survey: a satisfaction share mapped to points, proportionally or by steps (input: surveyCounts or value)", "Điều tra xã hội học: tỷ lệ hài lòng quy ra điểm",
         {"options": arr("The answers and their weights", "Các phương án trả lời và trọng số", obj("An answer", "Một phương án trả lời",
            {"label": s("Answer", "Phương án trả lời", minLength=1), "weightPercent": num("Weight in %", "Trọng số (%)", minimum=0, maximum=100)}, ["label", "weightPercent"])),
          "steps": steps}),
    rule("relativeToBest", "Relative to the cohort's best: max × value / best value in the cohort (or the leader's value on an indicator); scored with the cohort", "So với đơn vị cao nhất: điểm tối đa × giá trị / giá trị cao nhất trong cụm",
         {"measure": measure, "relativeTo": s("best: the best value of this leaf; leader: the value of the unit leading on leaderIndicator", "best: giá trị cao nhất; leader: giá trị của đơn vị dẫn đầu", enum=["best", "leader"]),
          "leaderIndicator": s("With relativeTo leader: the code of the leaf that makes a unit the leader", "Mã tiêu chí xác định đơn vị dẫn đầu", pattern=CODE)}),
]
adjustment = obj("A bonus or penalty applied at a node or at the total, capped", "Điểm thưởng hoặc điểm trừ, có mức trần",
    {"code": s("Code, unique in the framework", "Mã", minLength=1), "name": name, "nameEn": name_en,
     "kind": s("bonus or penalty", "Thưởng hoặc trừ", enum=["bonus", "penalty"]),
     "pointsPerOccurrence": num("Points per occurrence", "Điểm mỗi lần", exclusiveMinimum=0),
     "fixedPoints": num("Fixed points, whatever the count", "Số điểm cố định", exclusiveMinimum=0),
     "cap": num("Cap", "Mức trần", exclusiveMinimum=0)}, ["code", "name", "kind", "cap"],
    oneOf=[{"required": ["pointsPerOccurrence"]}, {"required": ["fixedPoints"]}])
node = obj("A node: an area, criterion or sub-criterion; a leaf has a rule, a parent has children", "Lĩnh vực, tiêu chí hoặc tiêu chí thành phần",
    {"code": s("Hierarchical dotted code as in the decision (\"3.4.1\")", "Mã phân cấp (\"3.4.1\")", pattern=CODE),
     "name": name, "nameEn": name_en,
     "maxPoints": num("Max points", "Điểm tối đa", **POINTS),
     "aggregation": s("How a parent adds its children (default sum)", "Cách cộng điểm các tiêu chí con", enum=["sum", "bestOf"]),
     "evidence": obj("Evidence required of a leaf", "Yêu cầu tài liệu kiểm chứng",
        {"referencesRequired": boolean("Whether document references must be given", "Bắt buộc nêu số, ký hiệu tài liệu"),
         "description": s("What evidence is expected", "Tài liệu kiểm chứng cần có")}),
     "notApplicable": s("What \"not applicable\" means for this leaf", "Cách tính khi không phát sinh", enum=NA),
     "adjustments": arr("Bonuses and penalties at this node", "Điểm thưởng, điểm trừ tại mục này", {"$ref": "#/definitions/adjustment"}),
     "children": arr("Child nodes", "Các tiêu chí con", {"$ref": "#/definitions/node"}, minItems=1),
     "rule": {"description": d("How the leaf gives points; custom kinds need an extended schema (see docs/format.md)", "Quy tắc chấm điểm"),
              "oneOf": [{"$ref": f"#/definitions/rule_{r['properties']['kind']['enum'][0]}"} for r in rules]}},
    ["code", "name", "maxPoints"], oneOf=[{"required": ["rule"]}, {"required": ["children"]}])
framework = {
    "$schema": "http://json-schema.org/draft-07/schema#",
    "$id": "https://parindex.dev/schema/framework.schema.json",
    "title": "ParIndex framework / Bộ chỉ số cải cách hành chính",
    "description": d("A PAR Index framework: its areas, criteria and rules, bands and policy", "Bộ chỉ số CCHC: lĩnh vực, tiêu chí, cách chấm, xếp loại"),
    "type": "object", "additionalProperties": False,
    "required": ["id", "name", "issuer", "version"],
    # A framework either has its own areas, or extends a base framework and lists its changes (a district's additions).
    "oneOf": [
        {"required": ["unitLevel", "year", "areas"], "not": {"anyOf": [{"required": ["extends"]}, {"required": ["changes"]}]}},
        {"required": ["extends"], "not": {"required": ["areas"]}},
    ],
    "properties": {
        "$schema": SCHEMA_PROP,
        "id": s("Identifier: lower-case letters, digits, dashes", "Mã định danh", pattern="^[a-z0-9]+(-[a-z0-9]+)*$"),
        "name": name, "nameEn": name_en,
        "issuer": s("Issuer", "Cơ quan ban hành", minLength=1),
        "unitLevel": s("Level of the assessed units", "Cấp đơn vị được đánh giá", enum=["commune", "district", "department", "province"]),
        "year": integer("Year assessed", "Năm đánh giá", minimum=2000, maximum=2100),
        "legalBasis": s("The decision that issued the framework", "Văn bản ban hành"),
        "version": s("Version of this file", "Phiên bản", minLength=1),
        "extends": obj("The base framework this one changes (a district's additions to its province's framework): its file, relative to this one, or its id and version among the files of this folder",
            "Bộ chỉ số gốc được bổ sung (tệp, hoặc mã và phiên bản)", {
            "file": s("The base framework's file, relative to this one", "Tệp bộ chỉ số gốc", minLength=1),
            "id": s("The base framework's id", "Mã bộ chỉ số gốc", minLength=1),
            "version": s("The base framework's version", "Phiên bản bộ chỉ số gốc", minLength=1)},
            oneOf=[{"required": ["file"]}, {"required": ["id", "version"]}]),
        "changes": arr("Changes to the base framework, applied in order; maxima are not propagated: state every max that changes",
            "Các thay đổi so với bộ chỉ số gốc", {"oneOf": [
            obj("Add sub-criteria under a node; a leaf becomes a parent", "Bổ sung tiêu chí con", {
                "op": s("addChildren", "Bổ sung tiêu chí con", enum=["addChildren"]), "node": s("The base node's code", "Mã mục gốc", pattern=CODE),
                "note": s("Why", "Ghi chú"), "children": arr("The nodes added", "Các tiêu chí bổ sung", {"$ref": "#/definitions/node"}, minItems=1)},
                ["op", "node", "children"]),
            obj("Replace a leaf's rule", "Thay quy tắc chấm điểm", {
                "op": s("replaceRule", "Thay quy tắc", enum=["replaceRule"]), "node": s("The base leaf's code", "Mã tiêu chí gốc", pattern=CODE),
                "note": s("Why", "Ghi chú"), "rule": {"$ref": "#/definitions/node/properties/rule"}},
                ["op", "node", "rule"]),
            obj("Change a node's max points", "Thay điểm tối đa", {
                "op": s("setMaxPoints", "Thay điểm tối đa", enum=["setMaxPoints"]), "node": s("The base node's code", "Mã mục gốc", pattern=CODE),
                "note": s("Why", "Ghi chú"), "maxPoints": num("The new max points", "Điểm tối đa mới", **POINTS)},
                ["op", "node", "maxPoints"]),
        ]}, minItems=1),
        "scoring": obj("Scoring policy; every property optional", "Quy định tính điểm", {
            "scale": num("Index scale (default 100)", "Thang điểm quy đổi (mặc định 100)", exclusiveMinimum=0, maximum=1000),
            "rounding": obj("Rounding", "Làm tròn", {
                "mode": s("Rounding mode (default halfAwayFromZero)", "Cách làm tròn", enum=["halfAwayFromZero", "halfToEven", "truncate"]),
                "leafDecimals": integer("Decimals of leaf points (default 2)", "Số chữ số thập phân điểm tiêu chí", minimum=0, maximum=6),
                "indexDecimals": integer("Decimals of the index (default 2)", "Số chữ số thập phân của chỉ số", minimum=0, maximum=6)}),
            "notApplicable": s("Default meaning of \"not applicable\" (default exclude)", "Cách tính mặc định khi không phát sinh", enum=NA),
            "zeroDenominatorIsNotApplicable": boolean("A 0/0 ratio is not applicable (default true)", "Tỷ lệ 0/0 coi là không phát sinh"),
            "manualStep": num("Default step of manual points (default 0.25)", "Bước điểm chấm trực tiếp", exclusiveMinimum=0),
            "indexUncapped": boolean("Bonuses may lift the index above the scale", "Cho phép chỉ số vượt thang điểm"),
            "ranking": s("Ranking method (default competition)", "Cách xếp hạng", enum=["competition", "dense"]),
            "topBandQuotaPercent": num("At most this share of units in the top band", "Tỷ lệ tối đa đơn vị xếp loại cao nhất (%)", exclusiveMinimum=0, maximum=100),
            "bandsByRank": boolean("Bands by rank rather than by index", "Xếp loại theo thứ hạng")}),
        "parts": arr("Parts grouping areas", "Các phần", obj("A part", "Một phần", {
            "code": s("Code", "Mã", minLength=1), "name": name, "nameEn": name_en, "maxPoints": num("Max points", "Điểm tối đa", **POINTS),
            "areas": arr("Codes of its areas", "Mã các lĩnh vực", {"type": "string", "pattern": "^[0-9]+$"}, minItems=1)}, ["code", "name", "maxPoints", "areas"])),
        "areas": arr("Areas (first level)", "Các lĩnh vực", {"$ref": "#/definitions/node"}, minItems=1),
        "bands": arr("Bands, best first", "Xếp loại, từ cao xuống thấp", obj("A band", "Một mức xếp loại", {
            "label": s("Label", "Tên xếp loại", minLength=1), "labelEn": s("Label in English", "Tên tiếng Anh"),
            "minIndex": num("Lowest index of the band", "Chỉ số thấp nhất", minimum=0, maximum=1000),
            "maxIndex": num("Index the band stays below", "Chỉ số cận trên (không gồm)", minimum=0, maximum=1000)}, ["label", "minIndex"])),
        "adjustments": arr("Bonuses and penalties on the total", "Điểm thưởng, điểm trừ trên tổng điểm", {"$ref": "#/definitions/adjustment"}),
        "disqualifiers": arr("Events capping the band", "Trường hợp bị hạ xếp loại", obj("A disqualifier", "Một trường hợp hạ xếp loại", {
            "code": s("Code", "Mã", minLength=1), "name": name, "nameEn": name_en,
            "highestBand": s("The best band a unit can get", "Xếp loại cao nhất được xét", minLength=1)}, ["code", "name", "highestBand"])),
    },
    "definitions": {"node": node, "adjustment": adjustment, **{f"rule_{r['properties']['kind']['enum'][0]}": r for r in rules}},
}

inp = obj("The input of a leaf; which fields are needed depends on its rule", "Số liệu của một tiêu chí", {
    "met": boolean("Met (allOrNothing)", "Đạt / không đạt"),
    "value": num("A value, or a percentage for ratios and surveys", "Giá trị hoặc tỷ lệ %"),
    "count": integer("A count (steps on count, perItem, deduction)", "Số lượng, số lần", minimum=0),
    "numerator": num("Numerator of a ratio", "Tử số", minimum=0),
    "denominator": num("Denominator of a ratio", "Mẫu số", minimum=0),
    "choice": s("The chosen option's label (choice)", "Phương án được chọn"),
    "points": num("Points set by the appraiser (manual)", "Điểm chấm trực tiếp", minimum=0),
    "surveyCounts": {"type": "object", "description": d("Respondents per answer (survey)", "Số người trả lời theo phương án"), "additionalProperties": {"type": "integer", "minimum": 0}},
    "notApplicable": boolean("Nothing happened to measure", "Không phát sinh"),
    "evidence": s("Evidence status", "Tình trạng tài liệu kiểm chứng", enum=["provided", "missing", "insufficient"]),
    "references": arr("Evidence references", "Số, ký hiệu tài liệu kiểm chứng", {"type": "string"}),
    "note": s("Note", "Ghi chú")})
stage = obj("Inputs of one stage", "Số liệu của một vòng chấm", {
    "inputs": {"type": "object", "description": d("Inputs by leaf code", "Số liệu theo mã tiêu chí"), "propertyNames": {"pattern": CODE}, "additionalProperties": {"$ref": "#/definitions/input"}},
    "adjustments": {"type": "object", "description": d("Occurrences by adjustment code", "Số lần theo mã điểm thưởng/trừ"), "additionalProperties": {"type": "integer", "minimum": 0}},
    "disqualifiers": arr("Codes of the disqualifiers that apply", "Mã các trường hợp hạ xếp loại", {"type": "string"})}, ["inputs"])
assessment = {
    "$schema": "http://json-schema.org/draft-07/schema#",
    "$id": "https://parindex.dev/schema/assessment.schema.json",
    "title": "ParIndex assessment / Số liệu đánh giá chỉ số CCHC",
    "description": d("The inputs of the assessed units, per stage", "Số liệu tự đánh giá và thẩm định của các đơn vị"),
    "type": "object", "additionalProperties": False, "required": ["frameworkId", "units"],
    "properties": {
        "$schema": SCHEMA_PROP,
        "frameworkId": s("Id of the framework", "Mã bộ chỉ số", minLength=1),
        "frameworkVersion": s("Version of the framework", "Phiên bản bộ chỉ số"),
        "units": arr("Assessed units", "Các đơn vị được đánh giá", obj("A unit", "Một đơn vị", {
            "id": s("Unit id", "Mã đơn vị", minLength=1), "name": s("Unit name", "Tên đơn vị", minLength=1),
            "block": s("Block of units ranked together", "Khối"), "ranked": boolean("Whether the unit is ranked (default true)", "Có xếp hạng"),
            "stages": obj("Inputs per stage", "Số liệu theo vòng chấm", {
                "selfAssessment": {"$ref": "#/definitions/stage"}, "appraisal1": {"$ref": "#/definitions/stage"}, "appraisal2": {"$ref": "#/definitions/stage"}})},
            ["id", "name", "stages"]))},
    "definitions": {"stage": stage, "input": inp},
}

dec = lambda en, vi: num(en, vi)
reason = obj("Why points were given or lost", "Lý do", {
    "code": s("Reason code", "Mã lý do"), "ruleKind": s("Rule kind", "Loại quy tắc"), "input": s("Input", "Số liệu"),
    "threshold": s("Threshold", "Ngưỡng"), "vi": s("Explanation in Vietnamese", "Giải thích tiếng Việt"), "en": s("Explanation in English", "Giải thích tiếng Anh")},
    ["code", "vi", "en"])
card = obj("The score card of a unit at a stage", "Phiếu điểm của một đơn vị", {
    "framework": obj("The framework that made the score", "Bộ chỉ số đã dùng", {
        "id": s("Id", "Mã"), "version": s("Version", "Phiên bản"), "contentHash": s("SHA-256 of the canonical framework", "Mã băm SHA-256", pattern="^[0-9a-f]{64}$")},
        ["id", "version", "contentHash"]),
    "unitId": s("Unit id", "Mã đơn vị"), "unitName": s("Unit name", "Tên đơn vị"), "block": s("Block", "Khối"), "ranked": boolean("Ranked", "Có xếp hạng"),
    "stage": s("Stage", "Vòng chấm", enum=["selfAssessment", "appraisal1", "appraisal2", "final"]),
    "errors": arr("Input errors (the card is not scored when any)", "Lỗi số liệu", obj("An input error", "Một lỗi", {
        "unitId": s("Unit id", "Mã đơn vị"), "code": s("Leaf code", "Mã tiêu chí"), "message": s("Message", "Nội dung")}, ["unitId", "message"])),
    "total": dec("Total points", "Tổng điểm"), "index": dec("Index", "Chỉ số"), "band": s("Band", "Xếp loại"),
    "bandCappedBy": arr("Disqualifiers that capped the band", "Trường hợp hạ xếp loại", {"type": "string"}),
    "parts": arr("Parts", "Các phần", obj("A part's score", "Điểm một phần", {
        "code": s("Code", "Mã"), "name": s("Name", "Tên"), "maxPoints": dec("Max points", "Điểm tối đa"),
        "applicableMaxPoints": dec("Max points of applicable leaves", "Điểm tối đa của các tiêu chí được đánh giá"),
        "awarded": dec("Awarded", "Điểm đạt"), "converted": dec("Converted", "Điểm quy đổi")}, ["code", "name", "maxPoints", "applicableMaxPoints", "awarded", "converted"])),
    "adjustments": arr("Applied adjustments", "Điểm thưởng, điểm trừ đã áp dụng", obj("An applied adjustment", "Một khoản thưởng/trừ", {
        "code": s("Code", "Mã"), "name": s("Name", "Tên"), "nodeCode": s("Node code", "Mã mục"), "kind": s("Kind", "Loại", enum=["bonus", "penalty"]),
        "occurrences": integer("Occurrences", "Số lần", minimum=0), "points": dec("Points", "Số điểm")}, ["code", "name", "kind", "occurrences", "points"])),
    "nodes": arr("Every node's score", "Điểm từng mục", obj("A node's score", "Điểm một mục", {
        "code": s("Code", "Mã"), "name": s("Name", "Tên"), "nameEn": s("Name in English", "Tên tiếng Anh"),
        "level": integer("Level (1 = area)", "Cấp (1 = lĩnh vực)", minimum=1), "isLeaf": boolean("Leaf", "Là tiêu chí lá"),
        "maxPoints": dec("Max points", "Điểm tối đa"), "applicableMaxPoints": dec("Applicable max points", "Điểm tối đa được đánh giá"),
        "awarded": dec("Awarded", "Điểm đạt"), "lost": dec("Lost", "Điểm bị mất"),
        "status": s("Status", "Tình trạng", enum=["full", "partial", "zero", "notApplicable", "missingInput", "evidenceRejected", "inputError"]),
        "reasons": arr("Reasons", "Lý do", {"$ref": "#/definitions/reason"})},
        ["code", "name", "level", "isLeaf", "maxPoints", "applicableMaxPoints", "awarded", "lost", "status", "reasons"]))},
    ["framework", "unitId", "unitName", "ranked", "stage", "errors", "total", "index", "bandCappedBy", "parts", "adjustments", "nodes"])
scorecard = {
    "$schema": "http://json-schema.org/draft-07/schema#",
    "$id": "https://parindex.dev/schema/score-card.schema.json",
    "title": "ParIndex score cards / Phiếu điểm chỉ số CCHC",
    "description": d("Scores with reasons, traceable to the framework by id, version and content hash", "Kết quả chấm điểm kèm lý do"),
    "type": "object", "additionalProperties": False, "required": ["scoreCards"],
    "properties": {"$schema": SCHEMA_PROP, "scoreCards": arr("Score cards", "Các phiếu điểm", {"$ref": "#/definitions/scoreCard"})},
    "definitions": {"scoreCard": card, "reason": reason},
}
for fname, doc in [("framework.schema.json", framework), ("assessment.schema.json", assessment), ("score-card.schema.json", scorecard)]:
    path = "src/ParIndex.Engine/Serialization/Schemas/" + fname
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(doc, ensure_ascii=False, indent=2) + "\n")
    shutil.copyfile(path, "docs/schema/" + fname)
