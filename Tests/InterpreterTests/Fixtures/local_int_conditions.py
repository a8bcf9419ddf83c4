# A local compared with an int literal as a condition (`if n < 2`, `while i != -1`, a
# conditional expression's test), for every operator and every kind of value in the local,
# and conditional expressions whose branches are plain locals.


def ops(n):
    return [n < 2, n <= 2, n > 2, n >= 2, n == 2, n != 2]


def tests(n):
    out = []
    if n < 2:
        out.append("<")
    if n <= 2:
        out.append("<=")
    if n > 2:
        out.append(">")
    if n >= 2:
        out.append(">=")
    if n == 2:
        out.append("==")
    if n != 2:
        out.append("!=")
    if n > -3:
        out.append("> -3")
    return out


for v in [1, 2, 3, -5, 2.0, 1.5, True, False, 2**70, -(2**70)]:
    print(repr(v), ops(v), tests(v))


def count_down(i):
    steps = 0
    while i != -1:
        i -= 1
        steps += 1
    return steps


print(count_down(5), count_down(-1))


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print([fib(k) for k in range(15)], fib(2.0), fib(True))


def pick(n, a, b):
    return a if n >= 0 else b


print(pick(1, "a", "b"), pick(-1, "a", "b"), pick(0.5, [1], (2,)))


class Number:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print("lt", other)
        return self.v < other

    def __eq__(self, other):
        return self.v == other


def custom(n):
    return ("small" if n < 2 else "big", n == 2, n != 2)


print(custom(Number(1)), custom(Number(2)))


def unbound(flag):
    if flag:
        n = 1
    return "yes" if n < 2 else "no"


print(unbound(True))
try:
    unbound(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


def unbound_branch(flag):
    if flag:
        a = 1
    return a if flag < 2 else 0


try:
    unbound_branch(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


def wrong(s):
    return "x" if s < 2 else "y"


for bad in ["a", None, [1]]:
    try:
        wrong(bad)
    except TypeError as e:
        print("TypeError:", e)
print(wrong(2))
