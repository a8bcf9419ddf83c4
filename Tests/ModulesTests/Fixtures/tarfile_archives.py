# tarfile: CIFAR-10's way in (a .tar.gz of pickled batches, extracted and loaded), archives in
# the GNU, pax and ustar formats (long names, directories, symbolic links) made by Python's
# tarfile (scripts/make-archive-fixtures.py), the filters, CPython's errors, writing an archive
# and reading it back; with os.stat/os.utime/os.path.getmtime and stat along the way.
import io
import os
import pickle
import shutil
import stat
import tarfile
import tempfile

import numpy as np

archives = os.path.join(os.path.dirname(os.path.abspath(__file__)), "archives")
out = tempfile.mkdtemp()
with tarfile.open(os.path.join(archives, "cifar.tar.gz"), "r:gz") as t:
    print(t.getnames())
    m = t.getmember("cifar-10-batches-py/data_batch_1")
    print(m.name, m.size, m.mtime, oct(m.mode), m.isfile(), m.isdir(), m.type, m.uname, m.uid)
    d = pickle.load(t.extractfile(m), encoding="bytes")
    print(d[b"labels"], d[b"data"].shape, d[b"batch_label"])
    t.extractall(out)
for root, dirs, files in os.walk(out):
    for f in sorted(files):
        p = os.path.join(root, f)
        st = os.stat(p)
        print(os.path.relpath(p, out), st.st_size, int(os.path.getmtime(p)), oct(stat.S_IMODE(st.st_mode)),
              stat.S_ISREG(st.st_mode), stat.filemode(st.st_mode), st.st_mtime == st[stat.ST_MTIME])
print(int(os.path.getmtime(os.path.join(out, "cifar-10-batches-py"))))
with open(os.path.join(out, "cifar-10-batches-py", "data_batch_2"), "rb") as f:
    d = pickle.load(f, encoding="bytes")
X = d[b"data"].reshape(-1, 3, 32, 32).transpose(0, 2, 3, 1).astype(np.float32) / 255
print(X.shape, X.dtype, X[0, 0, 0], d[b"labels"])
for name in ["gnu.tar", "pax.tar", "ustar.tar"]:
    with tarfile.open(os.path.join(archives, name)) as t:
        for m in t.getmembers():
            print(name, m.name[-30:], len(m.name), m.size, m.type, m.linkname[-20:], oct(m.mode), m.issym())
        print(t.extractfile(t.getmembers()[0]).read()[:16], t.extractfile("adir") is None,
              t.extractfile("adir/link").read()[:8])
        target = os.path.join(out, name)
        t.extractall(target, filter="data")
        print(sorted(os.listdir(target)), os.path.islink(os.path.join(target, "adir", "link")),
              os.readlink(os.path.join(target, "adir", "link"))[-12:])
for name, mode in [("notatar.bin", "r"), ("notatar.bin", "r:"), ("notatar.bin", "r:gz"),
                   ("empty.tar", "r"), ("missing.tar", "r"), ("cifar.tar.gz", "r:"),
                   ("ustar.tar", "r:bz2"), ("ustar.tar", "q")]:
    try:
        tarfile.open(os.path.join(archives, name), mode)
        print("opened", name, mode)
    except (tarfile.TarError, OSError, ValueError) as e:
        print(type(e).__name__, str(e).replace(archives, "ARCHIVES"))
print(tarfile.is_tarfile(os.path.join(archives, "ustar.tar")), tarfile.is_tarfile(os.path.join(archives, "notatar.bin")))
os.utime(os.path.join(out, "cifar-10-batches-py", "readme.html"), (1500000000, 1500000000.5))
written = os.path.join(out, "written.tar.gz")
with tarfile.open(written, "w:gz") as t:
    t.add(os.path.join(out, "cifar-10-batches-py"), arcname="c")
    info = tarfile.TarInfo("notes/readme.txt")
    data = "h\u00e9llo\n".encode()
    info.size = len(data)
    info.mtime = 1700000000
    t.addfile(info, io.BytesIO(data))
with tarfile.open(written) as t:
    print([(m.name, m.size, m.type, int(m.mtime)) for m in t], t.extractfile("notes/readme.txt").read())
escape = io.BytesIO()
with tarfile.open(fileobj=escape, mode="w") as t:
    bad = tarfile.TarInfo("../escape.txt")
    bad.size = 1
    t.addfile(bad, io.BytesIO(b"x"))
escape.seek(0)
with tarfile.open(fileobj=escape) as t:
    try:
        t.extractall(os.path.join(out, "bad"), filter="data")
    except tarfile.FilterError as e:
        print(type(e).__name__, str(e).replace(os.path.realpath(out), "OUT"))
shutil.rmtree(out)
