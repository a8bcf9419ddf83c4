# callable() of every kind of callable; iter(callable, sentinel); built-in iterators'
# __next__ and __iter__ by name.
class A:
    def __call__(self):
        return 1


class B:
    pass


print(callable(len), callable(1), callable(int), callable(print), callable(A()), callable(A),
      callable(B()), callable([].append), callable(lambda: 0), callable("s"), callable(None))
it = iter([1, 2, 3, 0, 5])
print(list(iter(it.__next__, 0)), next(it))
counter = iter(range(10)).__next__
print(list(iter(counter, 4)), counter(), it.__iter__() is it)
try:
    iter(5, 1)
except TypeError as e:
    print(e)
empty = iter([])
try:
    empty.__next__()
except StopIteration:
    print("stop")
