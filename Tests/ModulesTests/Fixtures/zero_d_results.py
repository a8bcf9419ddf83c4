# Which numpy calls give 0-d arrays and which give numpy scalars (DeZero's Variable needs
# np.ones_like(0-d) to stay an array); abs() and unary + of arrays; scalars' methods.
import numpy as np
a = np.array(2.5)
b = np.array([[1.0, 2.0]])
calls = [
 "np.ones_like(a)", "np.zeros_like(a)", "np.full_like(a, 3)", "type(np.empty_like(a)).__name__", "np.full((), 7)", "np.empty(()).shape",
 "np.ones(())", "np.zeros(())", "np.where(a > 1, a, 0)", "np.where(True, 1.0, 0.0)", "np.broadcast_to(a, ())", "np.transpose(a)", "a.transpose()",
 "a.view()", "np.ascontiguousarray(a)", "np.round(a)", "a.round()", "np.around(a)", "np.clip(a, 0, 1)", "a.clip(0, 1)",
 "np.copy(a)", "a.copy()", "a.reshape(())", "np.reshape(a, ())", "a.astype(int)", "np.array(a)", "np.asarray(a)", "np.asarray(2.0)",
 "np.array(2.0)", "np.array(2.0, dtype=np.float32)", "np.squeeze(b[:, :1])", "b[0, 0]", "b[0][0]", "b[..., 0, 0]" , "b[0, 0, ...]",
 "a[()]", "a[...]", "np.sum(a)", "a.sum()", "np.sum(a, keepdims=True)", "np.mean(a)", "np.max(a)", "np.argmax(a)", "np.cumsum(a)",
 "np.sort(b[0])[0]", "np.maximum(a, 0)", "np.exp(a)", "a * 2", "np.dot(a, a)", "np.matmul(b, b.T)", "np.inner(b[0], b[0])",
 "np.tanh(a)", "np.sqrt(a)", "np.abs(a)", "abs(a)", "-a", "+a", "~np.array(3)", "a > 1", "np.logical_not(a)", "np.isnan(a)",
 "np.sign(a)", "np.power(a, 2)", "np.floor(a)", "np.float64(2.5) + a", "np.diag(np.array([3.0]))", "np.trace(b.T @ b)", "np.linalg.norm(b)",
 "np.linalg.det(np.eye(2))", "np.prod(a)", "np.std(a)", "np.var(a)", "np.median(a)", "np.percentile(a, 50)", "np.nan_to_num(a)",
 "np.minimum(a, 1)", "np.add(a, 1)", "np.multiply.reduce(b, axis=None)" , "np.log(a)", "np.expand_dims(a, 0)",
 "np.atleast_2d(a)", "np.stack([a, a])", "a.flatten()", "a.ravel()", "np.ravel(a)", "a.squeeze()", "np.squeeze(a)", "a.T",
 "np.asarray(a).reshape(1)", "np.dtype('float64').type(3)", "np.float64(a)", "np.float32(a)", "np.int64(np.array(3))",
 "a.item()", "a.tolist()", "np.array(a).tolist()", "np.array([a, a])", "np.ones_like(2.0)", "np.zeros_like(3)", "np.full_like(np.float64(2), 1)",
 "np.sum(b, axis=(0, 1))", "b.sum(axis=(0, 1), keepdims=True)", "np.count_nonzero(a)", "np.any(a)", "np.all(a)", "np.argmax(b, axis=1)",
 "np.unique(a)", "np.concatenate([a.reshape(1), a.reshape(1)])", "np.tile(a, 2)", "np.repeat(a, 2)", "np.flip(a)",
 "np.real(a)", "np.conj(a)", "a.conj()", "np.fabs(a)", "np.rint(a)", "np.square(a)", "a.max()", "a.mean()", "a.std()",
 "np.heaviside(a, 0.5)", "np.isclose(a, 2.5)", "np.allclose(a, 2.5)", "np.array_equal(a, a)", "np.take(b, 0)", "b.take(0)",
 "np.amax(a)", "np.nanmax(a)", "np.nansum(a)", "np.asarray(a, dtype=float)",
 "np.atleast_1d(a)", "np.vstack([a, a])", "np.hstack([a, a])", "np.outer(a, a)", "np.cross(np.array([1,0,0]), np.array([0,1,0]))",
 "np.einsum('i,i', b[0], b[0])" , "np.ones((1,))[0]", "np.ones((1,1)).item(0)", "b.max(axis=1)", "b.max(axis=1)[0]",
 "np.float64(3.0).reshape(())" , "np.float64(3.0)[()]", "np.float64(3.0)[...]",
]
for c in calls:
    try:
        r = eval(c)
        print(f"{c:45} {type(r).__name__:10} {r!r}")
    except Exception as e:
        print(f"{c:45} ERR {type(e).__name__}: {e}")
print(abs(np.array([-1.5, 2])), abs(np.array([-3])), +np.array([1, 2]))
x = np.float64(3.0)
print(repr(x.reshape(1)), repr(x.conj()), repr(x.round()), repr(x.astype(np.float32)), repr(x.sum()))
print(repr(np.real([1.0, 2.0])), repr(np.imag(np.array(2.0))), np.real(2.0))
