# Generated: str, repr, %-formatting and str.format of one value.
try:
    print('str(-0.001)', '->', repr(str(-0.001)))
except Exception as e:
    print('str(-0.001)', '->', type(e).__name__ + ':', e)
try:
    print('repr(-0.001)', '->', repr(repr(-0.001)))
except Exception as e:
    print('repr(-0.001)', '->', type(e).__name__ + ':', e)
try:
    print("'%s' % (-0.001,)", '->', repr('%s' % (-0.001,)))
except Exception as e:
    print("'%s' % (-0.001,)", '->', type(e).__name__ + ':', e)
try:
    print("'%r' % (-0.001,)", '->', repr('%r' % (-0.001,)))
except Exception as e:
    print("'%r' % (-0.001,)", '->', type(e).__name__ + ':', e)
try:
    print("'%d' % (-0.001,)", '->', repr('%d' % (-0.001,)))
except Exception as e:
    print("'%d' % (-0.001,)", '->', type(e).__name__ + ':', e)
try:
    print("'%5.2f' % (-0.001,)", '->', repr('%5.2f' % (-0.001,)))
except Exception as e:
    print("'%5.2f' % (-0.001,)", '->', type(e).__name__ + ':', e)
try:
    print("'%e' % (-0.001,)", '->', repr('%e' % (-0.001,)))
except Exception as e:
    print("'%e' % (-0.001,)", '->', type(e).__name__ + ':', e)
try:
    print("'%g' % (-0.001,)", '->', repr('%g' % (-0.001,)))
except Exception as e:
    print("'%g' % (-0.001,)", '->', type(e).__name__ + ':', e)
try:
    print("'%x' % (-0.001,)", '->', repr('%x' % (-0.001,)))
except Exception as e:
    print("'%x' % (-0.001,)", '->', type(e).__name__ + ':', e)
try:
    print("'{}'.format(-0.001)", '->', repr('{}'.format(-0.001)))
except Exception as e:
    print("'{}'.format(-0.001)", '->', type(e).__name__ + ':', e)
try:
    print("'{!r:>12}'.format(-0.001)", '->', repr('{!r:>12}'.format(-0.001)))
except Exception as e:
    print("'{!r:>12}'.format(-0.001)", '->', type(e).__name__ + ':', e)
try:
    print("'{:^9}'.format(-0.001)", '->', repr('{:^9}'.format(-0.001)))
except Exception as e:
    print("'{:^9}'.format(-0.001)", '->', type(e).__name__ + ':', e)
try:
    print('int(-0.001)', '->', repr(int(-0.001)))
except Exception as e:
    print('int(-0.001)', '->', type(e).__name__ + ':', e)
try:
    print('float(-0.001)', '->', repr(float(-0.001)))
except Exception as e:
    print('float(-0.001)', '->', type(e).__name__ + ':', e)
try:
    print('bool(-0.001)', '->', repr(bool(-0.001)))
except Exception as e:
    print('bool(-0.001)', '->', type(e).__name__ + ':', e)
try:
    print('round(-0.001)', '->', repr(round(-0.001)))
except Exception as e:
    print('round(-0.001)', '->', type(e).__name__ + ':', e)
try:
    print('round(-0.001, 2)', '->', repr(round(-0.001, 2)))
except Exception as e:
    print('round(-0.001, 2)', '->', type(e).__name__ + ':', e)
try:
    print('abs(-0.001)', '->', repr(abs(-0.001)))
except Exception as e:
    print('abs(-0.001)', '->', type(e).__name__ + ':', e)
try:
    print('hash(-0.001) == hash(-0.001)', '->', repr(hash(-0.001) == hash(-0.001)))
except Exception as e:
    print('hash(-0.001) == hash(-0.001)', '->', type(e).__name__ + ':', e)
try:
    print('-0.001 == -0.001', '->', repr(-0.001 == -0.001))
except Exception as e:
    print('-0.001 == -0.001', '->', type(e).__name__ + ':', e)
