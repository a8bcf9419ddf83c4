# float.fromhex (signs, optional 0x, fraction, binary exponent, inf/nan, whitespace, overflow
# and underflow, refusals) and its round trip with float.hex; str.isidentifier;
# float.as_integer_ratio with parts beyond 64 bits.
for s in ['0x1.8p1', '1.8p1', '  -0x1p-3 ', '0x.8', '0x1.', 'inf', '-Infinity', 'nan', '0x1p1024', '0x1p-1075', '0x1p-1074', '0xg', '', '0x', '1p', '0x1.fffffffffffff8p0', 'ff', '0X1P+2', '1e3', '0x1_0']:
    try:
        print(repr(s), repr(float.fromhex(s)))
    except Exception as e:
        print(repr(s), type(e).__name__, e)
print(float.fromhex((3.75).hex()), (0.1).hex(), float.fromhex((0.1).hex()) == 0.1)
for s in ['abc', '_x1', '1x', '', 'a b', 'é', 'x-y', 'class', 'ℕ', 'a٣']:
    print(repr(s), s.isidentifier())
print((1e-300).as_integer_ratio(), (1e300).as_integer_ratio(), (-0.0).as_integer_ratio())
