#!/usr/bin/env python3
"""Generates the scenario file schema (draft-07) into src/ParIndex.Engine.Rules/Scenarios/Schemas and docs/schema
(identical copies; a test checks they are equal). Units reuse the assessment schema's unit definition, copied in so the
schema stands alone. Run from the repository root after editing this file or the assessment schema."""
import json, copy

def d(en, vi): return f"{en} / {vi}"
assessment = json.load(open("docs/schema/assessment.schema.json", encoding="utf-8"))
unit = copy.deepcopy(assessment["properties"]["units"]["items"])
definitions = copy.deepcopy(assessment["definitions"])
definitions["unit"] = unit
number = lambda en, vi, **kw: {"type": "number", "description": d(en, vi), **kw}
string = lambda en, vi, **kw: {"type": "string", "description": d(en, vi), **kw}
node_expect = {"type": "object", "description": d("What one node must give", "Kết quả mong đợi của một tiêu chí"), "additionalProperties": False,
    "properties": {
        "points": number("Points awarded", "Điểm đạt", minimum=0),
        "status": string("Status", "Trạng thái", enum=["full", "partial", "zero", "notApplicable", "missingInput", "evidenceRejected", "inputError"]),
        "reason": string("Reason code of the node's first reason (step-matched, not-met, ...)", "Mã lý do")}}
expect = {"type": "object", "description": d("What must come out for one unit", "Kết quả mong đợi của một đơn vị"), "additionalProperties": False,
    "required": ["unit"],
    "properties": {
        "unit": string("The unit's id", "Mã đơn vị", minLength=1),
        "index": number("The index", "Chỉ số", minimum=0),
        "band": string("The band", "Xếp loại"),
        "rank": {"type": "integer", "description": d("The rank in the unit's block", "Thứ hạng"), "minimum": 1},
        "errors": {"type": "array", "description": d("The unit's input errors, each as the card prints it; [] for none", "Các lỗi nhập liệu"), "items": {"type": "string"}},
        "nodes": {"type": "object", "description": d("Expected results by node code", "Kết quả theo mã tiêu chí"),
                  "propertyNames": {"pattern": "^[0-9]+(\\.[0-9]+)*$"}, "additionalProperties": node_expect}}}
scenario = {"type": "object", "description": d("One case: the inputs of a unit or a small cohort and what must come out", "Một tình huống kiểm thử"),
    "additionalProperties": False, "required": ["name", "units", "expect"],
    "properties": {
        "name": string("Name, shown as the test's name", "Tên tình huống", minLength=1),
        "description": string("What the case checks", "Mô tả"),
        "stage": string("Stage scored (default: the file's, else final)", "Giai đoạn chấm", enum=["selfAssessment", "appraisal1", "appraisal2", "final"]),
        "tolerance": number("Largest difference accepted on points and index (default 0: exact)", "Sai số cho phép (mặc định 0)", minimum=0),
        "units": {"type": "array", "description": d("The units, scored together as a cohort", "Các đơn vị"), "minItems": 1, "items": {"$ref": "#/definitions/unit"}},
        "expect": {"type": "array", "description": d("Expectations, one per unit checked", "Kết quả mong đợi"), "minItems": 1, "items": expect}}}
schema = {
    "$schema": "http://json-schema.org/draft-07/schema#",
    "$id": "https://parindex.dev/schema/scenarios.schema.json",
    "title": "ParIndex scenarios",
    "description": d("Test cases for a framework: inputs and the scores, bands, ranks and node results they must give", "Các tình huống kiểm thử bộ chỉ số"),
    "type": "object", "additionalProperties": False, "required": ["framework", "scenarios"],
    "properties": {
        "$schema": string("The schema of this document; put it first", "Lược đồ JSON của tệp"),
        "framework": string("The framework: a path relative to this file, or catalogue:<id>", "Bộ chỉ số: đường dẫn tương đối hoặc catalogue:<mã>", minLength=1),
        "stage": string("Default stage for every scenario (default final)", "Giai đoạn mặc định", enum=["selfAssessment", "appraisal1", "appraisal2", "final"]),
        "scenarios": {"type": "array", "description": d("The cases", "Các tình huống"), "minItems": 1, "items": scenario}},
    "definitions": definitions}
text = json.dumps(schema, ensure_ascii=False, indent=2) + "\n"
for path in ["src/ParIndex.Engine.Rules/Scenarios/Schemas/scenarios.schema.json", "docs/schema/scenarios.schema.json"]:
    import os; os.makedirs(os.path.dirname(path), exist_ok=True)
    open(path, "w", encoding="utf-8", newline="\n").write(text)
