#!/usr/bin/env python3
"""Writes the archives Tests/ModulesTests/Fixtures/tarfile_archives.py and zipfile_archives.py
read, with Python's own tarfile and zipfile: a CIFAR-10-like `cifar.tar.gz` (pickled batches),
one small tar archive in each of the GNU, pax and ustar formats (a long name, a directory, a
symbolic link), and `images.zip`, an image-folder dataset as transfer-learning downloads come.
Deterministic: fixed times, owners, modes and gzip header."""
import gzip
import io
import os
import pickle
import tarfile
import zipfile

import numpy as np

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                   "Tests", "ModulesTests", "Fixtures", "archives")
MTIME = 1600000000


def member(name, data=None, kind=tarfile.REGTYPE, mode=0o644, linkname=""):
    info = tarfile.TarInfo(name)
    info.type, info.mode, info.mtime, info.linkname = kind, mode, MTIME, linkname
    info.uid = info.gid = 1000
    info.uname = info.gname = "course"
    if data is not None:
        info.size = len(data)
    return info, (io.BytesIO(data) if data is not None else None)


def archive(members, fmt):
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w", format=fmt) as t:
        for info, data in members:
            t.addfile(info, data)
    return buffer.getvalue()


def main():
    os.makedirs(OUT, exist_ok=True)
    rng = np.random.RandomState(0)
    batches = [member("cifar-10-batches-py", kind=tarfile.DIRTYPE, mode=0o755)]
    for i in (1, 2):
        batch = {b"batch_label": b"training batch %d of 5" % i,
                 b"labels": [i, i + 1, i + 2],
                 b"data": rng.randint(0, 256, size=(3, 3072)).astype(np.uint8)}
        batches.append(member(f"cifar-10-batches-py/data_batch_{i}", pickle.dumps(batch, protocol=2)))
    batches.append(member("cifar-10-batches-py/readme.html", b"<p>CIFAR-10 (a stand-in)</p>\n"))
    with open(os.path.join(OUT, "cifar.tar.gz"), "wb") as f:
        f.write(gzip.compress(archive(batches, tarfile.PAX_FORMAT), mtime=0))
    long_name = "d/" + "x" * 120 + "/file_with_a_long_name_" + "y" * 90 + ".txt"
    for fmt, name in ((tarfile.GNU_FORMAT, "gnu.tar"), (tarfile.PAX_FORMAT, "pax.tar"),
                      (tarfile.USTAR_FORMAT, "ustar.tar")):
        path = long_name if fmt != tarfile.USTAR_FORMAT else "short/caf\u00e9.txt"
        members = [member(path, b"payload " * 100, mode=0o640),
                   member("adir", kind=tarfile.DIRTYPE, mode=0o755),
                   member("adir/link", kind=tarfile.SYMTYPE, linkname="../" + path)]
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(archive(members, fmt))
    with open(os.path.join(OUT, "notatar.bin"), "wb") as f:
        f.write(b"hello world" * 100)
    open(os.path.join(OUT, "empty.tar"), "wb").close()
    with zipfile.ZipFile(os.path.join(OUT, "images.zip"), "w", zipfile.ZIP_DEFLATED) as z:
        def entry(name, mode):
            info = zipfile.ZipInfo(name, (2020, 9, 13, 12, 26, 40))
            info.external_attr = mode << 16 | (0x10 if name.endswith("/") else 0)
            return info
        for folder in ("cats_and_dogs/", "cats_and_dogs/train/", "cats_and_dogs/train/cats/"):
            z.writestr(entry(folder, 0o40755), b"")
        for i in range(2):
            z.writestr(entry(f"cats_and_dogs/train/cats/cat.{i}.jpg", 0o100644),
                       bytes(range(256)) * (i + 3), compress_type=zipfile.ZIP_DEFLATED)
        z.writestr(entry("cats_and_dogs/train/dogs/dog.0.jpg", 0o100644), b"dog" * 500,
                   compress_type=zipfile.ZIP_DEFLATED)
        z.writestr(zipfile.ZipInfo("notes/readme.txt", (2020, 5, 17, 12, 30, 44)), "h\u00e9llo\n")


if __name__ == "__main__":
    main()
