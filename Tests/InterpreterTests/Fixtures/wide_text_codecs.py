# str.encode / bytes.decode with utf-8-sig, utf-16 and utf-32 (byte order marks; -le/-be
# without), CPython's messages for malformed units, and round trips of every codec.
tests = [b'a\x00b', b'\x00\xdc', b'\x00\xd8a\x00', b'\x00\xd8', b'a\x00\x00\xd8\x00\xdca\x00', b'\xff\xfe\x00\xdc', b'\xfe\xff\x00a\xd8\x00', b'\x00\xd8a']
for t in tests:
    for enc in ['utf-16-le', 'utf-16', 'UTF_16', 'utf-16-be']:
        try: print(enc, t, repr(t.decode(enc)))
        except UnicodeDecodeError as e: print(enc, t, e)
print('a'.encode('utf-16'), 'a'.encode('utf-16-be'), 'a'.encode('utf-32'), 'a😀'.encode('utf-16-le'), 'a'.encode('utf-8-sig'), 'é😀'.encode('utf-32-be'), ''.encode('utf-16'))
print(b'\xef\xbb\xbfabc'.decode('utf-8-sig'), b'abc'.decode('utf-8-sig'), b'\xfe\xff\x00a'.decode('utf-16'), b'\xff\xfe\x00\x00a\x00\x00\x00'.decode('utf-32'), b'\x00\x00\xfe\xff\x00\x00\x00a'.decode('utf-32'))
for t in [b'a\x00\x00', b'\x00\x00\x11\x00', b'\x00\xd8\x00\x00']:
    try: print(repr(t.decode('utf-32-le')))
    except UnicodeDecodeError as e: print(e)
print(b'\x00\xdc'.decode('utf-16-le', 'replace'), b'a\x00b'.decode('utf-16-le', 'ignore'), b'a\x00b'.decode('utf-16-le', 'backslashreplace'))
s = 'Grüße, 世界 😀'
for enc in ['utf-8', 'utf-8-sig', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be']:
    b = s.encode(enc)
    print(enc, len(b), b.decode(enc) == s, str(s.encode(enc), enc) == s)
try:
    b'\xef\xbb\xbf\xff'.decode('utf-8-sig')
except UnicodeDecodeError as e:
    print(e)
