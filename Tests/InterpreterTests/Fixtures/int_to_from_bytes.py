# int.to_bytes and int.from_bytes: defaults, byte orders, signed values, big ints, errors.
print((1024).to_bytes(2, 'big'), (1024).to_bytes(2, 'little'), (5).to_bytes())
print((255).to_bytes(2, byteorder='big'), (-1).to_bytes(2, 'big', signed=True))
print((2**70).to_bytes(9, 'little'), (-2**70).to_bytes(10, signed=True), (0).to_bytes(0))
print((127).to_bytes(1, signed=True), (-128).to_bytes(1, signed=True), True.to_bytes())
print(int.from_bytes(b'\x00\xff'), int.from_bytes(b'\x00\xff', 'little'))
print(int.from_bytes(b'\xff\xfe', 'little', signed=True), int.from_bytes([1, 2, 3]))
print(int.from_bytes(b'\xff' * 10, signed=True), int.from_bytes(b'\xff' * 10), int.from_bytes(b''))
print(int.from_bytes((255, 0), byteorder='big', signed=True), int.from_bytes(bytes(3)))
n = 123456789
print(int.from_bytes(n.to_bytes(4, 'little'), 'little') == n)
for text in ['(1024).to_bytes(1)', '(-1).to_bytes(2)', "(255).to_bytes(2, 'middle')",
             '(5).to_bytes(-1)', '(-129).to_bytes(1, signed=True)', '(128).to_bytes(1, signed=True)',
             "(5).to_bytes(1, 'big', True)", 'int.from_bytes(5)', "int.from_bytes('ab')",
             'int.from_bytes([1, 256])', "int.from_bytes(b'', 'x')", "(5).to_bytes(length='a')"]:
    try:
        print(text, '->', eval(text))
    except Exception as e:
        print(text, '->', type(e).__name__, e)
