# str.encode, bytes.decode, str() and bytes() with encodings and error handlers (CPython's
# messages name the failing bytes and why), keyword forms, and zip(strict=True).
cases = [(b'\xff', 'utf-8', 'strict'), (b'a\xffb', 'utf-8', 'replace'), (b'a\xffb', 'utf-8', 'ignore'), (b'a\xffb', 'utf-8', 'backslashreplace'),
         (b'\xe9', 'ascii', 'strict'), (b'\xe9', 'ascii', 'replace'), (b'\xc3\xa9', 'utf-8', 'strict'), (b'\xc3\xa9', 'ascii', 'strict'),
         (b'a\xc3', 'utf-8', 'strict'), (b'\xe2\x82', 'utf-8', 'strict'), (b'\xe2\x82a', 'utf-8', 'strict'), (b'\xe2\x82a', 'utf-8', 'replace'),
         (b'\xed\xa0\x80', 'utf-8', 'strict'), (b'\xed\xa0\x80', 'utf-8', 'replace'), (b'\xf4\x90\x80\x80', 'utf-8', 'replace'),
         (b'\xc0\xaf', 'utf-8', 'replace'), (b'\xe0\x80\xaf', 'utf-8', 'replace'), (b'\xf0\x9f\x98', 'utf-8', 'replace'), (b'\xf0\x9f\x98\x80', 'utf-8', 'strict'),
         (b'\xe9', 'latin-1', 'strict'), (b'\xff', 'utf-8', 'bogus'), (b'ok', 'utf-8', 'bogus'), (b'x', 'koi8', 'strict'), (b'\x80\x81', 'ascii', 'backslashreplace'),
         (b'\x0a\xff', 'UTF_8', 'strict'), (b'\xe9', 'Latin1', 'strict')]
for b, enc, err in cases:
    try: print(b, enc, err, repr(b.decode(enc, err)))
    except Exception as e: print(b, enc, err, type(e).__name__, e)
for s, enc, err in [('é', 'ascii', 'strict'), ('aéé', 'ascii', 'strict'), ('aéb', 'ascii', 'replace'), ('aéb', 'ascii', 'ignore'), ('aé☺b', 'ascii', 'backslashreplace'), ('aé😀b', 'ascii', 'xmlcharrefreplace'), ('a☺', 'latin-1', 'replace'), ('é☺', 'latin-1', 'strict'), ('é', 'utf-8', 'strict'), ('a', 'ascii', 'bogus'), ('é', 'ascii', 'bogus'), ('x', 'cp999', 'strict'), ('😀', 'ascii', 'backslashreplace')]:
    try: print(s, enc, err, repr(s.encode(enc, err)))
    except Exception as e: print(s, enc, err, type(e).__name__, e)
for t in ["bytes('ab', encoding='ascii')", "bytes(source=b'ab')", "bytes('ab')", "bytes(b'x', 'ascii')", "bytes(3, 'ascii')", "bytes(encoding='ascii')", "bytes('é', 'ascii', 'replace')", "bytes('é', 'ascii')",
          "str(object=5)", "str(b'ab', 'ascii')", "str(b'\\xff', 'utf-8', 'replace')", "str(b'\\xff', errors='ignore')", "str(encoding='ascii')", "str('x', 'ascii')", "str(5, 'ascii')", "str()",
          "'é'.encode(encoding='latin-1')", "'é'.encode('ascii', errors='replace')", "b'\\xe9'.decode(encoding='latin-1')", "b'\\xe9'.decode('ascii', errors='ignore')", "'x'.encode(1)", "b'x'.decode(None)"]:
    try: print(t, '->', repr(eval(t)))
    except Exception as e: print(t, '->', type(e).__name__, e)
tests = ["list(zip([1, 2], [3], strict=True))", "list(zip([1], [3, 4], strict=True))", "list(zip([1, 2], [3, 4], strict=True))", "list(zip([1], [2], [3, 4], strict=True))",
 "list(zip([1], [3, 4], strict=False))",
 "bytes('ab', encoding='ascii')", "bytes(source=b'ab')", "str(object=5)", "'é'.encode(encoding='latin-1')", "'é'.encode('ascii', errors='replace')",
 "'a,b,c'.rsplit(',', maxsplit=1)", "'a b c'.rsplit(maxsplit=1)", "int('z', base=36)", "max([], default=None)", "min([4, 2], key=abs)",
 "sorted([1, -3], key=abs, reverse=True)", "enumerate([], start=2).__next__()", "round(number=2.5)", "print('x', flush=True)",
 "sum([], start=[])", "int(x='5')", "int('5', base=10)", "str(b'\\xe9', 'latin-1')", "str(b'\\xff', 'utf-8', 'replace')"]
for t in tests:
    try:
        print(t, '->', repr(eval(t)))
    except Exception as e:
        print(t, '->', type(e).__name__, e)
xs = [3, -1, 2]
xs.sort(key=abs, reverse=True)
print(xs)
