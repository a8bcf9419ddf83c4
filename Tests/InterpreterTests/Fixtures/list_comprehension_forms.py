# List comprehensions of one loop over a name, with and without conditions, over ranges,
# lists, generators and iterators the program holds.
print([i * 2 for i in range(5)], [i for i in range(10, 0, -3)], [i for i in range(0)])
print([x for x in [3, 1, 4, 1, 5] if x > 1], [x for x in "abc" if x != "b" if x != "c"])
print([(i, j) for i in range(2) for j in range(2)], [y for x in [[1], [2, 3]] for y in x])
it = iter(range(6))
print([x for x in it if x < 2], list(it))
it = iter(range(6))
print(next(it), [x for x in it], list(it))
gen = (n * n for n in range(4))
print([v + 1 for v in gen], [v for v in gen])
print([f() for f in [lambda: 1, lambda: 2]], [k for k in {"a": 1, "b": 2}])
x = "outer"
print([x for x in range(3)], x)
print([(y := v) for v in range(3)], y)
print([lambda: i for i in range(3)][0](), [c for c in (lambda: range(2))()])
big = [i for i in range(100000) if i % 7 == 0]
print(len(big), big[-1], sum(i for i in range(10)))


def inner():
    t = 10
    return [t + i for i in range(3)], [i for i in range(3) if i != t]


print(inner())
try:
    print([1 / (i - 2) for i in range(5)])
except ZeroDivisionError as error:
    print("ZeroDivisionError", error)
try:
    print([undefined_name for i in range(1)])
except NameError as error:
    print("NameError", error)
try:
    print([i for i in 5])
except TypeError as error:
    print("TypeError", error)
print([int(s) for s in "1 2 3".split()])
print([10 // (i - 1) for i in range(3) if i >= 0])
