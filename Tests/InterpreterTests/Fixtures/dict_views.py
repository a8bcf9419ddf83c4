# dict views: live, set-like for keys and items.
d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
d["e"] = 5
print(k, v, i, len(k), "e" in k, 5 in v, ("a", 1) in i)
print(k == {"a", "b", "c", "e"}, k != {"a"}, {"a", "b", "c", "e"} == k, k == ["a", "b", "c", "e"])
print(sorted(k & {"a", "z"}), sorted(k | {"z"}), sorted(k - {"a", "b"}), sorted(k ^ {"a", "z"}))
print(sorted({"a", "q"} & k), sorted(k & ["b", "c"]), sorted(k - ("a",)))
print(k <= {"a", "b", "c", "e", "f"}, k < {"a"}, k >= {"a"}, d.keys() == {"a": 0, "b": 0, "c": 0, "e": 0}.keys())
print(sorted(i & {("a", 1), ("b", 9)}), i == {("a", 1), ("b", 2), ("c", 3), ("e", 5)})
print(v == v, v == d.values(), list(v), list(reversed(list(k))))
print(len.__name__, print.__qualname__, sorted.__name__)
try:
    k & 3
except TypeError as e:
    print("TypeError:", e)
try:
    v & {1}
except TypeError as e:
    print("TypeError:", e)
