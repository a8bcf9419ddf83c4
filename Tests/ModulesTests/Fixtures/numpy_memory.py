import numpy as np
tests = [lambda: np.zeros((99999, 99999)), lambda: [0] * 10**12, lambda: np.ones(10**12),
         lambda: np.random.rand(10**6, 10**6), lambda: np.arange(10**12), lambda: np.eye(10**7),
         lambda: np.ones(10**6)[:, None] * np.ones(10**6), lambda: "ab" * 10**12,
         lambda: np.tile(np.ones(3), 10**12), lambda: np.tile(np.ones((2, 3)), (10**6, 10**7)),
         lambda: np.tile(np.ones((2, 3)), (1, 10**12)), lambda: np.repeat(np.ones(3), 10**12),
         lambda: np.repeat(np.ones((2, 3)), 10**12, axis=1), lambda: list(range(10**18)),
         lambda: sorted(range(10**18)), lambda: tuple(range(10**18)),
         lambda: np.array(range(10**18))]
for t in tests:
    try:
        t()
    except MemoryError as e:
        print(type(e).__name__, e)
