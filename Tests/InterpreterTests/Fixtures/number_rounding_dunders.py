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
for call in (lambda: (2.5).__floor__(1), lambda: (7).__trunc__(1, 2), lambda: (2.5).__int__(1),
             lambda: (2.5).__ceil__(x=1),
             lambda: [].__len__(1), lambda: (1).__add__()):
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)
for call in (lambda: 'ab'.__len__(1, 2), lambda: {}.__len__(3), lambda: [].__len__(x=1),
             lambda: (1, 2).__len__(None), lambda: range(3).__len__(1)):
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)
print([1, 2].__len__(), {1: 2}.__len__(), 'abc'.__len__(), range(4).__len__())
print((2.5).__round__(), (2.675).__round__(2), (7).__round__(-1), (10 ** 30).__round__(),
      (10 ** 30 + 5).__round__(-1), True.__round__(), (-0.5).__round__(), (1e300).__round__(-299))
print(hasattr('s', '__round__'), hasattr(2.5, '__round__'))
for call in (lambda: (2.5).__round__(1, 2), lambda: (2.5).__round__(ndigits=1),
             lambda: (2.5).__round__('a'), lambda: float('nan').__round__(),
             lambda: float('inf').__round__()):
    try:
        print(call())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
# round() to negative digits, exactly as CPython rounds the binary value.
print(round(1e300, -299), round(-1.0, -1), round(1250.4, -2), round(1250.0, -2),
      round(1350.0, -2), round(-1350.0, -2), round(5e-324, -3), round(9.5e22, -23),
      round(123456789012345678901234.0, -5), round(0.5e23, -23), round(1.5e23, -23),
      round(999.9, -3), round(-49.99, -2), round(2.5, -400), round(1e22, -22))
try:
    round(1.7976931348623157e308, -308)
except OverflowError as e:
    print('OverflowError:', e)
