def make(k):
    def add(x):
        return x + k
    return add
fs = [make(i) for i in range(5)]
print([f(1) for f in fs])
print([f(1) for f in reversed(fs)])
def gen():
    yield 1
    raise ValueError("boom")
it = gen()
del gen
print(next(it))
try:
    next(it)
except ValueError as e:
    print("caught", e)
def f():
    global f
    del f
    return [i * 2 for i in range(3)]
print(f())
class A:
    def m(self, x):
        del A.m
        return x + 1
a = A()
print(a.m(1))
print(sorted([3, 1, 2], key=lambda v: -v))
def rec(n):
    return 0 if n == 0 else 1 + rec(n - 1)
print(rec(500))
def outer():
    def inner(n):
        return n if n < 1 else inner(n - 1)
    return inner(5)
print(outer())
def bad():
    return undefined_name_xyz
try:
    bad()
except NameError as e:
    print(e)
g = (lambda: (yield 5))()
print(next(g))
def counter():
    c = 0
    def inc():
        nonlocal c
        c += 1
        return c
    return inc
i1 = counter(); i2 = counter()
print(i1(), i1(), i2(), i1())
# A lambda made anew in every iteration (frames are reused across functions of one code).
total = 0
for i in range(1000):
    g = lambda x: x + i
    total += g(1)
print(total)
