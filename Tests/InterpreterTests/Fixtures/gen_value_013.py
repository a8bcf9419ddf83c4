# Generated: str, repr, %-formatting and str.format of one value.
try:
    print('str(2.5)', '->', repr(str(2.5)))
except Exception as e:
    print('str(2.5)', '->', type(e).__name__ + ':', e)
try:
    print('repr(2.5)', '->', repr(repr(2.5)))
except Exception as e:
    print('repr(2.5)', '->', type(e).__name__ + ':', e)
try:
    print("'%s' % (2.5,)", '->', repr('%s' % (2.5,)))
except Exception as e:
    print("'%s' % (2.5,)", '->', type(e).__name__ + ':', e)
try:
    print("'%r' % (2.5,)", '->', repr('%r' % (2.5,)))
except Exception as e:
    print("'%r' % (2.5,)", '->', type(e).__name__ + ':', e)
try:
    print("'%d' % (2.5,)", '->', repr('%d' % (2.5,)))
except Exception as e:
    print("'%d' % (2.5,)", '->', type(e).__name__ + ':', e)
try:
    print("'%5.2f' % (2.5,)", '->', repr('%5.2f' % (2.5,)))
except Exception as e:
    print("'%5.2f' % (2.5,)", '->', type(e).__name__ + ':', e)
try:
    print("'%e' % (2.5,)", '->', repr('%e' % (2.5,)))
except Exception as e:
    print("'%e' % (2.5,)", '->', type(e).__name__ + ':', e)
try:
    print("'%g' % (2.5,)", '->', repr('%g' % (2.5,)))
except Exception as e:
    print("'%g' % (2.5,)", '->', type(e).__name__ + ':', e)
try:
    print("'%x' % (2.5,)", '->', repr('%x' % (2.5,)))
except Exception as e:
    print("'%x' % (2.5,)", '->', type(e).__name__ + ':', e)
try:
    print("'{}'.format(2.5)", '->', repr('{}'.format(2.5)))
except Exception as e:
    print("'{}'.format(2.5)", '->', type(e).__name__ + ':', e)
try:
    print("'{!r:>12}'.format(2.5)", '->', repr('{!r:>12}'.format(2.5)))
except Exception as e:
    print("'{!r:>12}'.format(2.5)", '->', type(e).__name__ + ':', e)
try:
    print("'{:^9}'.format(2.5)", '->', repr('{:^9}'.format(2.5)))
except Exception as e:
    print("'{:^9}'.format(2.5)", '->', type(e).__name__ + ':', e)
try:
    print('int(2.5)', '->', repr(int(2.5)))
except Exception as e:
    print('int(2.5)', '->', type(e).__name__ + ':', e)
try:
    print('float(2.5)', '->', repr(float(2.5)))
except Exception as e:
    print('float(2.5)', '->', type(e).__name__ + ':', e)
try:
    print('bool(2.5)', '->', repr(bool(2.5)))
except Exception as e:
    print('bool(2.5)', '->', type(e).__name__ + ':', e)
try:
    print('round(2.5)', '->', repr(round(2.5)))
except Exception as e:
    print('round(2.5)', '->', type(e).__name__ + ':', e)
try:
    print('round(2.5, 2)', '->', repr(round(2.5, 2)))
except Exception as e:
    print('round(2.5, 2)', '->', type(e).__name__ + ':', e)
try:
    print('abs(2.5)', '->', repr(abs(2.5)))
except Exception as e:
    print('abs(2.5)', '->', type(e).__name__ + ':', e)
try:
    print('hash(2.5) == hash(2.5)', '->', repr(hash(2.5) == hash(2.5)))
except Exception as e:
    print('hash(2.5) == hash(2.5)', '->', type(e).__name__ + ':', e)
try:
    print('2.5 == 2.5', '->', repr(2.5 == 2.5))
except Exception as e:
    print('2.5 == 2.5', '->', type(e).__name__ + ':', e)
