# Slices read from lists, tuples and other containers: ints, negative and out-of-range bounds,
# None, bools, steps, subclasses and classes receiving the slice object.
import numpy as np

xs = [0, 1, 2, 3, 4, 5]
t = tuple(xs)
n = len(xs)
for a, b in [(1, 3), (-2, None), (None, -1), (None, None), (4, 2), (-100, 100), (3, 3),
             (True, False), (0, True), (n, n + 5), (-1, -100)]:
    print(a, b, xs[a:b], t[a:b], "abcdef"[a:b], np.arange(6)[a:b])
print(xs[::2], t[::-1], xs[1:5:2], xs[5:1:-2], xs[:], t[:])
ys = xs[1:3]
ys.append(99)
print(xs, ys, type(t[1:2]).__name__, type(xs[1:2]).__name__)


class L(list):
    pass


class Probe:
    def __getitem__(self, key):
        return ("got", key)


print(type(L([1, 2, 3])[0:2]).__name__, L([1, 2, 3])[0:2], Probe()[1:2], Probe()[:3])
for bad in ["xs[1.5:2]", "xs['a':]", "t[:None:0]"]:
    try:
        print(eval(bad))
    except (TypeError, ValueError) as error:
        print(type(error).__name__, error)


def order():
    log = []

    def f(v):
        log.append(v)
        return v

    f(xs)[f(1):f(3)]
    return log


print(order())
