# Generated: str, repr, %-formatting and str.format of one value.
try:
    print('str(1e16)', '->', repr(str(1e16)))
except Exception as e:
    print('str(1e16)', '->', type(e).__name__ + ':', e)
try:
    print('repr(1e16)', '->', repr(repr(1e16)))
except Exception as e:
    print('repr(1e16)', '->', type(e).__name__ + ':', e)
try:
    print("'%s' % (1e16,)", '->', repr('%s' % (1e16,)))
except Exception as e:
    print("'%s' % (1e16,)", '->', type(e).__name__ + ':', e)
try:
    print("'%r' % (1e16,)", '->', repr('%r' % (1e16,)))
except Exception as e:
    print("'%r' % (1e16,)", '->', type(e).__name__ + ':', e)
try:
    print("'%d' % (1e16,)", '->', repr('%d' % (1e16,)))
except Exception as e:
    print("'%d' % (1e16,)", '->', type(e).__name__ + ':', e)
try:
    print("'%5.2f' % (1e16,)", '->', repr('%5.2f' % (1e16,)))
except Exception as e:
    print("'%5.2f' % (1e16,)", '->', type(e).__name__ + ':', e)
try:
    print("'%e' % (1e16,)", '->', repr('%e' % (1e16,)))
except Exception as e:
    print("'%e' % (1e16,)", '->', type(e).__name__ + ':', e)
try:
    print("'%g' % (1e16,)", '->', repr('%g' % (1e16,)))
except Exception as e:
    print("'%g' % (1e16,)", '->', type(e).__name__ + ':', e)
try:
    print("'%x' % (1e16,)", '->', repr('%x' % (1e16,)))
except Exception as e:
    print("'%x' % (1e16,)", '->', type(e).__name__ + ':', e)
try:
    print("'{}'.format(1e16)", '->', repr('{}'.format(1e16)))
except Exception as e:
    print("'{}'.format(1e16)", '->', type(e).__name__ + ':', e)
try:
    print("'{!r:>12}'.format(1e16)", '->', repr('{!r:>12}'.format(1e16)))
except Exception as e:
    print("'{!r:>12}'.format(1e16)", '->', type(e).__name__ + ':', e)
try:
    print("'{:^9}'.format(1e16)", '->', repr('{:^9}'.format(1e16)))
except Exception as e:
    print("'{:^9}'.format(1e16)", '->', type(e).__name__ + ':', e)
try:
    print('int(1e16)', '->', repr(int(1e16)))
except Exception as e:
    print('int(1e16)', '->', type(e).__name__ + ':', e)
try:
    print('float(1e16)', '->', repr(float(1e16)))
except Exception as e:
    print('float(1e16)', '->', type(e).__name__ + ':', e)
try:
    print('bool(1e16)', '->', repr(bool(1e16)))
except Exception as e:
    print('bool(1e16)', '->', type(e).__name__ + ':', e)
try:
    print('round(1e16)', '->', repr(round(1e16)))
except Exception as e:
    print('round(1e16)', '->', type(e).__name__ + ':', e)
try:
    print('round(1e16, 2)', '->', repr(round(1e16, 2)))
except Exception as e:
    print('round(1e16, 2)', '->', type(e).__name__ + ':', e)
try:
    print('abs(1e16)', '->', repr(abs(1e16)))
except Exception as e:
    print('abs(1e16)', '->', type(e).__name__ + ':', e)
try:
    print('hash(1e16) == hash(1e16)', '->', repr(hash(1e16) == hash(1e16)))
except Exception as e:
    print('hash(1e16) == hash(1e16)', '->', type(e).__name__ + ':', e)
try:
    print('1e16 == 1e16', '->', repr(1e16 == 1e16))
except Exception as e:
    print('1e16 == 1e16', '->', type(e).__name__ + ':', e)
