# Generated: str, repr, %-formatting and str.format of one value.
try:
    print('str(1000000)', '->', repr(str(1000000)))
except Exception as e:
    print('str(1000000)', '->', type(e).__name__ + ':', e)
try:
    print('repr(1000000)', '->', repr(repr(1000000)))
except Exception as e:
    print('repr(1000000)', '->', type(e).__name__ + ':', e)
try:
    print("'%s' % (1000000,)", '->', repr('%s' % (1000000,)))
except Exception as e:
    print("'%s' % (1000000,)", '->', type(e).__name__ + ':', e)
try:
    print("'%r' % (1000000,)", '->', repr('%r' % (1000000,)))
except Exception as e:
    print("'%r' % (1000000,)", '->', type(e).__name__ + ':', e)
try:
    print("'%d' % (1000000,)", '->', repr('%d' % (1000000,)))
except Exception as e:
    print("'%d' % (1000000,)", '->', type(e).__name__ + ':', e)
try:
    print("'%5.2f' % (1000000,)", '->', repr('%5.2f' % (1000000,)))
except Exception as e:
    print("'%5.2f' % (1000000,)", '->', type(e).__name__ + ':', e)
try:
    print("'%e' % (1000000,)", '->', repr('%e' % (1000000,)))
except Exception as e:
    print("'%e' % (1000000,)", '->', type(e).__name__ + ':', e)
try:
    print("'%g' % (1000000,)", '->', repr('%g' % (1000000,)))
except Exception as e:
    print("'%g' % (1000000,)", '->', type(e).__name__ + ':', e)
try:
    print("'%x' % (1000000,)", '->', repr('%x' % (1000000,)))
except Exception as e:
    print("'%x' % (1000000,)", '->', type(e).__name__ + ':', e)
try:
    print("'{}'.format(1000000)", '->', repr('{}'.format(1000000)))
except Exception as e:
    print("'{}'.format(1000000)", '->', type(e).__name__ + ':', e)
try:
    print("'{!r:>12}'.format(1000000)", '->', repr('{!r:>12}'.format(1000000)))
except Exception as e:
    print("'{!r:>12}'.format(1000000)", '->', type(e).__name__ + ':', e)
try:
    print("'{:^9}'.format(1000000)", '->', repr('{:^9}'.format(1000000)))
except Exception as e:
    print("'{:^9}'.format(1000000)", '->', type(e).__name__ + ':', e)
try:
    print('int(1000000)', '->', repr(int(1000000)))
except Exception as e:
    print('int(1000000)', '->', type(e).__name__ + ':', e)
try:
    print('float(1000000)', '->', repr(float(1000000)))
except Exception as e:
    print('float(1000000)', '->', type(e).__name__ + ':', e)
try:
    print('bool(1000000)', '->', repr(bool(1000000)))
except Exception as e:
    print('bool(1000000)', '->', type(e).__name__ + ':', e)
try:
    print('round(1000000)', '->', repr(round(1000000)))
except Exception as e:
    print('round(1000000)', '->', type(e).__name__ + ':', e)
try:
    print('round(1000000, 2)', '->', repr(round(1000000, 2)))
except Exception as e:
    print('round(1000000, 2)', '->', type(e).__name__ + ':', e)
try:
    print('abs(1000000)', '->', repr(abs(1000000)))
except Exception as e:
    print('abs(1000000)', '->', type(e).__name__ + ':', e)
try:
    print('hash(1000000) == hash(1000000)', '->', repr(hash(1000000) == hash(1000000)))
except Exception as e:
    print('hash(1000000) == hash(1000000)', '->', type(e).__name__ + ':', e)
try:
    print('1000000 == 1000000', '->', repr(1000000 == 1000000))
except Exception as e:
    print('1000000 == 1000000', '->', type(e).__name__ + ':', e)
