# Generated: str, repr, %-formatting and str.format of one value.
try:
    print('str(2/3)', '->', repr(str(2/3)))
except Exception as e:
    print('str(2/3)', '->', type(e).__name__ + ':', e)
try:
    print('repr(2/3)', '->', repr(repr(2/3)))
except Exception as e:
    print('repr(2/3)', '->', type(e).__name__ + ':', e)
try:
    print("'%s' % (2/3,)", '->', repr('%s' % (2/3,)))
except Exception as e:
    print("'%s' % (2/3,)", '->', type(e).__name__ + ':', e)
try:
    print("'%r' % (2/3,)", '->', repr('%r' % (2/3,)))
except Exception as e:
    print("'%r' % (2/3,)", '->', type(e).__name__ + ':', e)
try:
    print("'%d' % (2/3,)", '->', repr('%d' % (2/3,)))
except Exception as e:
    print("'%d' % (2/3,)", '->', type(e).__name__ + ':', e)
try:
    print("'%5.2f' % (2/3,)", '->', repr('%5.2f' % (2/3,)))
except Exception as e:
    print("'%5.2f' % (2/3,)", '->', type(e).__name__ + ':', e)
try:
    print("'%e' % (2/3,)", '->', repr('%e' % (2/3,)))
except Exception as e:
    print("'%e' % (2/3,)", '->', type(e).__name__ + ':', e)
try:
    print("'%g' % (2/3,)", '->', repr('%g' % (2/3,)))
except Exception as e:
    print("'%g' % (2/3,)", '->', type(e).__name__ + ':', e)
try:
    print("'%x' % (2/3,)", '->', repr('%x' % (2/3,)))
except Exception as e:
    print("'%x' % (2/3,)", '->', type(e).__name__ + ':', e)
try:
    print("'{}'.format(2/3)", '->', repr('{}'.format(2/3)))
except Exception as e:
    print("'{}'.format(2/3)", '->', type(e).__name__ + ':', e)
try:
    print("'{!r:>12}'.format(2/3)", '->', repr('{!r:>12}'.format(2/3)))
except Exception as e:
    print("'{!r:>12}'.format(2/3)", '->', type(e).__name__ + ':', e)
try:
    print("'{:^9}'.format(2/3)", '->', repr('{:^9}'.format(2/3)))
except Exception as e:
    print("'{:^9}'.format(2/3)", '->', type(e).__name__ + ':', e)
try:
    print('int(2/3)', '->', repr(int(2/3)))
except Exception as e:
    print('int(2/3)', '->', type(e).__name__ + ':', e)
try:
    print('float(2/3)', '->', repr(float(2/3)))
except Exception as e:
    print('float(2/3)', '->', type(e).__name__ + ':', e)
try:
    print('bool(2/3)', '->', repr(bool(2/3)))
except Exception as e:
    print('bool(2/3)', '->', type(e).__name__ + ':', e)
try:
    print('round(2/3)', '->', repr(round(2/3)))
except Exception as e:
    print('round(2/3)', '->', type(e).__name__ + ':', e)
try:
    print('round(2/3, 2)', '->', repr(round(2/3, 2)))
except Exception as e:
    print('round(2/3, 2)', '->', type(e).__name__ + ':', e)
try:
    print('abs(2/3)', '->', repr(abs(2/3)))
except Exception as e:
    print('abs(2/3)', '->', type(e).__name__ + ':', e)
try:
    print('hash(2/3) == hash(2/3)', '->', repr(hash(2/3) == hash(2/3)))
except Exception as e:
    print('hash(2/3) == hash(2/3)', '->', type(e).__name__ + ':', e)
try:
    print('2/3 == 2/3', '->', repr(2/3 == 2/3))
except Exception as e:
    print('2/3 == 2/3', '->', type(e).__name__ + ':', e)
