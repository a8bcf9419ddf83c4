# Seeded printing sweep: float32 and float64 arrays and scalars across magnitudes (numpy's
# float32 cutoffs: scientific from 1e6 for scalars and arrays), with nan/inf, rounding,
# suppress and precision options.
import numpy as np
rng = np.random.RandomState(7)
for trial in range(400):
    n = rng.randint(1, 7)
    scale = 10.0 ** rng.randint(-12, 12)
    dt = [np.float32, np.float64][trial % 2]
    x = (rng.randn(n) * scale).astype(dt)
    if trial % 5 == 0:
        x[0] = rng.choice([0.0, 1.0, -0.0, 0.5])
    if trial % 7 == 0 and n > 1:
        x[1] = x[1] * 1e6
    print(repr(x))
    print(x)
    print(repr(x[0]), str(x[0]))
    if trial % 3 == 0:
        print(repr(x.reshape(1, -1) * 3))
rng = np.random.RandomState(11)
for trial in range(300):
    shape = [(3,), (2, 3), (4, 1), (1, 5), (2, 2, 2)][trial % 5]
    scale = 10.0 ** rng.randint(-9, 11)
    dt = [np.float32, np.float64][trial % 2]
    x = (rng.randn(*shape) * scale).astype(dt)
    if trial % 6 == 0:
        x.flat[0] = [np.nan, np.inf, -np.inf, 0.0][trial % 4]
    if trial % 4 == 1:
        x = np.round(x, rng.randint(0, 4))
    opts = {}
    if trial % 9 == 0:
        opts["suppress"] = True
    if trial % 10 == 3:
        opts["precision"] = int(rng.randint(2, 6))
    with np.printoptions(**opts):
        print(repr(x))
        print(x)
        print(repr(x.ravel()[-1]))
