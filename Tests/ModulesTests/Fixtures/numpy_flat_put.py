# ndarray.flat (iterate, index, assign through views), put (modes), compress, mT, real/imag/conj of real arrays.
import numpy as np
a = np.arange(12).reshape(3, 4)
print(a.flat[5], a.flat[-1], a.flat[2:5], a.flat[[0, 11]], len(a.flat))
print([int(v) for v in a.flat][:5], sum(a.flat))
a.flat[3] = 100
a.flat[[0, 1]] = -1
a.flat[8:] = [7, 8]
print(a)
t = a.T
t.flat[1] = 55
print(a)
print(a.flat.copy())
b = np.zeros(5)
b.put([0, 2], [9, 8])
print(b)
b.put([-1, 7], 3, mode="clip")
print(b)
try:
    b.put([9], 1)
except IndexError as e:
    print(e)
c = np.arange(10).reshape(2, 5)
print(c.compress([True, False, True], axis=1), c.compress([0, 1, 1]))
print(c.mT.shape, np.arange(24).reshape(2, 3, 4).mT.shape)
print(c.real is c, c.imag, c.conj(), c.conjugate() is c)
try:
    np.arange(3).mT
except ValueError as e:
    print(e)
for i, v in enumerate(np.array([[1.5, 2.5]]).flat):
    print(i, repr(v))
