# Generated: functions closures.
def make_counter(start=0):
    count = start
    def step(by=1):
        nonlocal count
        count += by
        return count
    return step
a, b = make_counter(), make_counter(10)
print(a(), a(), b(5), a(), b())
adders = [lambda x, n=n: x + n for n in range(3)]
late = [lambda x: x + n for n in range(3)]
print([f(10) for f in adders], [f(10) for f in late])
total = 0
def accumulate(xs):
    global total
    for x in xs:
        total += x
    return total
print(accumulate([1, 2]), accumulate([3]), total)
def outer():
    x = "outer"
    def inner():
        return x
    x = "changed"
    return inner()
print(outer())
