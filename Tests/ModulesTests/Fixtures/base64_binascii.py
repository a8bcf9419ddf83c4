# base64 and binascii: every encoding both ways over bytes of every length 0..20 and all 256
# byte values, the lenient and strict base64 decoders, and the error texts.
import base64
import binascii
import random

rng = random.Random(7)
samples = [bytes(rng.randrange(256) for _ in range(n)) for n in range(21)] + [bytes(range(256))]
for data in samples:
    for name in ["b64", "urlsafe_b64", "standard_b64", "b32", "b32hex", "b16", "b85", "a85"]:
        encoded = getattr(base64, name + "encode")(data)
        assert getattr(base64, name + "decode")(encoded) == data, (name, data)
    print(len(data), base64.b64encode(data), base64.b32encode(data), base64.b85encode(data))
    print("  ", base64.a85encode(data), base64.urlsafe_b64encode(data), binascii.hexlify(data, "-"))
print(base64.encodebytes(bytes(range(256))))
print(base64.decodebytes(base64.encodebytes(bytes(range(200)))) == bytes(range(200)))
print(base64.b64encode(b"\xfb\xff", altchars=b"-_"), base64.b64decode("-_8=", altchars="-_"))
print(base64.b64decode("aGVs bG8=\n"), base64.urlsafe_b64decode("-__-"))
print(base64.b32decode(b"nbswy3dp", casefold=True), base64.b32decode(b"NBSWY3D1", map01=b"L"))
print(base64.b16decode("01ab", casefold=True), base64.b85encode(b"hello", pad=True))
print(base64.a85encode(b"\0\0\0\0hello    x", foldspaces=True, wrapcol=5, adobe=True))
print(base64.a85decode(b"<~BOu!rDZ~>", adobe=True), base64.a85decode(b"z y", foldspaces=True))

for text in [b"=YQ==", b"YQ=", b"YQ==a", b"Y=Q=", b"YQ==\n", b"YQ", b"Y Q==", b"YWJj=",
             b"YWJjYQ===", b"YQ=\n=", b"", b"YQ==YQ==", b"abcde"]:
    for strict in [False, True]:
        try:
            print(text, strict, binascii.a2b_base64(text, strict_mode=strict))
        except binascii.Error as e:
            print(text, strict, "binascii.Error:", e)

attempts = [
    lambda: base64.b64decode("abc"),
    lambda: base64.b64decode("ab!c", validate=True),
    lambda: base64.b64decode("aé=="),
    lambda: base64.b64encode("x"),
    lambda: base64.b64decode(5),
    lambda: base64.b16decode("0g"),
    lambda: base64.b16decode("ab"),
    lambda: base64.b16decode("ABC"),
    lambda: base64.b32decode("abc"),
    lambda: base64.b32decode(b"NBSWY3D!"),
    lambda: base64.b32decode("MFRGG=A="),
    lambda: base64.b32encode("x"),
    lambda: base64.b85decode(b'Xk~0{Z"'),
    lambda: base64.b85decode(b"|NsC1"),
    lambda: base64.a85decode(b"BOu!rDZ", adobe=True),
    lambda: base64.a85decode(b"Bz"),
    lambda: base64.a85decode(b's8W-"'),
    lambda: base64.encodebytes("x"),
    lambda: binascii.unhexlify("abc"),
    lambda: binascii.unhexlify("zz"),
    lambda: binascii.unhexlify(5),
    lambda: binascii.a2b_base64("é"),
    lambda: binascii.b2a_base64("x"),
]
for attempt in attempts:
    try:
        print(attempt())
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e)

print(binascii.b2a_base64(b"abc"), binascii.b2a_base64(b"abc", newline=False))
print(binascii.unhexlify(b"01ff"), binascii.a2b_hex("01FF"), binascii.b2a_hex(b"ab"))
print(binascii.crc32(b"abc"), binascii.crc32(b"abc", 5), binascii.Error.__mro__[1])
print(bytes.maketrans(b"ab", b"xy")[95:100], b"a-b_".translate(bytes.maketrans(b"-_", b"+/")))
print(b"abcabc".translate(None, b"b"), b"abc".translate(bytes.maketrans(b"a", b"z"), delete=b"c"))
print(b"\x01\xff\x02".hex(":"), b"abcde".hex(":", -2), b"abcde".hex(b"-", 2), b"".hex(":"))
for attempt in [lambda: bytes.maketrans(b"ab", b"c"), lambda: b"abc".translate(b"xx"),
                lambda: b"ab".hex("::"), lambda: b"ab".hex("é"), lambda: bytes.maketrans("a", "b")]:
    try:
        print(attempt())
    except Exception as e:
        print(type(e).__name__, e)
