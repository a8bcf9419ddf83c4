# struct: pack, unpack, unpack_from, calcsize (native alignment, byte orders), the IDX header of
# MNIST files, and CPython's struct.error messages.
import struct
header = struct.pack(">IIII", 2051, 60000, 28, 28)
print(header, len(header), struct.unpack(">IIII", header))
magic, n = struct.unpack(">II", header[:8])
print(magic, n, struct.unpack_from(">II", header, 8))
print(struct.calcsize("@ci"), struct.calcsize("<ci"), struct.calcsize(">hhl"), struct.calcsize("@l"), struct.calcsize("3s2x?"))
print(struct.pack("<hHbB?", -2, 65535, -128, 255, True), struct.unpack("<hHbB?", struct.pack("<hHbB?", -2, 65535, -128, 255, True)))
print(struct.pack("<fd", 1.5, -0.1), struct.unpack("<fd", struct.pack("<fd", 0.1, -0.1)))
print(struct.pack("@bi", 1, 2), struct.pack("3sc", b"abcd", b"z"), struct.unpack("3sc", b"xyzw"))
print(struct.pack("<q", -1), struct.unpack("<Q", b"\xff" * 7 + b"\x7f"), struct.pack("!H", 258))
for bad in [lambda: struct.pack("B", 256), lambda: struct.pack("<h", 40000), lambda: struct.unpack(">I", b"abc"), lambda: struct.pack("ii", 1), lambda: struct.calcsize("k")]:
    try:
        bad()
    except struct.error as e:
        print("struct.error:", e)
