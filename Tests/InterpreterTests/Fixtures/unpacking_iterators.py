# Unpacking reads its iterable as CPython does: iter() once, count items and a test for one
# more (an endless generator is not read to its end), CPython's errors.
class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        print('iter called')
        return self
    def __next__(self):
        self.n += 1
        if self.n > 5:
            raise StopIteration
        return self.n
a, b, c, d, e = It()
print(a, e)
a, *b = [1, 2, 3, 4, 5]
print(a, b)
def count():
    i = 0
    while True:
        yield i
        i += 1
try:
    x, y = count()
except ValueError as err:
    print(err)
g = count()
try:
    x, y = g
except ValueError as err:
    print(err, next(g))
try:
    x, y = It()
except ValueError as err:
    print(err)
try:
    x, y, z, w, v, u = It()
except ValueError as err:
    print(err)
try:
    x, y = 5
except TypeError as err:
    print(err)
class BadIter:
    def __iter__(self):
        return 5
try:
    x, y = BadIter()
except TypeError as err:
    print(err)
try:
    for q in BadIter(): pass
except TypeError as err:
    print(err)
class Seq:
    def __getitem__(self, i):
        if i < 2:
            return i * 10
        raise IndexError
x, y = Seq()
print(x, y)
k, v = {'a': 1, 'b': 2}
print(k, v)
try:
    (p, q), r = iter([(1, 2)]), 3
except ValueError as err:
    print(err)
(p, q), r = iter([1, 2]), 3
print(p, q, r)
print(dict([It(), 'ab'][1:] + [(1, 2)]))
try:
    dict([(1, 2), 5])
except TypeError as err:
    print(err)
try:
    dict([[1, 2, 3]])
except ValueError as err:
    print(err)
