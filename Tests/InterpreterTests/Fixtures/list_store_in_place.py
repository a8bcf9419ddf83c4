# xs[i] = v on a plain list, answered where the list lies: in range, negative, out of range,
# non-int indexes, a list subclass with its own __setitem__, nested grids, tuples and dicts.
xs = [0] * 5
def f(xs, i, v):
    xs[i] = v
    xs[-1] = v * 2
    return xs
print(f(xs, 2, 7), f(xs, -5, 1))
for bad in (5, -6, "a", 1.0, True):
    try:
        f([0] * 5, bad, 3)
        print("ok", bad, xs)
    except Exception as e:
        print(type(e).__name__, e)
class L(list):
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v)
l = L([1, 2, 3])
l[0] = 9
f(l, 1, 4)
print(l)
grid = [[0] * 3 for _ in range(3)]
for i in range(3):
    for j in range(3):
        grid[i][j] = i * j
        grid[i][-j] = grid[i][j] + 1
print(grid)
t = (1, 2)
try:
    t[0] = 3
except TypeError as e:
    print(e)
d = {}
d[1] = 2; d["a"] = [1]; d["a"][0] = 5
print(d)
