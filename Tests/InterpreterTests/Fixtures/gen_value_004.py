# Generated: str, repr, %-formatting and str.format of one value.
try:
    print('str(-42)', '->', repr(str(-42)))
except Exception as e:
    print('str(-42)', '->', type(e).__name__ + ':', e)
try:
    print('repr(-42)', '->', repr(repr(-42)))
except Exception as e:
    print('repr(-42)', '->', type(e).__name__ + ':', e)
try:
    print("'%s' % (-42,)", '->', repr('%s' % (-42,)))
except Exception as e:
    print("'%s' % (-42,)", '->', type(e).__name__ + ':', e)
try:
    print("'%r' % (-42,)", '->', repr('%r' % (-42,)))
except Exception as e:
    print("'%r' % (-42,)", '->', type(e).__name__ + ':', e)
try:
    print("'%d' % (-42,)", '->', repr('%d' % (-42,)))
except Exception as e:
    print("'%d' % (-42,)", '->', type(e).__name__ + ':', e)
try:
    print("'%5.2f' % (-42,)", '->', repr('%5.2f' % (-42,)))
except Exception as e:
    print("'%5.2f' % (-42,)", '->', type(e).__name__ + ':', e)
try:
    print("'%e' % (-42,)", '->', repr('%e' % (-42,)))
except Exception as e:
    print("'%e' % (-42,)", '->', type(e).__name__ + ':', e)
try:
    print("'%g' % (-42,)", '->', repr('%g' % (-42,)))
except Exception as e:
    print("'%g' % (-42,)", '->', type(e).__name__ + ':', e)
try:
    print("'%x' % (-42,)", '->', repr('%x' % (-42,)))
except Exception as e:
    print("'%x' % (-42,)", '->', type(e).__name__ + ':', e)
try:
    print("'{}'.format(-42)", '->', repr('{}'.format(-42)))
except Exception as e:
    print("'{}'.format(-42)", '->', type(e).__name__ + ':', e)
try:
    print("'{!r:>12}'.format(-42)", '->', repr('{!r:>12}'.format(-42)))
except Exception as e:
    print("'{!r:>12}'.format(-42)", '->', type(e).__name__ + ':', e)
try:
    print("'{:^9}'.format(-42)", '->', repr('{:^9}'.format(-42)))
except Exception as e:
    print("'{:^9}'.format(-42)", '->', type(e).__name__ + ':', e)
try:
    print('int(-42)', '->', repr(int(-42)))
except Exception as e:
    print('int(-42)', '->', type(e).__name__ + ':', e)
try:
    print('float(-42)', '->', repr(float(-42)))
except Exception as e:
    print('float(-42)', '->', type(e).__name__ + ':', e)
try:
    print('bool(-42)', '->', repr(bool(-42)))
except Exception as e:
    print('bool(-42)', '->', type(e).__name__ + ':', e)
try:
    print('round(-42)', '->', repr(round(-42)))
except Exception as e:
    print('round(-42)', '->', type(e).__name__ + ':', e)
try:
    print('round(-42, 2)', '->', repr(round(-42, 2)))
except Exception as e:
    print('round(-42, 2)', '->', type(e).__name__ + ':', e)
try:
    print('abs(-42)', '->', repr(abs(-42)))
except Exception as e:
    print('abs(-42)', '->', type(e).__name__ + ':', e)
try:
    print('hash(-42) == hash(-42)', '->', repr(hash(-42) == hash(-42)))
except Exception as e:
    print('hash(-42) == hash(-42)', '->', type(e).__name__ + ':', e)
try:
    print('-42 == -42', '->', repr(-42 == -42))
except Exception as e:
    print('-42 == -42', '->', type(e).__name__ + ':', e)
