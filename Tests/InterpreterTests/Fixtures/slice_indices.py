# slice.indices: clamped start, stop and step for a length, with CPython's errors.
s = slice(1, None, 2)
print(s.indices(10), slice(None, None, -1).indices(5), slice(-3, 100).indices(7))
try:
    slice(0, 1, 0).indices(3)
except ValueError as e:
    print(e)
try:
    s.indices(-1)
except ValueError as e:
    print(e)
