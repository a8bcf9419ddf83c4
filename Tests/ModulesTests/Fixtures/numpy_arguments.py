# Arguments numpy does not take are refused with numpy's words, not ignored: a misspelt
# keyword (`axes=`), too many positional arguments, a missing required one.
import numpy as np

x = np.arange(6.0).reshape(2, 3)
for text in [
    "np.mean(x, axes=0)", "np.sum(x, axis=0, keepdim=True)", "np.isin([1, 2, 3], [2], True)", "np.isin([1, 2, 3], [2], invert=True)",
    "np.zeros()", "np.zeros(3, float, 'C', 1)", "np.dot(x)", "np.dot(x, x.T, None, 1)",
    "np.reshape()", "np.linalg.norm(x, p=2)", "np.linalg.inv()", "np.linspace(0, 1, num=5, step=2)",
    "np.random.choice(5, 3, ord=1)", "np.random.choice()", "np.random.permutation(1, 2)",
    "np.random.seed(1, 2)", "np.isclose(x)", "np.argmax(x, axis=1, keepdims=True).shape",
    "np.mean(x, axis=0)", "np.clip(x, 1, 4)", "np.where(x > 2)", "np.unique(x, return_counts=True)",
    "np.fliplr(x, 2)", "np.intersect1d(x)", "np.setdiff1d([3, 1, 2, 3], [2], assume_unique=True)", "np.setdiff1d([3, 1, 3], [2])",
    "np.linalg.pinv(x, 1e-15, False, 1)", "np.random.normal(size=2, scale=1, locc=0)",
]:
    try:
        print(text, "->", repr(eval(text)))
    except Exception as e:
        print(text, "->", type(e).__name__ + ":", e)
