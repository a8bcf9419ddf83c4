# lru_cache keeps the most recently used results and counts hits and misses; dict() copies
# any object with keys() (defaultdict, Counter, OrderedDict).
from functools import lru_cache
from collections import defaultdict, Counter, OrderedDict


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())
print(fib.cache_info().hits, fib.cache_info().currsize)
fib.cache_clear()
print(fib.cache_info())

calls = []


@lru_cache(maxsize=2)
def square(x):
    calls.append(x)
    return x * x


for x in [1, 2, 1, 3, 1, 2]:
    square(x)
# 1 stays (used again before 3 arrived); 2 was the least recently used and went.
print(calls, square.cache_info())


@lru_cache
def plain(x, scale=1):
    return x * scale


print(plain(2), plain(2, scale=3), plain(2), plain.cache_info())
print(plain.__name__, square.__wrapped__(4))

groups = defaultdict(list)
for word in "the quick brown fox jumps over the lazy dog".split():
    groups[len(word)].append(word)
print(dict(groups))
print(dict(Counter("abracadabra")))
print(dict(OrderedDict([("b", 1), ("a", 2)])))
d = {}
d.update(Counter("aab"))
print(d)
