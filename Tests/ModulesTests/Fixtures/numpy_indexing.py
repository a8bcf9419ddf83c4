import numpy as np

a = np.arange(6).reshape(2, 3)
print(a[1], a[-1, -1], a[0][2], repr(a[1, 0]))
for key in [(0, 5), (5,), (0, 0, 0)]:
    try:
        a[key]
    except IndexError as e:
        print("IndexError:", e)
print(list(a.T.tolist()), a.T[2])
