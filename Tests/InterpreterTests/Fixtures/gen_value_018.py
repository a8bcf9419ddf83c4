# Generated: str, repr, %-formatting and str.format of one value.
try:
    print('str(123456.789)', '->', repr(str(123456.789)))
except Exception as e:
    print('str(123456.789)', '->', type(e).__name__ + ':', e)
try:
    print('repr(123456.789)', '->', repr(repr(123456.789)))
except Exception as e:
    print('repr(123456.789)', '->', type(e).__name__ + ':', e)
try:
    print("'%s' % (123456.789,)", '->', repr('%s' % (123456.789,)))
except Exception as e:
    print("'%s' % (123456.789,)", '->', type(e).__name__ + ':', e)
try:
    print("'%r' % (123456.789,)", '->', repr('%r' % (123456.789,)))
except Exception as e:
    print("'%r' % (123456.789,)", '->', type(e).__name__ + ':', e)
try:
    print("'%d' % (123456.789,)", '->', repr('%d' % (123456.789,)))
except Exception as e:
    print("'%d' % (123456.789,)", '->', type(e).__name__ + ':', e)
try:
    print("'%5.2f' % (123456.789,)", '->', repr('%5.2f' % (123456.789,)))
except Exception as e:
    print("'%5.2f' % (123456.789,)", '->', type(e).__name__ + ':', e)
try:
    print("'%e' % (123456.789,)", '->', repr('%e' % (123456.789,)))
except Exception as e:
    print("'%e' % (123456.789,)", '->', type(e).__name__ + ':', e)
try:
    print("'%g' % (123456.789,)", '->', repr('%g' % (123456.789,)))
except Exception as e:
    print("'%g' % (123456.789,)", '->', type(e).__name__ + ':', e)
try:
    print("'%x' % (123456.789,)", '->', repr('%x' % (123456.789,)))
except Exception as e:
    print("'%x' % (123456.789,)", '->', type(e).__name__ + ':', e)
try:
    print("'{}'.format(123456.789)", '->', repr('{}'.format(123456.789)))
except Exception as e:
    print("'{}'.format(123456.789)", '->', type(e).__name__ + ':', e)
try:
    print("'{!r:>12}'.format(123456.789)", '->', repr('{!r:>12}'.format(123456.789)))
except Exception as e:
    print("'{!r:>12}'.format(123456.789)", '->', type(e).__name__ + ':', e)
try:
    print("'{:^9}'.format(123456.789)", '->', repr('{:^9}'.format(123456.789)))
except Exception as e:
    print("'{:^9}'.format(123456.789)", '->', type(e).__name__ + ':', e)
try:
    print('int(123456.789)', '->', repr(int(123456.789)))
except Exception as e:
    print('int(123456.789)', '->', type(e).__name__ + ':', e)
try:
    print('float(123456.789)', '->', repr(float(123456.789)))
except Exception as e:
    print('float(123456.789)', '->', type(e).__name__ + ':', e)
try:
    print('bool(123456.789)', '->', repr(bool(123456.789)))
except Exception as e:
    print('bool(123456.789)', '->', type(e).__name__ + ':', e)
try:
    print('round(123456.789)', '->', repr(round(123456.789)))
except Exception as e:
    print('round(123456.789)', '->', type(e).__name__ + ':', e)
try:
    print('round(123456.789, 2)', '->', repr(round(123456.789, 2)))
except Exception as e:
    print('round(123456.789, 2)', '->', type(e).__name__ + ':', e)
try:
    print('abs(123456.789)', '->', repr(abs(123456.789)))
except Exception as e:
    print('abs(123456.789)', '->', type(e).__name__ + ':', e)
try:
    print('hash(123456.789) == hash(123456.789)', '->', repr(hash(123456.789) == hash(123456.789)))
except Exception as e:
    print('hash(123456.789) == hash(123456.789)', '->', type(e).__name__ + ':', e)
try:
    print('123456.789 == 123456.789', '->', repr(123456.789 == 123456.789))
except Exception as e:
    print('123456.789 == 123456.789', '->', type(e).__name__ + ':', e)
