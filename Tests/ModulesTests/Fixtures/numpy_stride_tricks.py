# np.lib.stride_tricks: as_strided views and sliding_window_view (windows for a convolution).
import numpy as np
from numpy.lib.stride_tricks import as_strided, sliding_window_view


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


x = np.arange(10)
show("windows", lambda: sliding_window_view(x, 3))
show("windows-2d", lambda: sliding_window_view(np.arange(12).reshape(3, 4), (2, 2)))
show("windows-axis", lambda: sliding_window_view(np.arange(12).reshape(3, 4), 3, axis=1))
show("windows-big", lambda: sliding_window_view(x, 11))
show("windows-count", lambda: sliding_window_view(x, (2, 2)))
show("strided", lambda: as_strided(x, shape=(4, 3), strides=(16, 8)))
show("strided-default", lambda: as_strided(x))
show("strided-neg", lambda: as_strided(x[::-1], shape=(3,), strides=(-8,)))
show("strided-bad", lambda: as_strided(x, shape=(2,), strides=(8, 8)))
show("np.lib", lambda: np.lib.stride_tricks.sliding_window_view([1, 2, 3, 4], 2).sum(axis=1))
w = sliding_window_view(x, 3)
show("shares", lambda: (np.shares_memory(w, x), w.strides))
img = np.arange(16.0).reshape(4, 4)
patches = sliding_window_view(img, (3, 3))
show("conv", lambda: (patches * np.ones((3, 3))).sum(axis=(-2, -1)))
