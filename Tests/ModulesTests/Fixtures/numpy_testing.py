# numpy.testing's assertions and their failure reports (header, mismatched elements and where,
# largest differences, the two values), imported as numpy's submodule too.
import numpy as np
from numpy.testing import assert_allclose


def show(label, f):
    try:
        f()
        print(label, "passed")
    except AssertionError as e:
        print(label, repr(str(e)))


show("allclose", lambda: np.testing.assert_allclose([1.0, 2.0, 3.0], [1.0, 2.1, 3.0]))
show("allclose-2d", lambda: np.testing.assert_allclose(np.array([[1.0, 2.0], [3, 4]]), np.array([[1.0, 2.5], [3.5, 4]]), rtol=1e-3, atol=1e-5, err_msg="grad"))
show("allclose-many", lambda: np.testing.assert_allclose(np.arange(10.0), np.arange(10.0) + 1))
show("allclose-ok", lambda: assert_allclose(1.0, 1.0000001))
show("allclose-nan", lambda: np.testing.assert_allclose([1, np.nan], [1, np.nan]))
show("allclose-nan-pos", lambda: np.testing.assert_allclose([1, np.nan], [np.nan, 1]))
show("allclose-inf", lambda: np.testing.assert_allclose([1, np.inf], [1, -np.inf]))
show("allclose-quiet", lambda: np.testing.assert_allclose([1.0], [2.0], verbose=False))
show("allclose-scalar", lambda: np.testing.assert_allclose(1.0, 2.0))
show("allclose-zero", lambda: np.testing.assert_allclose([0.0, 1.0], [1e-3, 0.0]))
show("allclose-shape", lambda: np.testing.assert_allclose(np.ones(3), np.ones(4)))
show("allclose-long", lambda: np.testing.assert_allclose(np.arange(100.0).reshape(10, 10), np.zeros((10, 10))))
show("equal", lambda: np.testing.assert_array_equal([1, 2, 3], [1, 2, 4]))
show("equal-shape", lambda: np.testing.assert_array_equal([1, 2], [1, 2, 3]))
show("equal-ok", lambda: np.testing.assert_array_equal(np.arange(3), [0, 1, 2]))
show("almost", lambda: np.testing.assert_almost_equal(1.0, 1.1))
show("almost-arr", lambda: np.testing.assert_almost_equal(np.array([1.0, 2.0]), np.array([1.0, 2.001]), decimal=4))
show("almost-ok", lambda: np.testing.assert_almost_equal(1.0, 1.00000001))
show("almost-nan", lambda: np.testing.assert_almost_equal(np.nan, 1.0))
show("arr-almost", lambda: np.testing.assert_array_almost_equal([1.0, 2.0], [1.0, 2.1]))
show("assert_equal-list", lambda: np.testing.assert_equal([1, 2], [1, 3]))
show("assert_equal", lambda: np.testing.assert_equal(1, 2))
show("assert_equal-dict", lambda: np.testing.assert_equal({"a": 1}, {"a": 2}))
show("assert_equal-ok", lambda: np.testing.assert_equal({"a": [1, np.nan]}, {"a": [1, np.nan]}))
show("assert_equal-arr", lambda: np.testing.assert_equal(np.array([1, 2]), np.array([1, 5])))
show("less", lambda: np.testing.assert_array_less([1, 5], [2, 3]))
show("assert_", lambda: np.testing.assert_(False, "nope"))
from numpy.linalg import norm
import numpy.testing as npt
print(norm([3, 4]), npt.assert_allclose(1, 1))
