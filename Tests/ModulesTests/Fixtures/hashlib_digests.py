# hashlib and hmac: every guaranteed digest over inputs around their block sizes, fed at once
# and in pieces; copies; blake2's parameters; pbkdf2_hmac; file_digest; the error texts.
import hashlib
import hmac
import io

messages = [b"", b"abc", b"x" * 55, b"x" * 56, b"x" * 64, b"y" * 127, b"y" * 128, b"y" * 129,
            bytes(range(256)) * 3]
print(sorted(hashlib.algorithms_guaranteed))
print(sorted(hashlib.algorithms_guaranteed - hashlib.algorithms_available))
for name in sorted(hashlib.algorithms_guaranteed):
    h = hashlib.new(name)
    print(name, h.name, h.digest_size, h.block_size, type(h).__name__)
    for m in messages:
        whole = hashlib.new(name, m)
        pieces = getattr(hashlib, name)()
        for i in range(0, len(m), 50):
            pieces.update(m[i:i + 50])
        if name.startswith("shake"):
            assert whole.digest(40) == pieces.digest(40)
            print("  ", len(m), whole.hexdigest(20))
        else:
            assert whole.digest() == pieces.digest() and whole.hexdigest() == whole.digest().hex()
            print("  ", len(m), whole.hexdigest())

h = hashlib.sha256(b"abc")
h2 = h.copy()
h2.update(b"def")
print(h.hexdigest(), h2.hexdigest(), hashlib.sha256(b"abcdef").hexdigest() == h2.hexdigest())
print(hashlib.md5(usedforsecurity=False).hexdigest(), hashlib.md5(string=b"a").hexdigest())
print(hashlib.new("SHA256", b"x").name, hashlib.new("sha512_256").name, hashlib.new("sha512_256", b"x").hexdigest())

# blake2 with its parameters (computed by NumBook's own BLAKE2 rather than libcrypto's).
for size in [1, 16, 20, 32]:
    print(hashlib.blake2b(b"abc", digest_size=size).hexdigest(), hashlib.blake2s(b"abc", digest_size=size).hexdigest())
for n in [0, 1, 63, 64, 65, 127, 128, 129, 256, 1000]:
    b = hashlib.blake2b(b"y" * n, key=b"k" * 64, person=b"me")
    s = hashlib.blake2s(b"y" * n, key=b"k" * 32, salt=b"salt")
    print(n, b.hexdigest()[:32], s.hexdigest()[:32], b.copy().hexdigest() == b.hexdigest())
print(hashlib.blake2b(b"x" * 300, digest_size=20, key=b"key", salt=b"salt", person=b"me", fanout=2, depth=3,
                      leaf_size=4096, node_offset=5, node_depth=1, inner_size=32, last_node=True).hexdigest())
print(hashlib.blake2s(b"x" * 300, digest_size=20, key=b"key", salt=b"salt", person=b"me", fanout=2, depth=3,
                      leaf_size=4096, node_offset=5, node_depth=1, inner_size=32, last_node=True).hexdigest())
print(hashlib.blake2b.MAX_DIGEST_SIZE, hashlib.blake2b.SALT_SIZE, hashlib.blake2s.PERSON_SIZE)
print(hashlib.new("blake2b", b"a", digest_size=8).hexdigest(), hashlib.blake2b(digest_size=16).digest_size)
print(type(hashlib.blake2s()), isinstance(hashlib.blake2b(), hashlib.blake2b))

print(hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 1000).hex())
print(hashlib.pbkdf2_hmac("sha1", b"", b"salt", 2, dklen=10).hex())
print(hashlib.file_digest(io.BytesIO(b"abc" * 100000), "sha256").hexdigest())
print(hashlib.file_digest(io.BytesIO(b"abc"), hashlib.md5).hexdigest())

m = hmac.new(b"key", b"msg", "sha256")
print(m.name, m.digest_size, m.block_size, m.hexdigest())
m.update(b"more")
c = m.copy()
c.update(b"!")
print(m.hexdigest(), c.hexdigest(), hmac.new(b"key", b"msgmore!", hashlib.sha256).hexdigest())
print(hmac.new(b"k" * 200, b"m", hashlib.sha256).hexdigest(), hmac.new(b"k", digestmod="sha3_256").block_size)
print(hmac.digest(b"k", b"m", "md5"), hmac.compare_digest(b"a", b"a"), hmac.compare_digest("ab", "ac"))

attempts = [
    lambda: hashlib.new("foo"),
    lambda: hashlib.md5("abc"),
    lambda: hashlib.md5(1),
    lambda: hashlib.sha256().update("x"),
    lambda: hashlib.shake_128(b"x").hexdigest(),
    lambda: hashlib.blake2b(digest_size=0),
    lambda: hashlib.blake2s(digest_size=33),
    lambda: hashlib.blake2b(key=b"k" * 65),
    lambda: hashlib.blake2s(salt=b"s" * 9),
    lambda: hashlib.blake2b(person=b"p" * 17),
    lambda: hashlib.blake2b(fanout=256),
    lambda: hashlib.blake2b(depth=0),
    lambda: hashlib.blake2b(leaf_size=-1),
    lambda: hashlib.blake2b(leaf_size=2**32),
    lambda: hashlib.blake2s(node_offset=2**48),
    lambda: hashlib.blake2b(node_depth=256),
    lambda: hashlib.blake2b(inner_size=65),
    lambda: hashlib.blake2b(foo=1),
    lambda: hashlib.blake2b(b"a", b"b"),
    lambda: hashlib.blake2b(key="k"),
    lambda: hmac.new("k", b"m", "md5"),
    lambda: hmac.new(b"k", "m", "md5"),
    lambda: hmac.new(b"k", b"m", "foo"),
    lambda: hmac.new(b"key"),
    lambda: hmac.compare_digest("a", b"a"),
    lambda: hmac.compare_digest("é", "é"),
    lambda: hmac.compare_digest(1, 1),
]
for attempt in attempts:
    try:
        print(attempt())
    except Exception as e:
        print(type(e).__name__, e)
