# Stores at an int literal index into a list, dict, tuple or list subclass held in a
# variable: in range, negative, out of range, an unbound local.
xs = [0] * 4
xs[3] = 'a'
xs[-1] = xs[-1] * 2
xs[0] = 1.5
d = {}
d[3] = 'x'
d[-2] = 'y'
d[3] = 'z'
print(xs, d)
def f():
    ys = [1, 2, 3]
    ys[1] = 'b'
    ys[-3] = None
    dd = {1: 1}
    dd[1] = 2
    dd[0] = True
    t = (1, 2)
    try:
        t[0] = 5
    except TypeError as e:
        print(e)
    try:
        ys[5] = 0
    except IndexError as e:
        print(e)
    class L(list):
        def __setitem__(self, i, v):
            print("set", i, v)
    l = L([1, 2])
    l[0] = 9
    print(ys, dd, l)
    try:
        zz[0] = 1
    except NameError as e:
        print(e)
    zz = [0]
f()
