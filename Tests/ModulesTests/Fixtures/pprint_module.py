# pprint against CPython: nested dicts (sorted keys) and lists past the width, indent, compact, depth, long strings, sets, recursion.
import pprint
data = {"name": "network", "layers": [784, 50, 10], "params": {"W1": [0.1] * 12, "b1": [0, 0, 0], "lr": 0.01},
        "history": [{"epoch": i, "loss": round(1 / (i + 1), 4), "acc": i * 0.1} for i in range(4)],
        "tags": {3, 1, 2}, "shape": (60000, 784), "single": (1,), "empty": {}, 1: "int key"}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, indent=4, width=60, sort_dicts=False)
pprint.pprint(list(range(40)))
pprint.pprint(list(range(40)), compact=True)
pprint.pprint(list(range(40)), width=30, compact=True)
pprint.pprint({"b": 1, "a": 2})
pprint.pprint([[1, 2, [3, 4, [5, 6, [7, 8]]]], "x" * 10], depth=2)
pprint.pprint("word " * 40)
pprint.pprint({"text": "lorem ipsum dolor sit amet " * 5, "n": None})
pprint.pprint(("a" * 30, "b" * 30, "c" * 30))
print(pprint.pformat({"z": [1, 2], "y": (3,)}), pprint.saferepr({"b": [1, {"d": 2, "c": 3}]}))
pprint.pp({"b": 1, "a": [2] * 30})
a = [1, 2]
a.append(a)
print(pprint.pformat(a).split("with")[0])
print(pprint.isrecursive(a), pprint.isreadable([1, "x"]), pprint.isreadable(object()))
pprint.pprint(frozenset(range(30)))
pprint.pprint({3: "c", "a": 1, 2.5: "f"})
