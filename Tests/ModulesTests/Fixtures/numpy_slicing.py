import numpy as np

a = np.arange(12).reshape(3, 4)
print(a[1:], a[:, 1], a[:, [-1]], a[::-1, ::2], a[..., 0], a[None, 0].shape, a[1, ...])
print(a[-2:, 1:3], a[:, None, 1].shape, a[0:0].shape, a[5:], a[:, ::-3])
v = a[1]
v[0] = 100
print(a)
a[0, :] = 7
a[:, 3] = [1, 2, 3]
a[2] = -1
print(a)
m = a > 6
print(m, a[m], a[a < 0], (a > 0) & (a < 8), (a < 0) | (a == 7), ~m[0])
a[a < 0] = 0
print(a)
x = np.arange(10) * 1.5
print(x[[0, 2, 4]], x[np.array([9, -1])], x[x > 9.0], x[[True] * 5 + [False] * 5])
x[[1, 3]] = [10.0, 30.0]
x[x > 12] -= 1
print(x)
b = np.arange(24).reshape(2, 3, 4)
print(b[:, [0, 2]], b[1, :, [1, 3]], b[b % 5 == 0], b[..., 1:3].shape, b[:, 1, ::2])
w = np.zeros((2, 3))
w[:, 1:] += 1.5
row = w[1]
row *= 2
print(w)
for r in np.arange(6).reshape(3, 2):
    print(r, r.sum())
y = np.array([0, 1, 1, 0])
print(y == 1, np.arange(4)[y == 1], (np.arange(4) == y).sum(), np.arange(3) != 1)
c = np.arange(3)
for bad in ["c[3]", "c[1, 2]", "c[[True, False]]", "c[1.5]", "c += 1.5", "c[:2] = [1, 2, 3]"]:
    try:
        if bad == "c[3]":
            c[3]
        elif bad == "c[1, 2]":
            c[1, 2]
        elif bad == "c[[True, False]]":
            c[np.array([True, False])]
        elif bad == "c[1.5]":
            c[1.5]
        elif bad == "c += 1.5":
            c += 1.5
        else:
            c[:2] = [1, 2, 3]
    except (IndexError, ValueError) as e:
        print(type(e).__name__ + ":", e)
    except TypeError as e:
        print("TypeError:", e)
print(b[[0, 1], :, [1, 2]], b[:, [0, 1], [1, 2]], b[np.array([[0, 1], [1, 0]])].shape)
print(b[b.sum(axis=None) > 0].shape if False else b[np.array([[True, False, True], [False, True, False]])])
print(b[1, [0, 2], 1:], b[:, 2, [3, 0]], b[None, 0, [1]].shape)
b[[0, 1], :, [1, 2]] = 0
b[:, [0], 3] = -5
print(b)
