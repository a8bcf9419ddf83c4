# Sizes and counts numpy refuses, and edge shapes that must not touch memory they do not own.
import numpy as np


def attempt(text):
    try:
        r = eval(text)
        print(text, "->", repr(r))
    except Exception as e:
        print(text, "->", type(e).__name__ + ":", e)


z = np.zeros((0, 3))
a = np.arange(6.0).reshape(2, 3)
c = np.array([3, 1, 2])
for text in [
    "np.empty(-5)", "np.zeros(-1)", "np.ones((2, -3))", "np.eye(-5)", "np.identity(-1)",
    "np.full(-2, 1.0)", "np.empty(10**12)", "np.ones((10**6, 10**6))", "np.arange(0, 10**12)",
    "np.arange()", "np.arange(start=2)", "np.arange(stop=5)", "np.arange(1, 7, step=2)",
    "np.arange(5, dtype='float32')", "np.arange(2, 5, dtype=np.int32)", "np.arange(1, 2, 3, 'int32')",
    "np.arange(decimals=1)", "np.arange('a')", "np.arange(None)", "np.arange(0, 1, 0)",
    "np.pad(c, [[]])", "np.pad(c, [[1, 2, 3]])", "np.pad(c, ((1, 2),))",
    "np.tile(z, 2)", "np.tile(z, (2, 1))", "np.tile(a, (2, 1, 2))", "np.tile(c, 3)", "np.tile(c, -1)",
    "np.tile(c, 0)", "np.repeat(a.T, 2)", "np.repeat(a, 2, axis=1)", "np.repeat(z, 3, axis=0)",
    "np.repeat(c, -1)", "np.concatenate([z, z], axis=1)", "np.concatenate([z, z])",
    "np.eye(10**18, 0)", "np.eye(3, 5, k=-1)", "np.eye(4, 2, k=1)", "np.eye(3, 3, k=5)",
    "np.eye(3, k=-5)", "np.split(np.array([]), 10**18)", "np.split(np.arange(6), 0)",
    "np.split(np.arange(6), -2)", "np.split(np.arange(6), 3)", "np.split(np.arange(6), 4)",
    "np.array_split(np.arange(6), 0)", "np.linspace(0, 1, 5)", "np.linspace(0, 1, -1)",
    "z + np.ones((0, 1))", "z.sum(axis=0)", "z.T.copy()", "z[:, ::-1].copy()",
]:
    attempt(text)
