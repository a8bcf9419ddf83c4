import numpy as np

t = np.loadtxt("data/table.csv", delimiter=",")
print(repr(t), repr(np.loadtxt("data/table.csv", delimiter=",", usecols=(0, 2))))
print(repr(np.loadtxt("data/table.csv", delimiter=",", usecols=1)), repr(np.loadtxt("data/table.csv", delimiter=",", skiprows=2)))
print(repr(np.loadtxt("data/column.txt")), np.loadtxt("data/column.txt", ndmin=2).shape, np.loadtxt("data/column.txt", ndmin=1).shape)
print(repr(np.loadtxt("data/table.csv", delimiter=",", dtype=int)), repr(np.loadtxt("data/table.csv", delimiter=",", max_rows=1)))
print(repr(np.genfromtxt("data/missing.csv", delimiter=",")))
np.savetxt("out_default.txt", t)
np.savetxt("out_fmt.csv", t, fmt="%.2f", delimiter=",", header="a,b,c")
np.savetxt("out_int.txt", np.arange(4), fmt="%d")
for name in ["out_default.txt", "out_fmt.csv", "out_int.txt"]:
    with open(name) as f:
        print(repr(f.read()))
print(repr(np.loadtxt("out_fmt.csv", delimiter=",")))
for path, kw in [("data/bad.txt", {}), ("data/ragged.csv", {"delimiter": ","}), ("data/nope.txt", {})]:
    try:
        np.loadtxt(path, **kw)
    except (ValueError, FileNotFoundError) as e:
        print(type(e).__name__ + ":", e)
