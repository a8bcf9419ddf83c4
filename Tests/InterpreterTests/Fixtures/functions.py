def greet(name, greeting="Hello", *args, punct="!", **kw):
    return f"{greeting}, {name}{punct}" + (str(args) if args else "") + (str(kw) if kw else "")

print(greet("Ada"))
print(greet("Ada", "Hi", 1, 2, punct="?", extra=True))

def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc

c = make_counter()
c(); c()
print(c())

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print([fib(i) for i in range(15)])
print(sorted([3, 1, 2], reverse=True), sorted(["bb", "a", "ccc"], key=len))
print(list(map(lambda v: v * v, range(5))), list(filter(None, [0, 1, "", "x"])))
print({k: v for k, v in zip("abc", range(3))}, {i % 3 for i in range(10)})
print(sum(i * i for i in range(10)), max([4, 9, 2]), min("hello"), any([0, 0]), all([]))
for i, ch in enumerate("ab", start=1):
    print(i, ch)
total = 0
i = 0
while True:
    i += 1
    if i % 2 == 0:
        continue
    if i > 9:
        break
    total += i
else:
    print("never")
print(total)
