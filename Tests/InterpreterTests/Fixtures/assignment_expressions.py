# Assignment expressions (:=), PEP 572.
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long", n)
i = 0
while (item := data[i]) != 9:
    i += 1
print("found", item, "at", i)
print([y for x in data if (y := x * 2) > 5], y)
print(total := sum(data), total)
print([(last := v) for v in range(3)], last)
def f(values):
    seen = [s for v in values if (s := v + 1) % 2 == 0]
    return seen, s
print(f([1, 2, 3, 4]))
def g():
    [z := 5 for _ in range(2)]
    return z
print(g())
print({(k := c): k.upper() for c in "ab"}, k)
lines = iter(["a", "b", ""])
while (line := next(lines)):
    print("line", line)
def h(xs):
    return [m for x in xs if (m := max(x)) > 2]
print(h([[1, 2], [3, 4], [0, 5]]))
for src in ["x := 5", "(a.b := 1)", "(1 := 2)", "[x for x in range(3) if (x := 1)]"]:
    try:
        exec(src)
    except SyntaxError as e:
        print("SyntaxError:", e.msg if hasattr(e, "msg") else e)
