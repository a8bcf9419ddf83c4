# savefig into file objects: io.StringIO, io.BytesIO (SVG text or bytes; PNG by default
# outside the svg backend) and a file opened in binary mode.
import io
import matplotlib
matplotlib.use("svg")
import matplotlib.pyplot as plt
plt.plot([1, 2, 3])
s = io.StringIO()
plt.savefig(s, format="svg")
print(s.getvalue()[:5], len(s.getvalue()) > 1000)
b = io.BytesIO()
plt.savefig(b, format="svg")
print(b.getvalue()[:5])
p = io.BytesIO()
plt.savefig(p)
print(p.getvalue()[:8])
with open("savefig_files_test.svg", "wb") as f:
    plt.savefig(f, format="svg")
print(open("savefig_files_test.svg").read()[:5])
import os
os.remove("savefig_files_test.svg")
print(matplotlib.get_backend())
