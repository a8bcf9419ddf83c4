# np.loadtxt/genfromtxt from file objects (io.StringIO) and lists of lines; np.savetxt into a file object.
import numpy as np, io
a = np.loadtxt(io.StringIO("1 2\n3 4\n"))
print(a)
b = np.genfromtxt(io.StringIO("1,2\n3,\n"), delimiter=",")
print(b)
out = io.StringIO()
np.savetxt(out, a, fmt="%.2f", delimiter=",")
print(repr(out.getvalue()))
c = np.loadtxt(["1 2", "5 6"])
print(c)
