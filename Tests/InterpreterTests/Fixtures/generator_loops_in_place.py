# for loops over generators nothing else holds (run in place): else clauses, break/return/
# exceptions closing the generator (finally, GeneratorExit), nesting, recursion, yield from.
def g(n):
    try:
        for i in range(n):
            yield i
    finally:
        print("g finally", n)

def h():
    yield 1
    yield 2
    return 5

for v in g(3):
    print("got", v)
else:
    print("else ran")

for v in g(5):
    if v == 2:
        break
    print("b", v)
print("after break")

def f():
    for v in g(4):
        if v == 1:
            return "returned"
print(f())

try:
    for v in g(4):
        if v == 1:
            raise ValueError("boom")
except ValueError as e:
    print("caught", e)

def stubborn():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("saw GeneratorExit")
        raise

for v in stubborn():
    print(v)
    break

def nested():
    for a in g(2):
        for b in g(2):
            yield a * 10 + b

print(list(nested()))
for x in nested():
    print("n", x)

def outer():
    for v in h():
        yield v * 100
print(list(outer()), [v for v in h()])

def raising():
    yield 1
    raise KeyError("k")
try:
    for v in raising():
        print("r", v)
except KeyError as e:
    print("KeyError", e)

def stopper():
    yield 1
    raise StopIteration
try:
    for v in stopper():
        print("s", v)
except RuntimeError as e:
    print("RuntimeError", e)

gen = g(2)
for v in gen:
    print("held", v)
print(list(gen))

def counter():
    n = 0
    while True:
        n += 1
        yield n
for c in counter():
    if c > 3:
        break
print("c", c)

def deep(n):
    if n:
        for v in deep(n - 1):
            yield v
    yield n
print(list(deep(4)), sum(v for v in deep(3)))
total = 0
for v in deep(3):
    total += v
print(total)

def sender():
    x = yield 1
    print("sent", x)
    yield 2
for v in sender():
    print("sv", v)

def with_cont():
    for i in range(6):
        yield i
for v in with_cont():
    if v % 2:
        continue
    print("even", v)
def g2(n):
    try:
        for i in range(n):
            yield i
    except Exception as e:
        print("generator caught", repr(e))
        yield -1

try:
    for v in g2(3):
        if v == 1:
            raise ValueError("consumer error")
except ValueError as e:
    print("consumer got", e)

def other():
    yield 'a'
    yield 'b'

o = other()
def mix(n):
    for i in range(n):
        yield i, next(o)
for pair in mix(2):
    print(pair)

def driven_inside():
    for v in g2(3):
        yield v * 2
it = driven_inside()
print(next(it), next(it))
print(list(it))

def consumer_locals():
    for v in g2(2):
        x = v
        print(sorted(locals()))
consumer_locals()

def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
for v in g2(1):
    print(depth(900))

def fin():
    try:
        yield 1
        yield 2
    finally:
        print("fin cleanup")
def user():
    for v in fin():
        return v
print(user())

def gen_error():
    yield 1
    x = 1 / 0
    yield 2
def run():
    for v in gen_error():
        print("v", v)
try:
    run()
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
def deep(n):
    if n:
        for v in deep(n - 1):
            yield v
    yield n
print(sum(deep(400)))
total = 0
for v in deep(900):
    total += v
print(total)
try:
    for v in deep(3000):
        pass
except RecursionError as e:
    print("RecursionError", e)
def deep2(n):
    if n:
        yield from deep2(n - 1)
    yield n
print(sum(deep2(300)))

# for a, b in a generator: the pairs written in place too
def pairs(n):
    for i in range(n):
        yield i, i * 2
for a, b in pairs(3):
    print(a, b)
    if a == 1:
        break
else:
    print("no")
for (a, b) in pairs(2):
    print(a + b)
try:
    for a, b in pairs(3):
        raise KeyError(a)
except KeyError as e:
    print("k", e)
def bad():
    yield 1, 2, 3
try:
    for a, b in bad():
        pass
except ValueError as e:
    print(e)
