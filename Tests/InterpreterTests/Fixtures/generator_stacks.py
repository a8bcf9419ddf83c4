# Generators on stacks of their own: send/close, yield from, recursion inside a body (deep
# enough for RecursionError), generators nested and suspended by the thousand, floats.
def g():
    try:
        x = yield 1
        print('got', x)
        y = yield x * 2
        print('got', y)
    finally:
        print('cleanup')
it = g()
print(next(it))
print(it.send(5))
it.close()
def rec(n):
    if n == 0:
        yield 0
        return
    yield from rec(n - 1)
    yield n
print(list(rec(50)))
def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)
def gd():
    yield deep(900)
print(list(gd()))
def gr():
    yield deep(5000)
try:
    list(gr())
except RecursionError as e:
    print('RecursionError', e)
def nested():
    for a in (i * i for i in range(3)):
        for b in g2(a):
            yield a, b
def g2(a):
    yield a
    yield -a
print(list(nested()))
gens = [iter(rec(3)) for _ in range(2000)]
print(sum(next(x) for x in gens))
def fl():
    yield 2.0 ** 0.5
    yield 1e308 * 10
print(list(fl()))
def bad():
    yield 1
    raise ValueError('boom')
try:
    for v in bad(): print(v)
except ValueError as e:
    print('caught', e)
