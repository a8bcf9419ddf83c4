# Run by real python3 + numpy on the files NumBook's npy_roundtrip.py wrote (see
# ProgramFixtureTests): numpy must read them and see the same arrays.
import numpy as np

print(repr(np.load("ours.npy")), repr(np.load("ours_int.npy")))
with np.load("ours.npz") as z:
    print(sorted(z.files), repr(z["arr_0"]), repr(z["w"]), repr(z["b"]))
with np.load("ours_c.npz") as z:
    print(sorted(z.files), repr(z["x"]), repr(z["y"]))
import pickle

with open("ours.pkl", "rb") as f:
    saved = pickle.load(f)
print(sorted(saved), repr(saved["w"]), saved["n"], repr(saved["flags"]), saved["name"])
