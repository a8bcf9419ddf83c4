# __floor__, __ceil__ and __trunc__ of ints and floats by name, and which objects have the
# number dunders at all.
for x in (2.5, -2.5, 7, -7, True, 1e300, 2 ** 70, -0.0, 0.9999999999999999):
    print(x.__floor__(), x.__ceil__(), x.__trunc__(), type(x.__floor__()).__name__)
for bad in (float('nan'), float('inf'), float('-inf')):
    for name in ('__floor__', '__ceil__', '__trunc__'):
        try:
            getattr(bad, name)()
        except (ValueError, OverflowError) as e:
            print(name, type(e).__name__, e)
for v in ('s', [1], None, 2.5, 3, (1,), {1: 2}, range(3)):
    print(type(v).__name__, [hasattr(v, n) for n in
                             ('__int__', '__float__', '__floor__', '__ceil__', '__trunc__',
                              '__index__')])
