# Steps, counts and comparisons at the ends of 64-bit ints: CPython's results, never a crash.
print('abcdef'[::2**62], 'abc'[-2**63:], 'abc'[:2**63-1], 'abc'[::-2**63])
print([1, 2, 3][::2**62], [1, 2, 3][-2**63:2**63-1], [1, 2, 3][::-2**63])
print(b'abc'[::2**62], b'abc'[-2**63:], bytearray(b'abc')[::-2**63])
print(list(enumerate('abc', 2**63 - 2)))
print(2**63 - 1 == float(2**63), float(2**63) == 2**63 - 1, 2**63 - 1 < float(2**63))
print(-2**63 == float(-2**63), -2**63 + 1 > float(-2**63), 2**53 + 1 == float(2**53 + 1))
print(2**62 + 1 > 2.0**62, 2**62 + 1 != 2.0**62, 2**62 <= 2.0**62, -2**62 - 1 < -2.0**62)
print(5 < float('nan'), 5 != float('nan'), 2**60 == float('inf'), 2**60 > float('-inf'))
for text in ('ab', 'é', b'xy'):
    try:
        text * 2**62
    except (OverflowError, MemoryError) as e:
        print(type(e).__name__, e)
try:
    [0, 1] * 2**62
except MemoryError as e:
    print(type(e).__name__, e)
print(repr('abc'.center(-2**63)), 'abc'.zfill(-2**63), 'abc'.ljust(2**63 - 2**63))
print('abc'.split(maxsplit=-2**63), 'a b c'.split(None, 2**63 - 1), 'a b'.rsplit(None, 2**63 - 1))
print('a,b'.split(',', 2**63 - 1), 'a,b'.rsplit(',', 2**63 - 1))
print([] * -2**63, [] * (2**63 - 1), () * (2**63 - 1), '' * (2**63 - 1), b'' * (2**63 - 1))
xs = []
xs *= 2**63 - 1
print(xs, bytearray() * (2**63 - 1))
print(round(2**63 - 1, -19), round(-2**63, -19), round(123.456, -400))
