# int keys looked up by value without making a key: equal floats and bools find them, and
# other keys beside them (big ints, floats, tuples, None) still answer
d = {1: 'one', -5: 'neg', 2 ** 40: 'big', 10 ** 30: 'huge', 2.5: 'float', (1, 2): 'tuple', None: 'none'}
print(d[1], d[1.0], d[True], d[-5], d[2 ** 40], d[10 ** 30], d[2.5], d[(1, 2)], d[None])
print(0 in d, False in d, 1.5 in d, -5.0 in d, d.get(2, 'missing'), d.get(2 ** 40 + 0.0))
s = {0, 1, 2.0, -3}
print(False in s, True in s, 2 in s, -3.0 in s, 4 in s, 10 ** 20 in s)
counts = {}
for x in [3, 1, 3, 2, 3, 1]:
    counts[x] = counts.get(x, 0) + 1
print(counts, sorted(counts.items()), 3 in counts, counts[3.0])
memo = {0: 0, 1: 1}
def fib(n):
    if n in memo:
        return memo[n]
    memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]
print(fib(80), len(memo))
try:
    print(d[7])
except KeyError as e:
    print('KeyError', e)
# `d[k] += f()` where f changes the dict: the entry is found again before it is written
box = {1: 10}
def grow():
    for j in range(20):
        box[100 + j] = j
    return 1
box[1] += grow()
box2 = {'a': 1, 'b': 2}
def shrink():
    del box2['a']
    return 5
box2['b'] += shrink()
print(box[1], len(box), box2)
