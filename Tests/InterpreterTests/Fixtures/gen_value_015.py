# Generated: str, repr, %-formatting and str.format of one value.
try:
    print('str(3.14159)', '->', repr(str(3.14159)))
except Exception as e:
    print('str(3.14159)', '->', type(e).__name__ + ':', e)
try:
    print('repr(3.14159)', '->', repr(repr(3.14159)))
except Exception as e:
    print('repr(3.14159)', '->', type(e).__name__ + ':', e)
try:
    print("'%s' % (3.14159,)", '->', repr('%s' % (3.14159,)))
except Exception as e:
    print("'%s' % (3.14159,)", '->', type(e).__name__ + ':', e)
try:
    print("'%r' % (3.14159,)", '->', repr('%r' % (3.14159,)))
except Exception as e:
    print("'%r' % (3.14159,)", '->', type(e).__name__ + ':', e)
try:
    print("'%d' % (3.14159,)", '->', repr('%d' % (3.14159,)))
except Exception as e:
    print("'%d' % (3.14159,)", '->', type(e).__name__ + ':', e)
try:
    print("'%5.2f' % (3.14159,)", '->', repr('%5.2f' % (3.14159,)))
except Exception as e:
    print("'%5.2f' % (3.14159,)", '->', type(e).__name__ + ':', e)
try:
    print("'%e' % (3.14159,)", '->', repr('%e' % (3.14159,)))
except Exception as e:
    print("'%e' % (3.14159,)", '->', type(e).__name__ + ':', e)
try:
    print("'%g' % (3.14159,)", '->', repr('%g' % (3.14159,)))
except Exception as e:
    print("'%g' % (3.14159,)", '->', type(e).__name__ + ':', e)
try:
    print("'%x' % (3.14159,)", '->', repr('%x' % (3.14159,)))
except Exception as e:
    print("'%x' % (3.14159,)", '->', type(e).__name__ + ':', e)
try:
    print("'{}'.format(3.14159)", '->', repr('{}'.format(3.14159)))
except Exception as e:
    print("'{}'.format(3.14159)", '->', type(e).__name__ + ':', e)
try:
    print("'{!r:>12}'.format(3.14159)", '->', repr('{!r:>12}'.format(3.14159)))
except Exception as e:
    print("'{!r:>12}'.format(3.14159)", '->', type(e).__name__ + ':', e)
try:
    print("'{:^9}'.format(3.14159)", '->', repr('{:^9}'.format(3.14159)))
except Exception as e:
    print("'{:^9}'.format(3.14159)", '->', type(e).__name__ + ':', e)
try:
    print('int(3.14159)', '->', repr(int(3.14159)))
except Exception as e:
    print('int(3.14159)', '->', type(e).__name__ + ':', e)
try:
    print('float(3.14159)', '->', repr(float(3.14159)))
except Exception as e:
    print('float(3.14159)', '->', type(e).__name__ + ':', e)
try:
    print('bool(3.14159)', '->', repr(bool(3.14159)))
except Exception as e:
    print('bool(3.14159)', '->', type(e).__name__ + ':', e)
try:
    print('round(3.14159)', '->', repr(round(3.14159)))
except Exception as e:
    print('round(3.14159)', '->', type(e).__name__ + ':', e)
try:
    print('round(3.14159, 2)', '->', repr(round(3.14159, 2)))
except Exception as e:
    print('round(3.14159, 2)', '->', type(e).__name__ + ':', e)
try:
    print('abs(3.14159)', '->', repr(abs(3.14159)))
except Exception as e:
    print('abs(3.14159)', '->', type(e).__name__ + ':', e)
try:
    print('hash(3.14159) == hash(3.14159)', '->', repr(hash(3.14159) == hash(3.14159)))
except Exception as e:
    print('hash(3.14159) == hash(3.14159)', '->', type(e).__name__ + ':', e)
try:
    print('3.14159 == 3.14159', '->', repr(3.14159 == 3.14159))
except Exception as e:
    print('3.14159 == 3.14159', '->', type(e).__name__ + ':', e)
