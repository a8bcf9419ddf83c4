# warnings.warn(stacklevel=) names the caller's line; numpy's nan-functions name the user's line;
# catch_warnings(record=True) collects instead of printing, and changing the filters shows
# a warning again.
import warnings

import numpy as np


def inner():
    warnings.warn("from inner", UserWarning, stacklevel=2)


def outer():
    inner()


outer()
outer()
warnings.warn("top", stacklevel=1)
np.nanmedian(np.array([np.nan, np.nan]))
np.nanmean(np.array([np.nan]))
print(np.nanvar(np.array([np.nan])), np.nanvar(np.array([1.0, 2.0]), ddof=2))
np.random.multivariate_normal([0, 1], [[1, 2], [2, 1]])


def gen():
    warnings.warn("in gen", stacklevel=2)
    yield 1


for v in gen():
    pass
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    outer()
    np.log(np.array([-1.0]))
    print(len(caught), [str(m.message) for m in caught], [m.category.__name__ for m in caught])
    print([m.lineno for m in caught], [m.filename == __file__ for m in caught])
outer()
warnings.simplefilter("default")
outer()
raise SystemExit(1)
