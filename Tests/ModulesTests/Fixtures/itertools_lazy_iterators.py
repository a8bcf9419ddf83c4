# itertools' iterators read their input as they are asked for: infinite inputs work, groups
# share groupby's iterator (a group is empty once the next one is taken), side effects come
# in CPython's order. Counter's unary and in-place operators and popitem.
import collections
import itertools as it

print(list(it.islice(it.filterfalse(lambda x: x % 2, it.count()), 3)))
print(list(it.islice(it.takewhile(lambda x: x < 100, it.count()), 3)))
print(list(it.islice(it.dropwhile(lambda x: x < 5, it.count()), 3)))
print(list(it.islice(it.accumulate(it.count()), 4)), list(it.accumulate([1, 2, 3], initial=10)))
print(list(it.accumulate([3, 1, 4], max)), list(it.accumulate([])), list(it.accumulate([], initial=0)))
print(list(it.islice(it.starmap(pow, zip(it.count(), it.repeat(2))), 4)))
print(list(it.islice(it.chain(it.count(), 'x'), 3)), list(it.chain.from_iterable(['ab', 'c'])))
print(list(it.islice(it.compress(it.count(), it.cycle([1, 0])), 3)))
print(list(it.islice(it.zip_longest(it.count(), 'ab'), 3)), list(it.zip_longest()))
print(list(it.zip_longest('a', 'bcd', [1, 2], fillvalue='-')))
print(list(it.islice(it.pairwise(it.count()), 2)), list(it.pairwise('a')), list(it.pairwise('abc')))
print(list(it.filterfalse(None, [0, 1, '', 'x', None])))
print(list(it.islice(it.groupby(it.count(), lambda x: x // 3), 2))[0][0])
groups = list(it.groupby('aabbbc'))
print([(k, list(v)) for k, v in groups])
print([(k, list(v)) for k, v in it.groupby('aabbbc')])
print([(k, len(list(v))) for k, v in it.groupby([1, 1, 2, 3, 3, 3, 1])])
print([(k, list(v)) for k, v in it.groupby('aAbBa', key=str.lower)])
g = it.groupby([1, 1, 2, 3, 3])
k, first = next(g)
print(k, next(first), next(g)[0], list(first))
k, third = next(g)
print(k, list(third), list(third), next(g, 'end'))
print(type(it.groupby('a')).__name__, type(next(it.groupby('a'))[1]).__name__)
print(list(it.groupby([])))


def noisy(values, seen):
    for v in values:
        seen.append(v)
        yield v


seen = []
t = it.takewhile(lambda x: x < 3, noisy([1, 2, 5, 1], seen))
print(seen, list(t), seen)
seen = []
d = it.dropwhile(lambda x: x < 3, noisy([1, 2, 5, 1], seen))
print(seen, next(d), seen, list(d))
for bad in [lambda: it.takewhile(None, 5), lambda: it.starmap(pow, 3), lambda: it.pairwise(1),
            lambda: it.zip_longest(1, [2])]:
    try:
        bad()
        print('no error')
    except TypeError as e:
        print('TypeError', e)
try:
    next(it.chain(1))
except TypeError as e:
    print('TypeError', e)

c = collections.Counter(a=3, b=-1, c=0)
print(+c, -c, c.popitem(), c)
c = collections.Counter(a=3, b=1)
alias = c
c += collections.Counter(a=1, b=-1)
print(c, c is alias)
c -= collections.Counter(a=10)
print(c)
c = collections.Counter(a=3, b=1)
c |= collections.Counter(b=4, d=2)
print(c)
c &= collections.Counter(b=2, d=5)
print(c)
try:
    collections.Counter.fromkeys('ab')
except NotImplementedError as e:
    print('NotImplementedError', e)
