# min(x, y) / max(x, y): two arguments compared as Python compares them (ints, floats, NaN,
# mixed kinds, the first of equal ones kept), and the errors.
print(min(1, 2), max(1, 2), min(2, 1), max(2, 1), min(1, 1.0), max(1.0, 1), min(True, 0), max(False, 0))
print(min(float('nan'), 1), min(1, float('nan')), max(float('nan'), 1), max(1, float('nan')))
print(min('b', 'a'), max([1], [0, 5]), min((1, 2), (1,)), min(3, 1, 2), max([4, 7, 1]), min(range(3, 9)))
print(min(-0.0, 0.0), min(0.0, -0.0), max(2**70, 3), min(2**70, 3))
print(min(1, 2, key=lambda v: -v), max('ab', 'c', key=len), min([], default=7))
for bad in ["min(1, 'a')", "max()", "min(1, 2, foo=3)", "min(5)", "max([])", "min(1, None)"]:
    try:
        eval(bad)
    except Exception as e:
        print(type(e).__name__, e)
