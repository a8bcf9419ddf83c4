# struct.Struct (a format compiled once) and iter_unpack, with struct.error's messages.
import struct
s = struct.Struct("<4sHI")
print(s.size, s.format, s.pack(b"abcd", 7, 300), s.unpack(b"PK\x03\x04\x07\x00\x2c\x01\x00\x00"))
print(s.unpack_from(b"xx" + s.pack(b"zzzz", 1, 2), 2), list(s.iter_unpack(s.pack(b"aaaa", 1, 1) + s.pack(b"bbbb", 2, 2))))
print(struct.Struct(b">h").unpack(b"\xff\xfe"), list(struct.iter_unpack("<h", b"\x01\x00\x02\x00")))
for bad in [lambda: s.unpack(b"abc"), lambda: list(struct.iter_unpack("<h", b"\x01")), lambda: struct.iter_unpack("", b""), lambda: s.pack(b"a", 1)]:
    try:
        print(bad())
    except struct.error as e:
        print("error", e)
