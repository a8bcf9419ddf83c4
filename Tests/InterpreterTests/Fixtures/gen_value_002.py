# Generated: str, repr, %-formatting and str.format of one value.
try:
    print('str(-1)', '->', repr(str(-1)))
except Exception as e:
    print('str(-1)', '->', type(e).__name__ + ':', e)
try:
    print('repr(-1)', '->', repr(repr(-1)))
except Exception as e:
    print('repr(-1)', '->', type(e).__name__ + ':', e)
try:
    print("'%s' % (-1,)", '->', repr('%s' % (-1,)))
except Exception as e:
    print("'%s' % (-1,)", '->', type(e).__name__ + ':', e)
try:
    print("'%r' % (-1,)", '->', repr('%r' % (-1,)))
except Exception as e:
    print("'%r' % (-1,)", '->', type(e).__name__ + ':', e)
try:
    print("'%d' % (-1,)", '->', repr('%d' % (-1,)))
except Exception as e:
    print("'%d' % (-1,)", '->', type(e).__name__ + ':', e)
try:
    print("'%5.2f' % (-1,)", '->', repr('%5.2f' % (-1,)))
except Exception as e:
    print("'%5.2f' % (-1,)", '->', type(e).__name__ + ':', e)
try:
    print("'%e' % (-1,)", '->', repr('%e' % (-1,)))
except Exception as e:
    print("'%e' % (-1,)", '->', type(e).__name__ + ':', e)
try:
    print("'%g' % (-1,)", '->', repr('%g' % (-1,)))
except Exception as e:
    print("'%g' % (-1,)", '->', type(e).__name__ + ':', e)
try:
    print("'%x' % (-1,)", '->', repr('%x' % (-1,)))
except Exception as e:
    print("'%x' % (-1,)", '->', type(e).__name__ + ':', e)
try:
    print("'{}'.format(-1)", '->', repr('{}'.format(-1)))
except Exception as e:
    print("'{}'.format(-1)", '->', type(e).__name__ + ':', e)
try:
    print("'{!r:>12}'.format(-1)", '->', repr('{!r:>12}'.format(-1)))
except Exception as e:
    print("'{!r:>12}'.format(-1)", '->', type(e).__name__ + ':', e)
try:
    print("'{:^9}'.format(-1)", '->', repr('{:^9}'.format(-1)))
except Exception as e:
    print("'{:^9}'.format(-1)", '->', type(e).__name__ + ':', e)
try:
    print('int(-1)', '->', repr(int(-1)))
except Exception as e:
    print('int(-1)', '->', type(e).__name__ + ':', e)
try:
    print('float(-1)', '->', repr(float(-1)))
except Exception as e:
    print('float(-1)', '->', type(e).__name__ + ':', e)
try:
    print('bool(-1)', '->', repr(bool(-1)))
except Exception as e:
    print('bool(-1)', '->', type(e).__name__ + ':', e)
try:
    print('round(-1)', '->', repr(round(-1)))
except Exception as e:
    print('round(-1)', '->', type(e).__name__ + ':', e)
try:
    print('round(-1, 2)', '->', repr(round(-1, 2)))
except Exception as e:
    print('round(-1, 2)', '->', type(e).__name__ + ':', e)
try:
    print('abs(-1)', '->', repr(abs(-1)))
except Exception as e:
    print('abs(-1)', '->', type(e).__name__ + ':', e)
try:
    print('hash(-1) == hash(-1)', '->', repr(hash(-1) == hash(-1)))
except Exception as e:
    print('hash(-1) == hash(-1)', '->', type(e).__name__ + ':', e)
try:
    print('-1 == -1', '->', repr(-1 == -1))
except Exception as e:
    print('-1 == -1', '->', type(e).__name__ + ':', e)
