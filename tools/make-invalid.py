#!/usr/bin/env python3
"""Generates tests/ParIndex.Engine.Tests/Serialization/Invalid/*.json: one defect each, from one small valid framework.
The expected messages are asserted in InvalidFrameworkTests.cs."""
import os

BASE = """{
  "$schema": "https://parindex.dev/schema/framework.schema.json",
  "id": "mini-2024",
  "name": "Bộ chỉ số thử nghiệm",
  "issuer": "UBND huyện Thử",
  "unitLevel": "commune",
  "year": 2024,
  "version": "1",
  "areas": [
    {
      "code": "1",
      "name": "Công tác chỉ đạo, điều hành CCHC",
      "maxPoints": 10,
      "children": [
        {
          "code": "1.1",
          "name": "Tỷ lệ hồ sơ đúng hạn",
          "maxPoints": 6,
          "rule": {
            "kind": "steps",
            "measure": "ratio",
            "steps": [
              { "threshold": 100, "points": 6 },
              { "threshold": 90, "points": 4 }
            ]
          }
        },
        {
          "code": "1.2",
          "name": "Đổi mới sáng tạo",
          "maxPoints": 4,
          "rule": { "kind": "allOrNothing" }
        }
      ]
    },
    {
      "code": "2",
      "name": "Cải cách thể chế",
      "maxPoints": 5,
      "rule": { "kind": "manual", "step": 0.5 }
    }
  ],
  "bands": [
    { "label": "Tốt", "minIndex": 80 },
    { "label": "Khá", "minIndex": 50, "maxIndex": 80 },
    { "label": "Yếu", "minIndex": 0, "maxIndex": 50 }
  ]
}
"""

def edit(old, new):
    assert BASE.count(old) == 1, old
    return BASE.replace(old, new)

cases = {
    "syntax-missing-colon": edit('"id": "mini-2024"', '"id" "mini-2024"'),
    "trailing-comma": edit('"maxIndex": 50 }\n  ]', '"maxIndex": 50 },\n  ]'),
    "comment": edit('    {\n      "code": "2"', '    // lĩnh vực 2\n    {\n      "code": "2"'),
    "wrong-type": edit('"maxPoints": 5,', '"maxPoints": "5",'),
    "unknown-property": edit('"maxPoints": 4,', '"maxPoint": 4,'),
    "missing-field": edit('  "issuer": "UBND huyện Thử",\n', ''),
    "duplicate-key": edit('"year": 2024,', '"year": 2024,\n  "year": 2025,'),
    "duplicate-code": edit('"code": "2"', '"code": "1"'),
    "parent-max-not-sum": edit('"maxPoints": 10,', '"maxPoints": 11,'),
    "unordered-steps": edit('{ "threshold": 100, "points": 6 },\n              { "threshold": 90,', '{ "threshold": 85, "points": 6 },\n              { "threshold": 90,'),
    "band-gap": edit('"minIndex": 50, "maxIndex": 80', '"minIndex": 50, "maxIndex": 75'),
    "band-overlap": edit('"minIndex": 50, "maxIndex": 80', '"minIndex": 50, "maxIndex": 85'),
    "band-above-scale": edit('{ "label": "Tốt", "minIndex": 80 }', '{ "label": "Tốt", "minIndex": 80, "maxIndex": 120 }'),
    "unknown-rule-kind": edit('"kind": "allOrNothing"', '"kind": "yesNo"'),
    "step-worth-more-than-max": edit('"threshold": 100, "points": 6', '"threshold": 100, "points": 7'),
    "bad-decimal": edit('"maxPoints": 5,', '"maxPoints": 1e400,'),
    "nan": edit('"maxPoints": 5,', '"maxPoints": NaN,'),
    "code-with-space": edit('"code": "1.1"', '"code": "1. 1"'),
    "wrong-code-separator": edit('"code": "1.2"', '"code": "1,2"'),
    "enum-not-allowed": edit('"unitLevel": "commune"', '"unitLevel": "xa"'),
    "empty": "",
    "null-root": "null\n",
    "array-root": "[]\n",
    "leaf-without-rule": edit('"maxPoints": 5,\n      "rule": { "kind": "manual", "step": 0.5 }', '"maxPoints": 5'),
    "manual-step-off-max": edit('"step": 0.5', '"step": 0.3'),
    "truncated": BASE[:BASE.index('"bands"')],
    "schema-not-first": edit('  "$schema": "https://parindex.dev/schema/framework.schema.json",\n  "id": "mini-2024",\n',
                             '  "id": "mini-2024",\n  "$schema": "https://parindex.dev/schema/framework.schema.json",\n'),
    "negative-max": edit('"maxPoints": 5,', '"maxPoints": -5,'),
    "missing-rule-property": edit('"kind": "steps",\n            "measure": "ratio",', '"kind": "steps",'),
    "unknown-disqualifier-band": edit('"maxIndex": 50 }\n  ]', '"maxIndex": 50 }\n  ],\n  "disqualifiers": [\n    { "code": "K1", "name": "Sai phạm nghiêm trọng", "highestBand": "Xuất sắc" }\n  ]'),
    "bom-wrong-type": "\ufeff" + edit('"year": 2024,', '"year": "2024",'),
}
out = "tests/ParIndex.Engine.Tests/Serialization/Invalid/"
for name, text in cases.items():
    with open(out + name + ".json", "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
with open(out + "invalid-utf8.json", "wb") as f:
    f.write(BASE.replace('"Cải cách thể chế"', '"C\xe1i c\xe1ch"').encode("utf-8").replace(b"C\xc3\xa1i c\xc3\xa1ch", b"C\xe1i c\xe1ch"))
# Valid: a UTF-8 byte order mark before Vietnamese text loads fine.
with open("tests/ParIndex.Engine.Tests/Serialization/Valid-bom-vietnamese.json", "w", encoding="utf-8-sig", newline="\n") as f:
    f.write(BASE)
