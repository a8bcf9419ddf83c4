# json in the language itself: dumps (indent, sort_keys, separators, ensure_ascii), loads with CPython's error messages; str methods with start/end.
import json
data = {"name": "net", "layers": [4, 10, 3], "lr": 0.01, "ok": True, "none": None, "nested": {"b": [1.5, -2e-7], "a": "x\ty\"é"}}
s = json.dumps(data)
print(s)
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps([1, (2, 3)], separators=(",", ":")), json.dumps("ü€😀"), json.dumps("ü", ensure_ascii=False), json.dumps(float("nan")), json.dumps({1: 2, True: 3}))
back = json.loads(s)
print(back == data, back["nested"]["a"], json.loads('[1, 2.5, -3e2, "a\\u00e9\\n", null, true, {"k": []}]'), json.loads(" 42 "))
with open("j.json", "w") as f:
    json.dump({"x": [1, 2]}, f, indent=4)
with open("j.json") as f:
    print(json.load(f), open("j.json").read())
for bad in ['{"a": 1,}', '[1 2]', '{a: 1}', '"abc', '', '[1] x']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e, isinstance(e, ValueError))
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
import os
os.remove("j.json")
s = "hello world, hello"
print(s.find("hello", 1), s.find("o", -5), s.rfind("l", 0, 5), s.count("l", 3), s.count("hello", 0, 10), s.index("world", 2, 15))
print(s.startswith("world", 6), s.startswith(("x", "he")), s.endswith("hello", 0, 5), s.endswith(("!", "lo")), s.rindex("o", 0, 8), "abc".find("", 5))
try:
    s.index("zzz", 0, 3)
except ValueError as e:
    print(e)
