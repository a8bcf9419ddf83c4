# The bytes methods: those that search, cut and pad (through Latin-1 text), ASCII-only case,
# whitespace and line breaks, a byte given by its value, bytes' own errors; int() of bytes.
x = b'\x00' * 3 + b'ab'
print(x.rstrip(b'\x00'), x.split(b'\x00'), int(b'0000644'.strip(b'\x00 ') or b'0', 8), x.find(b'a'))
print(bytes(512)[:4], len(bytes(10)), b'ab'.ljust(5, b'\x00'), ('%06o' % 10).encode() + b'\x00 ')
b = b'  Hello World\xe9\x85 \t\n'
for m in ['upper', 'lower', 'swapcase', 'capitalize', 'title', 'isupper', 'islower', 'isalpha', 'isdigit', 'isalnum', 'isspace', 'isascii', 'istitle', 'strip', 'lstrip', 'rstrip', 'split', 'rsplit', 'splitlines']:
    print(m, getattr(b, m)(), getattr(b'ABC', m)(), getattr(b'', m)(), getattr(b'Ab Cd', m)(), getattr(b'12', m)(), getattr(b' \x0b', m)())
print(b.split(None, 1), b.rsplit(None, 1), b.split(b'l'), b.rsplit(b'l', 1), b.count(b'l'), b.count(b'l', 5), b.rfind(b'o'), b.index(b'W'), b.rindex(b'l'))
print(b.replace(b'l', b'L'), b.replace(b'l', b'', 1), b.partition(b' '), b.rpartition(b'o'), b'7'.zfill(4), b'-7'.zfill(4), b'ab'.center(6, b'*'), b'ab'.rjust(4))
print(b'a\tb'.expandtabs(4), b'prefix-x'.removeprefix(b'prefix-'), b'x.gz'.removesuffix(b'.gz'), b'ab'.startswith((b'x', b'a')), b'ab'.endswith(b'b', 0, 2), b'abc'.startswith(b'b', 1))
print(b'a\rb\r\nc\nd\x0be\x1cf'.splitlines(), b'a\r\nb\n'.splitlines(True), b'x\x1cy z'.split(), b'x\xa0y'.split(), b'hello world'.title(), b"they're bill's".title())
for bad in [lambda: b'ab'.find('a'), lambda: b'ab'.index(b'z'), lambda: b'ab'.split(b''), lambda: b'abc'.count(1)]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
print(b','.join([b'a', b'b']), b'ab'.hex(), bytes.fromhex('41 42'), b'abc'[::-1], b'x' in b'xyz', 120 in b'xyz')
for t in [b"12", b" 0x1f ", b"\xe9", b"1_0"]:
    try: print(int(t, 0))
    except ValueError as e: print(e)
print(int(b"644", 8), int(b" 7 "))
