# zlib (compress/decompress in zlib, raw and gzip framing, crc32, adler32, its errors) and
# zipfile: an image-folder dataset as a .zip (scripts/make-archive-fixtures.py) listed, read,
# checked and extracted; an archive written in memory, byte for byte as CPython writes it.
import io
import os
import shutil
import tempfile
import zipfile
import zlib

data = b"hello hello hello " * 20
c = zlib.compress(data)
print(len(c), c[:4], zlib.decompress(c) == data, zlib.crc32(data), zlib.adler32(data), zlib.crc32(b"abc", 7))
for wbits in (-15, 15, 31):
    print(wbits, zlib.decompress(zlib.compress(data, 6, wbits), wbits if wbits != 31 else 47)[:5],
          len(zlib.compress(data, 9, wbits)))
for bad in [b"garbage", c[:10]]:
    try:
        zlib.decompress(bad)
    except zlib.error as e:
        print(type(e).__name__, e)
archive = os.path.join(os.path.dirname(os.path.abspath(__file__)), "archives", "images.zip")
with zipfile.ZipFile(archive) as z:
    print(z.namelist())
    for info in z.infolist():
        print(info, info.date_time, info.CRC, info.is_dir())
    print(z.read("cats_and_dogs/train/dogs/dog.0.jpg")[:9], z.open("notes/readme.txt").read().decode(), z.testzip())
    out = tempfile.mkdtemp()
    z.extractall(out)
    for root, dirs, files in os.walk(out):
        for f in sorted(files):
            p = os.path.join(root, f)
            print(os.path.relpath(p, out), os.path.getsize(p))
    print(os.path.relpath(z.extract("notes/readme.txt", os.path.join(out, "one")), out))
    try:
        z.getinfo("nope")
    except KeyError as e:
        print("KeyError", e)
    shutil.rmtree(out)
print(zipfile.is_zipfile(archive), zipfile.is_zipfile(io.BytesIO(b"x" * 100)))
try:
    zipfile.ZipFile(io.BytesIO(b"x" * 100))
except zipfile.BadZipFile as e:
    print("BadZipFile", e)
buf = io.BytesIO()
with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as z:
    z.writestr(zipfile.ZipInfo("a/b.txt", (2021, 1, 2, 3, 4, 6)), b"abc" * 100)
    z.writestr(zipfile.ZipInfo("a/c.bin", (2021, 1, 2, 3, 4, 6)), bytes(range(200)), compress_type=zipfile.ZIP_STORED)
    info = zipfile.ZipInfo("a/d.txt", (2021, 1, 2, 3, 4, 6))
    info.compress_type = zipfile.ZIP_DEFLATED
    z.writestr(info, b"deflated " * 50)
raw = buf.getvalue()
print(len(raw), zlib.crc32(raw))
buf.seek(0)
with zipfile.ZipFile(buf) as z:
    print([(i.filename, i.file_size, i.compress_size, i.compress_type) for i in z.infolist()], z.read("a/c.bin")[-3:])
