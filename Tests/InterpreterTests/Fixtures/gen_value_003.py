# Generated: str, repr, %-formatting and str.format of one value.
try:
    print('str(7)', '->', repr(str(7)))
except Exception as e:
    print('str(7)', '->', type(e).__name__ + ':', e)
try:
    print('repr(7)', '->', repr(repr(7)))
except Exception as e:
    print('repr(7)', '->', type(e).__name__ + ':', e)
try:
    print("'%s' % (7,)", '->', repr('%s' % (7,)))
except Exception as e:
    print("'%s' % (7,)", '->', type(e).__name__ + ':', e)
try:
    print("'%r' % (7,)", '->', repr('%r' % (7,)))
except Exception as e:
    print("'%r' % (7,)", '->', type(e).__name__ + ':', e)
try:
    print("'%d' % (7,)", '->', repr('%d' % (7,)))
except Exception as e:
    print("'%d' % (7,)", '->', type(e).__name__ + ':', e)
try:
    print("'%5.2f' % (7,)", '->', repr('%5.2f' % (7,)))
except Exception as e:
    print("'%5.2f' % (7,)", '->', type(e).__name__ + ':', e)
try:
    print("'%e' % (7,)", '->', repr('%e' % (7,)))
except Exception as e:
    print("'%e' % (7,)", '->', type(e).__name__ + ':', e)
try:
    print("'%g' % (7,)", '->', repr('%g' % (7,)))
except Exception as e:
    print("'%g' % (7,)", '->', type(e).__name__ + ':', e)
try:
    print("'%x' % (7,)", '->', repr('%x' % (7,)))
except Exception as e:
    print("'%x' % (7,)", '->', type(e).__name__ + ':', e)
try:
    print("'{}'.format(7)", '->', repr('{}'.format(7)))
except Exception as e:
    print("'{}'.format(7)", '->', type(e).__name__ + ':', e)
try:
    print("'{!r:>12}'.format(7)", '->', repr('{!r:>12}'.format(7)))
except Exception as e:
    print("'{!r:>12}'.format(7)", '->', type(e).__name__ + ':', e)
try:
    print("'{:^9}'.format(7)", '->', repr('{:^9}'.format(7)))
except Exception as e:
    print("'{:^9}'.format(7)", '->', type(e).__name__ + ':', e)
try:
    print('int(7)', '->', repr(int(7)))
except Exception as e:
    print('int(7)', '->', type(e).__name__ + ':', e)
try:
    print('float(7)', '->', repr(float(7)))
except Exception as e:
    print('float(7)', '->', type(e).__name__ + ':', e)
try:
    print('bool(7)', '->', repr(bool(7)))
except Exception as e:
    print('bool(7)', '->', type(e).__name__ + ':', e)
try:
    print('round(7)', '->', repr(round(7)))
except Exception as e:
    print('round(7)', '->', type(e).__name__ + ':', e)
try:
    print('round(7, 2)', '->', repr(round(7, 2)))
except Exception as e:
    print('round(7, 2)', '->', type(e).__name__ + ':', e)
try:
    print('abs(7)', '->', repr(abs(7)))
except Exception as e:
    print('abs(7)', '->', type(e).__name__ + ':', e)
try:
    print('hash(7) == hash(7)', '->', repr(hash(7) == hash(7)))
except Exception as e:
    print('hash(7) == hash(7)', '->', type(e).__name__ + ':', e)
try:
    print('7 == 7', '->', repr(7 == 7))
except Exception as e:
    print('7 == 7', '->', type(e).__name__ + ':', e)
