# Comprehensions of one loop over a local name with if-tests (the form run inline): lists,
# dicts and generator expressions over ranges, lists, tuples, strs and other iterables, tests
# of every kind, evaluation order, a list growing while it is walked, and errors raised inside.

xs = [3, -1, 4, -1, 5, -9, 2, 6]
print([x * 2 for x in xs if x % 2])
print([x for x in xs if x > 0], [x for x in xs if not x > 0], [x for x in xs if x])
print([x for x in xs if x > 0 if x % 2 == 0], [x for x in range(20) if x % 3 if x % 5])
print({x: x * x for x in xs}, {x: x % 3 for x in range(-4, 5)}, {x: x // 3 for x in range(-4, 5)})
print({x: i for i, x in enumerate("hello")}, {c: c.upper() for c in "hello" if c != "l"})
print({k: 0 for k in ()}, [k for k in "" if k], {x: None for x in (1, 2, 1)})
print(sum(x * x for x in xs if x < 0), max(x for x in (1, 5, 2)), list(x for x in "abc"))
print([-7 % 3, 7 % -3, -7 // 3, 7 // -3, -8 // 2, 0 % 5, -1 % 10, 10 % 1, -(2 ** 62) // 7])
print([x % y for x in (-7, 7) for y in (3, -3)], [x // y for x in (-7, 7) for y in (3, -3)])


class Flag:
    def __init__(self, on):
        self.on = on

    def __bool__(self):
        print("bool of", self.on)
        return self.on


print([f.on for f in [Flag(True), Flag(False), Flag(True)] if f])
print([x for x in [0, "", [], "a", [0], None, 0.0, 1.5] if x])

order = []


def key(x):
    order.append(("key", x))
    return x


def value(x):
    order.append(("value", x))
    return x * 10


print({key(x): value(x) for x in range(3) if x != 1}, order)

grow = [1, 2, 3]
print([grow.append(x + 10) or x for x in grow if len(grow) < 8], grow)
t = (5, 6, 7)
print([x + 1 for x in t], {x: str(x) for x in t if x != 6})
x = "outer"
print([x for x in "ab"], x)


def errors(data):
    for make in (lambda: [10 // v for v in data if v > -5],
                 lambda: {v: 1 / v for v in data},
                 lambda: {[v]: v for v in data},
                 lambda: [v for v in data if v.missing]):
        try:
            print(make())
        except (ZeroDivisionError, TypeError, AttributeError) as e:
            print(type(e).__name__, e)


errors([2, 1, 0, -1])
