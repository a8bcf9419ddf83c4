# str == and != where the operands are variables or literals, as values and as tests, beside
# ints, other objects and an object of a class that defines its own equality (asked from
# either side).


class Loud:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        print("Loud.__eq__", self.name, repr(other))
        return True

    def __repr__(self):
        return "Loud(%r)" % self.name


def compare(s, t):
    results = [s == t, s != t, s == "abc", "abc" != s, t == "", "" == t]
    if s == t:
        results.append("same")
    if s != "abc":
        results.append("not abc")
    if "é" == s:
        results.append("e acute")
    return results


words = ["abc", "", "é", "e\u0301", "x" * 30, 1, 2.5, None, ("abc",), Loud("q")]
for s in words:
    for t in ["abc", "", "é", "x" * 30, Loud("t"), 7]:
        print(repr(s), repr(t), compare(s, t))

g1 = "global text that is long enough"
g2 = "global text that is " + "long enough"
print(g1 == g2, g1 != g2, g1 == "global text that is long enough", g2 == g1[:-1])
