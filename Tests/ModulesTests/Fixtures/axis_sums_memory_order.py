# Sums, means, variances and standard deviations along axes of arrays whose axes do not lie
# in C order (transposed, Fortran-ordered, reversed, strided): numpy sums pairwise along the
# axis whose elements lie closest together and slice by slice along the others, and lays the
# result out in memory order. Printed as lists, so every digit shows.
import numpy as np
np.random.seed(3)
x = np.random.rand(300, 70)
y = np.random.rand(40, 30, 20)
w = np.random.rand(6, 5, 9, 11)
cases = [('xT', x.T), ('xF', np.asfortranarray(x)), ('x[:, ::2]', x[:, ::2]), ('xT[::-1]', x.T[::-1]),
         ('x[::-1]', x[::-1]), ('x[:, ::-1]', x[:, ::-1]), ('x[::3].T', x[::3].T), ('xT32', x.T.astype(np.float32))]
for t in [(2,1,0), (1,0,2), (0,2,1), (2,0,1), (1,2,0)]:
    cases.append(('y%s' % (t,), y.transpose(t)))
cases += [('y[:, ::-1]', y[:, ::-1]), ('yT[::-1]', y.T[::-1]), ('yT[:, 1:, ::2]', y.T[:, 1:, ::2]), ('yF32', np.asfortranarray(y, dtype=np.float32))]
for t in [(3,2,1,0), (0,2,3,1), (1,0,3,2), (0,3,1,2)]:
    cases.append(('w%s' % (t,), w.transpose(t)))
cases.append(('wint', (w * 100).astype(np.int64).transpose(2, 0, 3, 1)))
import itertools
for name, a in cases:
    axes = list(range(a.ndim)) + [c for r in range(2, a.ndim) for c in itertools.combinations(range(a.ndim), r)]
    for ax in axes:
        s = a.sum(axis=ax); m = a.mean(axis=ax)
        print(name, ax, s.ravel().tolist()[:4], m.ravel().tolist()[-3:], a.var(axis=ax).ravel().tolist()[:2],
              a.std(axis=ax, ddof=1).ravel().tolist()[-2:], s.shape, s.strides, a.sum(axis=ax, keepdims=True).shape)
    print(name, 'full', a.sum(), a.mean(), a.var())
