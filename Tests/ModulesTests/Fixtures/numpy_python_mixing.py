# Results numpy and Python give that NumBook differed on (found by differential fuzzing):
# meshgrid of any number of arrays as a tuple, triu/tril of 1-D input, tuples inside an
# index, list + array, sequence * numpy scalar, % with arguments left over.
import numpy as np

c = np.array([3, 1, 2])
s = np.eye(3)
for t in [
    "np.meshgrid([1, 2], [3])", "type(np.meshgrid([1, 2], [3])).__name__", "np.triu(c)",
    "np.tril([1, 2])", "s[(0, 1, 2), ::2]", "s[(0, 1), (1, 2)]", "s[[0, 1], (1, 2)]", "'C' % 0",
    "'%s' % (1, 2)", "'x' % ()", "'%(a)s' % {'a': 1, 'b': 2}", "'x' % {'a': 1}",
    "(-1, -1) * np.float32(2.5)", "[1] * np.int64(2)", "(0,) + c", "[1, 2, 3] + c", "(1, 2, 3) - c",
    "[1, 2] * np.float64(2.0)", "np.meshgrid()", "np.int64(2) * (1, 2)", "[1, 2] * np.bool_(True)",
    "np.float32(2) * [1]", "'x' % [1]", "'x' % 'a'", "'%s' % 'a'", "'x' % None",
    "'%d' % np.int64(3)", "[1, 2] + np.int64(3)",
]:
    try:
        print(t, "->", repr(eval(t)))
    except Exception as e:
        print(t, "->", type(e).__name__ + ":", e)
for args in [
    "[1, 2], [3, 4, 5]", "[1, 2], [3, 4, 5], indexing='ij'", "[1, 2]", "[1, 2], [3], [4, 5, 6]",
    "[1, 2], [3], [4, 5, 6], indexing='ij'", "[1, 2], [3, 4, 5], sparse=True", "np.array([[1, 2]]), [3]",
]:
    r = eval(f"np.meshgrid({args})")
    print(args, [x.shape for x in r], [x.tolist() for x in r])
X, Y = np.meshgrid(np.linspace(0, 1, 3), np.linspace(0, 2, 2))
print(X, Y, sep="\n")
