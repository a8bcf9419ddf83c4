# Sets print in CPython's table order: literals (constant displays are folded), operators,
# in-place operators (which change the set itself), methods with any iterable, removals
# that leave dummy slots, pop's finger, growth, and hash() of numbers, tuples, frozensets.
print({5, -3, 7}, {100, 200, 300} | {200, 400})
x = -3
print({5, x, 7}, {2**65, 19, 3, (3, 1)}, {10**30, 19, 3, (3, 1)}, {1 << 65, 3, 19})
print({(1, 2), (2, 1), (0, 0), 1.5, -2.25, 3.0, 2.0**70, float('inf')})
a = {1, 2, 3, 40, 41, 42, 1000}
b = {3, 41, 8, 16, -5}
print(a | b, b | a, a & b, b & a, a - b, b - a, a ^ b, b ^ a)
alias = a
a |= {77, 9}
a -= {1, 1000}
a ^= {2, 5, 13}
a &= set(range(0, 80, 2)) | {13}
print(alias, a is alias)
s = {10, 20, 30}
print(s.union([5, 21], {99: 'x', -1: 'y'}), s.intersection([30, 10, 2]),
      s.difference([10], {30}), s.symmetric_difference((30, 31, 32)))
s.update(range(8), {100: 1})
s.difference_update([3, 4], {20})
s.intersection_update(range(50))
s.symmetric_difference_update([1, 2, 60])
print(s)
t = set()
for v in [8, 16, 24, 3, 11, 19, 27]:
    t.add(v)
t.discard(16)
t.remove(24)
t.add(32)
t.add(40)
print(t, [t.pop() for _ in range(3)], t)
t.clear()
t.update([7, 15, 23])
print(t.pop(), t)
big = {i * 7 % 101 for i in range(60)}
for i in range(0, 60, 3):
    big.discard(i)
print(big)
print(set({3: 0, 11: 0, 19: 0, 27: 0, 35: 0}), set([3, 11, 19, 27, 35]))
print(frozenset([9, 1, 17]) | {25}, {25} | frozenset([9, 1, 17]))
print({1, 2} | {1.0, True, 2.0}, {1.0, 2.5} & {1, 2})
print(hash(1.5), hash(-2.25), hash(1e20), hash(2**65), hash(-2**64), hash(10**30), hash(-1))
print(hash((3, 2)), hash(()), hash((1, (2, 3.5))), hash(frozenset([1, 2, 3])), hash(frozenset()))
print({1, 2, 3, 4}.copy(), set(frozenset([33, 1, 65])), {0, 8, 16, 24, 32}.copy())
d = {k: k for k in [12, 4, 20, 28]}
print(d.keys() | {36}, d.keys() - {4}, d.keys() & {20, 28, 44})
class Key:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v
    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v
    def __repr__(self):
        return f'Key({self.v})'
print({Key(9), Key(1), Key(17), Key(2**62 + 5)}, hash(Key(2**62 + 5)) == 2**62 + 5)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x * 10)
except RuntimeError as e:
    print(e, sorted(s))
s = {1, 2, 3}
for x in s:
    s.discard(x)
    s.add(x)
it = iter(s)
print(list(it), s, [*{7, 8}])
s.add(4)
print(next(it, 'done'))
