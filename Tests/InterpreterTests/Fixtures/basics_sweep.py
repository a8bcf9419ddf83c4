# Python basics as learners write them: ranges, sorting, f-string specs, assert, loops, numbers, aliasing, tuples, sets, strings.
print(range(5), range(1, 10, 2), repr(range(0)), list(range(10, 0, -3)), range(5)[-1], len(range(3, 30, 4)), 4 in range(0, 10, 2))
words = ["banana", "Apple", "cherry"]
words.sort(key=str.lower)
print(words, sorted(words, key=len, reverse=True), "{name} is {age}".format_map({"name": "Ann", "age": 3}))
print(f"{1234567.891:,.2f}", f"{0.5:.0%}", f"{42:>{6}}", f"{'x':=^7}", f"{-3.14159:+.3f}", f"{255:#06x}", f"{1e-10:g}", f"{123456789:e}")
assert 1 + 1 == 2, "math"
try:
    assert 2 + 2 == 5, "bad math: %d" % 4
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert False
except AssertionError as e:
    print("empty:", repr(e), str(e) == "")
n = 0
while True:
    n += 1
    if n >= 5:
        break
print(n, [i for i, c in enumerate("hello") if c == "l"], list(map(lambda a, b: a + b, [1, 2], [10, 20, 30])))
print(sum([0.1] * 3), 0.1 * 3, 1 - 0.9, round(0.1 + 0.2, 10), 3 * "ab", [0] * 3, [[0] * 2] * 2, -7 // 2, -7 % 2, 7 % -2)
print(abs(-5), abs(3.5), max("apple", "pear"), min([3, 1], [2, 9]), sorted([(1, "b"), (1, "a"), (0, "z")]), bool(None), not [])
print(str(3.0), str(2.50), 1e100, 1.0e-4, 0.0001, 2**62, float("-0"), -0.0 == 0.0)
x = [1, 2, 3]
y = x
y.append(4)
z = x[:]
z.append(5)
print(x, y, z, x is y, x == z[:4], id(x) == id(y))
t = (1,)
print(t, type(t), (1), type((1)), tuple(), (1, 2) + (3,), (1, 2) * 2, divmod(10, 3), 2 ** 10, 2 ** -2, pow(4, 0.5))
s = {3, 1, 2}
s |= {5}
print(sorted(s), sorted(s - {1}), {1, 2} ^ {2, 3}, len(s), frozenset([1]) if False else set(), {x % 3 for x in range(10)})
print("a,b,,c".split(","), "  x  y ".split(), "a b c".split(" ", 1), "line1\nline2".splitlines(), "-".join(map(str, [1, 2, 3])))
print("Hello"[1:4], "Hello"[-1], "Hello"[::-1], "Hello".center(11, "*"), "42".zfill(5), "abc".upper().lower().title())
print(f"{255:#06x}", format(5, "#010b"), f"{-255:#08x}", f"{255:+#08o}", format(10, "#x"), f"{7:#=8b}")
