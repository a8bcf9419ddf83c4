# Sets of ints built element by element iterate in CPython's hash-table order.
import random
print({10, 2, 33, 8, 16, 64, 0}, {100, 7, 1000, 8}, {9, 1, 8, 2, 7, 3, 6})
print({3, 1, 2}, set([5, 3, 9, 1, 3]), set([10, 2, 33, 8, 16, 64, 0]), set([-1, -5, 3]), set([100, 7, 1000, 8]), set(range(20, 0, -1)))
s = set([3, 1, 2])
s.add(10); s.add(-4)
print(s, {True, 2, 0}, list(set([9, 8, 7])), sorted({9, 8, 7}), [x for x in set([17, 9, 33])])
random.seed(3)
for k in range(6):
    xs = [random.randint(-50, 500) for _ in range(random.randint(1, 40))]
    t = set()
    for x in xs:
        t.add(x)
    print(set(xs), t == set(xs), len(t))
print(set([2**40, 3, 2**33 + 1, 12345678901]))
