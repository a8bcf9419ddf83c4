# -x, +x and ~x of every kind of operand, locals and other expressions: ints (the most
# negative 64-bit int too), floats (zeros, infinities, NaN), bools, objects with their own
# dunders, and the TypeError of the rest.


class Vector:
    def __init__(self, x):
        self.x = x

    def __neg__(self):
        return Vector(-self.x)

    def __pos__(self):
        return "pos"

    def __invert__(self):
        return "inverted"

    def __repr__(self):
        return f"Vector({self.x})"


def negate(v):
    return -v


def apply(v):
    return (-v, +v)


smallest = -(2**63)
for v in [0, 5, -7, smallest, smallest + 1, 2**63 - 1, 2**70, 0.0, -0.0, 2.5, float("inf"), True, False]:
    print(repr(v), repr(negate(v)), apply(v), type(negate(v)).__name__)
print(negate(float("nan")), -negate(3), -(-smallest), ~5, ~True, +False, ~smallest)
print(negate(Vector(3)), +Vector(1), ~Vector(2), [-x for x in range(4)], -(1 + 2))
total = 0
for i in range(10):
    total += -i
print(total, sorted(range(5), key=lambda v: -v))
for bad in ["s", None, [1], (1,), {}]:
    try:
        negate(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    ~2.5
except TypeError as e:
    print("TypeError:", e)


def unbound():
    if False:
        u = 1
    return -u


try:
    unbound()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
negate("text")
