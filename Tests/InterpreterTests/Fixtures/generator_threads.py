# Many generators started, finished, abandoned while suspended, broken out of and raising:
# each runs on a stack of its own that takes turns with its consumer.
def count(n):
    for i in range(n):
        yield [i, str(i)]
def nested(n):
    for x in count(n):
        yield from count(x[0] % 5)
total = 0
for k in range(200):
    for item in nested(10):
        total += item[0]
    g = count(100)
    next(g)          # abandoned while suspended
    h = count(5)
    for v in h:
        if v[0] == 2:
            break    # closed by being dropped
    def boom():
        yield 1
        raise ValueError("x")
    try:
        for v in boom(): pass
    except ValueError:
        total += 1
def echo():
    got = yield "start"
    while True:
        got = yield got * 2
e = echo(); next(e)
print(total, e.send(21), e.send("ab"))
e.close()
print(sum(x * x for x in range(100000)), max((i % 7, i) for i in range(50000)))
