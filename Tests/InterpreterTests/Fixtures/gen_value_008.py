# Generated: str, repr, %-formatting and str.format of one value.
try:
    print('str(-2**31)', '->', repr(str(-2**31)))
except Exception as e:
    print('str(-2**31)', '->', type(e).__name__ + ':', e)
try:
    print('repr(-2**31)', '->', repr(repr(-2**31)))
except Exception as e:
    print('repr(-2**31)', '->', type(e).__name__ + ':', e)
try:
    print("'%s' % (-2**31,)", '->', repr('%s' % (-2**31,)))
except Exception as e:
    print("'%s' % (-2**31,)", '->', type(e).__name__ + ':', e)
try:
    print("'%r' % (-2**31,)", '->', repr('%r' % (-2**31,)))
except Exception as e:
    print("'%r' % (-2**31,)", '->', type(e).__name__ + ':', e)
try:
    print("'%d' % (-2**31,)", '->', repr('%d' % (-2**31,)))
except Exception as e:
    print("'%d' % (-2**31,)", '->', type(e).__name__ + ':', e)
try:
    print("'%5.2f' % (-2**31,)", '->', repr('%5.2f' % (-2**31,)))
except Exception as e:
    print("'%5.2f' % (-2**31,)", '->', type(e).__name__ + ':', e)
try:
    print("'%e' % (-2**31,)", '->', repr('%e' % (-2**31,)))
except Exception as e:
    print("'%e' % (-2**31,)", '->', type(e).__name__ + ':', e)
try:
    print("'%g' % (-2**31,)", '->', repr('%g' % (-2**31,)))
except Exception as e:
    print("'%g' % (-2**31,)", '->', type(e).__name__ + ':', e)
try:
    print("'%x' % (-2**31,)", '->', repr('%x' % (-2**31,)))
except Exception as e:
    print("'%x' % (-2**31,)", '->', type(e).__name__ + ':', e)
try:
    print("'{}'.format(-2**31)", '->', repr('{}'.format(-2**31)))
except Exception as e:
    print("'{}'.format(-2**31)", '->', type(e).__name__ + ':', e)
try:
    print("'{!r:>12}'.format(-2**31)", '->', repr('{!r:>12}'.format(-2**31)))
except Exception as e:
    print("'{!r:>12}'.format(-2**31)", '->', type(e).__name__ + ':', e)
try:
    print("'{:^9}'.format(-2**31)", '->', repr('{:^9}'.format(-2**31)))
except Exception as e:
    print("'{:^9}'.format(-2**31)", '->', type(e).__name__ + ':', e)
try:
    print('int(-2**31)', '->', repr(int(-2**31)))
except Exception as e:
    print('int(-2**31)', '->', type(e).__name__ + ':', e)
try:
    print('float(-2**31)', '->', repr(float(-2**31)))
except Exception as e:
    print('float(-2**31)', '->', type(e).__name__ + ':', e)
try:
    print('bool(-2**31)', '->', repr(bool(-2**31)))
except Exception as e:
    print('bool(-2**31)', '->', type(e).__name__ + ':', e)
try:
    print('round(-2**31)', '->', repr(round(-2**31)))
except Exception as e:
    print('round(-2**31)', '->', type(e).__name__ + ':', e)
try:
    print('round(-2**31, 2)', '->', repr(round(-2**31, 2)))
except Exception as e:
    print('round(-2**31, 2)', '->', type(e).__name__ + ':', e)
try:
    print('abs(-2**31)', '->', repr(abs(-2**31)))
except Exception as e:
    print('abs(-2**31)', '->', type(e).__name__ + ':', e)
try:
    print('hash(-2**31) == hash(-2**31)', '->', repr(hash(-2**31) == hash(-2**31)))
except Exception as e:
    print('hash(-2**31) == hash(-2**31)', '->', type(e).__name__ + ':', e)
try:
    print('-2**31 == -2**31', '->', repr(-2**31 == -2**31))
except Exception as e:
    print('-2**31 == -2**31', '->', type(e).__name__ + ':', e)
