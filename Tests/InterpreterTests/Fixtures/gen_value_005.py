# Generated: str, repr, %-formatting and str.format of one value.
try:
    print('str(255)', '->', repr(str(255)))
except Exception as e:
    print('str(255)', '->', type(e).__name__ + ':', e)
try:
    print('repr(255)', '->', repr(repr(255)))
except Exception as e:
    print('repr(255)', '->', type(e).__name__ + ':', e)
try:
    print("'%s' % (255,)", '->', repr('%s' % (255,)))
except Exception as e:
    print("'%s' % (255,)", '->', type(e).__name__ + ':', e)
try:
    print("'%r' % (255,)", '->', repr('%r' % (255,)))
except Exception as e:
    print("'%r' % (255,)", '->', type(e).__name__ + ':', e)
try:
    print("'%d' % (255,)", '->', repr('%d' % (255,)))
except Exception as e:
    print("'%d' % (255,)", '->', type(e).__name__ + ':', e)
try:
    print("'%5.2f' % (255,)", '->', repr('%5.2f' % (255,)))
except Exception as e:
    print("'%5.2f' % (255,)", '->', type(e).__name__ + ':', e)
try:
    print("'%e' % (255,)", '->', repr('%e' % (255,)))
except Exception as e:
    print("'%e' % (255,)", '->', type(e).__name__ + ':', e)
try:
    print("'%g' % (255,)", '->', repr('%g' % (255,)))
except Exception as e:
    print("'%g' % (255,)", '->', type(e).__name__ + ':', e)
try:
    print("'%x' % (255,)", '->', repr('%x' % (255,)))
except Exception as e:
    print("'%x' % (255,)", '->', type(e).__name__ + ':', e)
try:
    print("'{}'.format(255)", '->', repr('{}'.format(255)))
except Exception as e:
    print("'{}'.format(255)", '->', type(e).__name__ + ':', e)
try:
    print("'{!r:>12}'.format(255)", '->', repr('{!r:>12}'.format(255)))
except Exception as e:
    print("'{!r:>12}'.format(255)", '->', type(e).__name__ + ':', e)
try:
    print("'{:^9}'.format(255)", '->', repr('{:^9}'.format(255)))
except Exception as e:
    print("'{:^9}'.format(255)", '->', type(e).__name__ + ':', e)
try:
    print('int(255)', '->', repr(int(255)))
except Exception as e:
    print('int(255)', '->', type(e).__name__ + ':', e)
try:
    print('float(255)', '->', repr(float(255)))
except Exception as e:
    print('float(255)', '->', type(e).__name__ + ':', e)
try:
    print('bool(255)', '->', repr(bool(255)))
except Exception as e:
    print('bool(255)', '->', type(e).__name__ + ':', e)
try:
    print('round(255)', '->', repr(round(255)))
except Exception as e:
    print('round(255)', '->', type(e).__name__ + ':', e)
try:
    print('round(255, 2)', '->', repr(round(255, 2)))
except Exception as e:
    print('round(255, 2)', '->', type(e).__name__ + ':', e)
try:
    print('abs(255)', '->', repr(abs(255)))
except Exception as e:
    print('abs(255)', '->', type(e).__name__ + ':', e)
try:
    print('hash(255) == hash(255)', '->', repr(hash(255) == hash(255)))
except Exception as e:
    print('hash(255) == hash(255)', '->', type(e).__name__ + ':', e)
try:
    print('255 == 255', '->', repr(255 == 255))
except Exception as e:
    print('255 == 255', '->', type(e).__name__ + ':', e)
