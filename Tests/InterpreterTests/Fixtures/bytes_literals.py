b = b'abc\x00\xff\n' + B"de" b'f'
print(b, len(b), b[0], b[-2], list(b[3:6]))
print(rb'\x00\n', br"a\\b", b'\101\7', b'\u1234', b'''tri
ple''')
print(b'caf' == 'caf'.encode(), b'\t'.decode(), type(b'x').__name__, b'' == bytes())
print(b'a' in b'cat', b'x' * 3, b'%d' if False else b'ok')
for src in ["b'é'", "'a' b'b'", "b'a' 'b'"]:
    try:
        eval(src)
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
