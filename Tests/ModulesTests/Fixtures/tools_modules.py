# functools, itertools (count/cycle/islice lazy) and string, written in the language itself.
import functools, itertools, string
from functools import reduce, partial, lru_cache, wraps
from itertools import count, cycle, islice, chain, product, permutations, combinations, accumulate, groupby, zip_longest, repeat
print(reduce(lambda a, b: a * b, [1, 2, 3, 4]), reduce(lambda a, b: a + b, [], 10), partial(pow, 2)(10), partial(int, base=2)("101"))
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.__name__)
@lru_cache
def sq(x):
    return x * x
print(sq(12), sq(12))
def logged(f):
    @wraps(f)
    def wrapper(*args):
        return f(*args)
    return wrapper
@logged
def add(a, b):
    "Adds."
    return a + b
print(add(2, 3), add.__name__, add.__doc__)
print(list(islice(count(10, 5), 4)), list(islice(cycle("ab"), 5)), list(repeat(7, 3)), list(islice(count(), 2, 10, 3)))
print(list(chain([1, 2], "ab", (3,))), list(chain.from_iterable([[1], [2, 3]])), list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], lambda a, b: a * b)))
print(list(product("ab", [0, 1])), len(list(product(range(3), repeat=2))), list(permutations([1, 2, 3], 2)), list(combinations("abcd", 2)))
print([(k, list(g)) for k, g in groupby("aaabccaa")], [(k, len(list(g))) for k, g in groupby([1, 1, 2, 3, 3], key=lambda v: v % 2)])
print(list(zip_longest("ab", [1, 2, 3], fillvalue="-")), list(itertools.combinations_with_replacement("ab", 2)), list(itertools.pairwise([1, 2, 3])))
print(list(itertools.takewhile(lambda v: v < 3, [1, 2, 5, 1])), list(itertools.dropwhile(lambda v: v < 3, [1, 2, 5, 1])), list(itertools.starmap(pow, [(2, 3), (3, 2)])))
for i, c in zip(count(1), "xy"):
    print(i, c)
print(string.ascii_lowercase, string.digits, string.capwords("hello big world"), len(string.punctuation), string.ascii_uppercase[:3])
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
for r in [0.5, -1, 2]:
    try:
        print(list(itertools.permutations("abc", r)), list(itertools.combinations("abc", r)))
    except Exception as e:
        print(type(e).__name__, e)
