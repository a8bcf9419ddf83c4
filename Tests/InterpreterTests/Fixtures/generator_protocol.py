# generator throw(), StopIteration.value, return values through yield from, send forwarding.
def counter():
    n = 0
    while True:
        try:
            got = yield n
        except ValueError as e:
            print("caught", e)
            n = -100
            continue
        n += 1 if got is None else got

c = counter()
print(next(c), next(c), c.send(10), c.throw(ValueError("reset")), next(c))
try:
    c.throw(KeyError, "k")
except KeyError as e:
    print("KeyError out:", e)
print(next(c, "done"))

def give(x):
    yield x
    return x * 2

g = give(5)
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("returned", e.value, e.args)

def outer():
    r = yield from give(3)
    print("inner returned", r)
    total = yield from averager()
    return total

def averager():
    total = 0.0
    count = 0
    while True:
        v = yield
        if v is None:
            return total / count
        total += v
        count += 1

o = outer()
print(next(o))
print(next(o))
for v in [1.0, 2.0, 6.0]:
    o.send(v)
try:
    o.send(None)
except StopIteration as e:
    print("average", e.value)

def guarded():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")

def delegate():
    yield from guarded()

d = delegate()
print(next(d))
try:
    d.throw(RuntimeError("boom"))
except RuntimeError as e:
    print("propagated", e)
fresh = give(1)
try:
    fresh.throw(TypeError("early"))
except TypeError as e:
    print("early:", e)
print(next(fresh, "closed"))
try:
    c.throw(42)
except TypeError as e:
    print(e)
print(list(give(7)))
