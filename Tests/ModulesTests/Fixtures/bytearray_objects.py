# bytearray: construction, printing, item and slice assignment and deletion, the mutating
# methods, bytes' methods giving bytearrays, operators, copies, pickling, and CPython's errors.
import base64
import copy
import hashlib
import io
import os
import pickle
import struct
import tempfile
import zlib

import numpy as np

ba = bytearray(b"abc")
print(ba, repr(ba), str(ba), ba[0], ba[1:], ba[-1], ba + b"x", b"x" + ba, ba == b"abc")
print(ba.upper(), ba.split(b"b"), bytearray(3), bytearray([1, 2]), bytearray("hé", "utf-8"))
print(bytearray(), bytearray(range(3)), bytearray(b"a'b"), bytearray(b'a"b'), bytearray(b"a'\"b"))
print(type(ba), type(ba.hex()), isinstance(ba, bytes), isinstance(ba, bytearray), len(ba))
ba[0] = 65
ba[1:2] = b"XYZ"
del ba[0]
print(ba)
ba.append(33)
ba.extend(b"!!")
ba.extend([1])
ba.extend(x for x in [2, 3])
print(ba, ba.pop(), ba.pop(0), ba)
ba += b"q"
ba *= 2
print(ba, len(ba), bytes(ba), type(bytes(ba)), list(ba)[:3])
x = bytearray(b"ab")
y = x
y += b"c"
print(x is y, x, bytearray(b"ab") * 2, 2 * bytearray(b"a"), bytearray(b"a") + bytearray(b"b"))
ba = bytearray(b"abcdef")
ba[::2] = b"XYZ"
print(ba)
ba[1:3] = [1, 2, 3]
print(ba)
del ba[::2]
print(ba)
ba[0:0] = bytearray(b"q")
print(ba)
ba.insert(0, 7)
ba.insert(-1, 8)
ba.insert(100, 9)
print(ba)
ba.reverse()
ba.remove(7)
print(ba, ba.copy(), ba.copy() is ba)
ba.clear()
print(ba)

ba = bytearray(b"ab\x01\x02")
print(ba.count(1), ba.index(b"b"), ba.find(2), ba.startswith(b"a"), ba.replace(b"a", b"z"))
print(ba.strip(), ba.zfill(6), ba.partition(b"b"), ba.decode("latin-1"), ba.isalpha())
print(ba.translate(None, b"a"), bytearray(b"a b").split(), bytearray(b"ABC").lower().decode())
print(b"-".join([bytearray(b"a"), b"b"]), bytearray(b"-").join([b"a", b"b"]), bytearray.fromhex("01 02"))
print(bytearray(b"a") < b"b", b"a" in bytearray(b"cab"), 97 in bytearray(b"a"), sorted([bytearray(b"b"), b"a"]))
print(bytearray(b"abc") == bytearray(b"abc"), bytearray(b"ab") != b"ab", f"{bytearray(b'a')}", ba.hex(":"))
print(struct.unpack("<H", bytearray(b"\x01\x02")), bytearray(b"\x00\x01").startswith(bytearray(b"\x00")))
print(copy.copy(ba), copy.deepcopy([ba])[0], pickle.loads(pickle.dumps(ba)), pickle.loads(pickle.dumps([ba, ba], 5)))
print(type(pickle.loads(pickle.dumps(ba))), type(pickle.loads(pickle.dumps(ba, 5))))
for b in [bytearray(b"12"), bytearray(b"\xff")]:
    print(sum(b), max(b), [c for c in b], dict.fromkeys(bytes(b)))

# Where bytes are taken, a bytearray is too.
print(io.BytesIO(bytearray(b"xy")).read(), zlib.crc32(bytearray(b"a")), hashlib.md5(bytearray(b"a")).hexdigest())
print(base64.b64encode(bytearray(b"a")), np.frombuffer(bytearray(b"\x01\x00"), dtype=np.uint8))
print(repr(np.array(bytearray(b"\x01\x02"))), str(bytearray(b"a"), "ascii"), int.from_bytes(bytearray(b"\x01\x00"), "little"))
memory = io.BytesIO()
memory.write(bytearray(b"zz"))
print(memory.getvalue())
with tempfile.TemporaryDirectory() as folder:
    path = os.path.join(folder, "data.bin")
    with open(path, "wb") as f:
        f.write(bytearray(b"xyz"))
    buffer = bytearray(4)
    with open(path, "rb") as f:
        print(f.readinto(buffer), buffer, f.readinto(buffer), buffer)


def set_item(key, value):
    ba = bytearray(b"abcdef")
    ba[key] = value


def delete(key):
    ba = bytearray(b"abc")
    del ba[key]


def add_in_place(value):
    ba = bytearray(b"abc")
    ba += value


attempts = [
    lambda: hash(bytearray()),
    lambda: {bytearray(): 1},
    lambda: set_item(0, 300),
    lambda: set_item("a", 1),
    lambda: set_item(0, b"a"),
    lambda: set_item(10, 1),
    lambda: set_item(slice(0, 2), 5),
    lambda: set_item(slice(0, 1), [300]),
    lambda: set_item(slice(0, 1), "ab"),
    lambda: set_item(slice(None, None, 2), b"x"),
    lambda: delete(99),
    lambda: delete("x"),
    lambda: bytearray(b"abc")[100],
    lambda: bytearray().pop(),
    lambda: bytearray(b"a").pop(99),
    lambda: bytearray(b"a").remove(200),
    lambda: bytearray(b"a").remove(b"a"),
    lambda: bytearray("x"),
    lambda: bytearray(-1),
    lambda: bytearray([1, "a"]),
    lambda: bytearray([256]),
    lambda: bytearray(b"a").append(300),
    lambda: bytearray(b"a").append("a"),
    lambda: bytearray(b"a").extend(5),
    lambda: bytearray(b"a").extend([300]),
    lambda: bytearray(b"a").extend("ab"),
    lambda: bytearray(b"a").insert(0, 300),
    lambda: bytearray(b"a") + "x",
    lambda: add_in_place(5),
    lambda: add_in_place([1]),
    lambda: bytearray(b"a").nothing,
]
for attempt in attempts:
    try:
        print(attempt())
    except Exception as e:
        print(type(e).__name__, e)

# maketrans is a static method, on the class and on an instance; fromhex a class method.
print(len(b"x".maketrans(b"a", b"b")), len(bytearray(b"x").maketrans(b"a", b"b")), "".maketrans("a", "b"))
print(bytearray(b"x").fromhex("01"), bytes.maketrans(b"ab", b"cd")[97:99], str.maketrans({"a": "b"}))
