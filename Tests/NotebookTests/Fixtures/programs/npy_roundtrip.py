import numpy as np

a = np.load("data/numpy_matrix.npy")
f = np.load("data/numpy_fortran.npy")
b = np.load("data/numpy_bigendian.npy")
# Byte order is normalised to native on load (NumBook has no '>f8' dtype): compare values.
print(repr(a), repr(f), b.tolist(), f.shape, repr(np.array([1.5, -2.25, 1e300])))
for name in ["data/numpy_arrays.npz", "data/numpy_compressed.npz"]:
    with np.load(name) as data:
        print(sorted(data.files), "w" in data, repr(data["w"]), repr(data["arr_0"]))
ours = np.arange(12, dtype=np.float32).reshape(3, 4) / 7
np.save("ours.npy", ours)
np.save("ours_int", np.array([[1, -2], [3, 4]]))
np.savez("ours.npz", np.array([True, False]), w=ours, b=np.float64(2.5))
np.savez_compressed("ours_c.npz", x=np.linspace(0, 1, 5), y=np.arange(3))
back = np.load("ours.npy")
print(repr(back), np.array_equal(back, ours), repr(np.load("ours_int.npy")))
z = np.load("ours.npz")
print(z.files, repr(z["arr_0"]), repr(z["b"]), repr(np.load("ours_c.npz")["x"]))
import pickle

with open("ours.pkl", "wb") as f:
    pickle.dump({"w": ours, "n": 3, "flags": np.array([True, False]), "name": "ours"}, f)
np.load("data/missing.npy")
