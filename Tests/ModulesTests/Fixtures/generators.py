import itertools
def count_up(n):
    print("start")
    i = 0
    while i < n:
        yield i
        i += 1
    print("end")

for x in count_up(3):
    print("got", x)
print(list(count_up(2)), sum(count_up(5)))
g = count_up(2)
print(g.__class__.__name__, next(g), next(g))
try:
    next(g)
except StopIteration:
    print("stop")

def batches(X, size):
    for i in range(0, len(X), size):
        yield X[i:i + size]

print(list(batches(list(range(7)), 3)))

def infinite():
    k = 0
    while True:
        yield k
        k += 1

for v in infinite():
    if v > 3:
        break
print("broke at", v)

def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")

h = with_finally()
print(next(h))
h.close()
print("closed")
gg = with_finally()
print(next(gg))
del gg
print("deleted")

def echo():
    received = yield "ready"
    while True:
        received = yield "got " + str(received)

e = echo()
print(next(e), e.send("a"), e.send("b"))

def fails():
    yield 1
    raise ValueError("bad")

try:
    for v in fails():
        print(v)
except ValueError as err:
    print("caught", err)

def chain(*its):
    for it in its:
        yield from it

print(list(chain([1, 2], (3,), range(4, 6))))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

import itertools
print(list(itertools.islice(fib(), 10)))
print(dict(zip("abc", count_up(3))))
gens = [count_up(1) for _ in range(50)]
print(sum(len(list(g)) for g in gens))

def naturals():
    n = 0
    while True:
        yield n
        n += 1
print(next(x for x in naturals() if x * x > 50))
print(any(x > 3 for x in itertools.count()))
squares = (x * x for x in naturals())
print(next(squares), next(squares), next(squares))
print(sum(a * b for a, b in zip([1, 2, 3], [4, 5, 6])), list(x for x in range(3)))
g = (x for x in naturals())
print(type(g).__name__, list(itertools.islice(g, 3)))
print(sorted(c for c in "hello"), max(len(w) for w in "a bb ccc".split()))
g = (x for x in range(3))
print(type(g).__name__, next(g), list(g), str(g)[:25])
