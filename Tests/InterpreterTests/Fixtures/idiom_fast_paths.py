# Everyday idioms with fast paths: attributes set on a new instance, str equality, list and
# tuple slices, float() of text, str.replace and str.join, try/except in a loop.

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Wide:
    def __init__(self):
        for i in range(70):
            setattr(self, "a%d" % i, i)
        self.last = "end"


points = [Point(i, i * i) for i in range(5)]
print([(p.x, p.y) for p in points], vars(points[3]))
p = Point(1, 2)
del p.x
p.x = 5  # a name the instance once held, added again at the end
p.z = p.x + p.y
print(vars(p))
w = Wide()
w.a3 = "three"
print(len(vars(w)), w.a3, w.a69, w.last, list(vars(w))[-2:])

# str ==: short and long, equal and not, ASCII and not, the same object, empty.
a = "hello world" * 2
b = "hello " + "world" + "hello world"
long_a = "x" * 40 + "é"
long_b = "x" * 40 + "e\u0301"
cases = [("", ""), ("", "a"), ("ab", "ab"), ("ab", "ac"), (a, b), (a, a), (a, b + "!"),
         ("é", "e\u0301"), (long_a, long_b), (long_a, "x" * 40 + "\u00e9"), ("ﬁ", "fi")]
print([(s == t, s != t) for s, t in cases])
n = 0
for s, t in cases:
    if s == t:
        n += 1
print(n, sum(1 for s, t in cases if s != t))

# Slices of lists and tuples.
xs = list(range(10))
ts = tuple("abcdefghij")
for lo, hi in [(1, 3), (0, 10), (-3, None), (None, -7), (5, 2), (8, 100), (-100, 2)]:
    print(lo, hi, xs[lo:hi], ts[lo:hi])
nested = [[1], [2], [3]]
part = nested[0:2]
part[0].append(9)
part.append("new")
print(nested, part, xs[2:4] is xs[2:4], xs[:] == xs, xs[:] is xs)

# float() of text, and its errors.
for text in ["3.25", "-1e-3", "+7", ".5", "5.", "1_000.5", " 2.5 ", "1e400", "-0.0",
             "0.1", "123456789012345678", "nan", "-Infinity", "1e-400"]:
    print(repr(text), float(text))
for text in ["", "abc", "1.2.3", "1e", "--1", "0x10"]:
    try:
        float(text)
    except ValueError as e:
        print("ValueError:", e)

# str.replace.
s = "hello world"
print(s.replace("o", "0"), s.replace("l", ""), s.replace("xyz", "!"), s.replace("o", "0", 1))
print(s.replace("", "-"), s.replace("world", "wörld"), "ééé".replace("é", "e", 2))
print("a,b,,c".replace(",", ", "), "aaaa".replace("aa", "b"), s.replace(s, "all"))
print(s.replace("z", "y"), "".replace("a", "b"), "ééa,é".replace(",", ";"), "aaa".replace("a", "a"),
      ("x" * 40).replace("x", "-"), "a-b".replace("-", "é"), "é".replace("é", "e"))

# str.join.
words = "the quick brown fox jumps over the lazy dog".split()
print(" ".join(words), "".join(words), "-".join(words[:1]), "|".join([]), ", ".join("abc"))
print(" — ".join(["é", "ü", "long enough to be stored apart from its header"]))
try:
    " ".join(["a", 1, "b"])
except TypeError as e:
    print("TypeError:", e)

# try/except in a loop, and the exception kept after the handler.
counts = {}
kept = None
for ch in "abracadabra":
    try:
        counts[ch] += 1
    except KeyError as e:
        counts[ch] = 1
        kept = e
print(counts, repr(kept), kept.args)
