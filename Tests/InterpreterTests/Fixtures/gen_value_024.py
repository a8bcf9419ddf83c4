# Generated: str, repr, %-formatting and str.format of one value.
try:
    print('str(True)', '->', repr(str(True)))
except Exception as e:
    print('str(True)', '->', type(e).__name__ + ':', e)
try:
    print('repr(True)', '->', repr(repr(True)))
except Exception as e:
    print('repr(True)', '->', type(e).__name__ + ':', e)
try:
    print("'%s' % (True,)", '->', repr('%s' % (True,)))
except Exception as e:
    print("'%s' % (True,)", '->', type(e).__name__ + ':', e)
try:
    print("'%r' % (True,)", '->', repr('%r' % (True,)))
except Exception as e:
    print("'%r' % (True,)", '->', type(e).__name__ + ':', e)
try:
    print("'%d' % (True,)", '->', repr('%d' % (True,)))
except Exception as e:
    print("'%d' % (True,)", '->', type(e).__name__ + ':', e)
try:
    print("'%5.2f' % (True,)", '->', repr('%5.2f' % (True,)))
except Exception as e:
    print("'%5.2f' % (True,)", '->', type(e).__name__ + ':', e)
try:
    print("'%e' % (True,)", '->', repr('%e' % (True,)))
except Exception as e:
    print("'%e' % (True,)", '->', type(e).__name__ + ':', e)
try:
    print("'%g' % (True,)", '->', repr('%g' % (True,)))
except Exception as e:
    print("'%g' % (True,)", '->', type(e).__name__ + ':', e)
try:
    print("'%x' % (True,)", '->', repr('%x' % (True,)))
except Exception as e:
    print("'%x' % (True,)", '->', type(e).__name__ + ':', e)
try:
    print("'{}'.format(True)", '->', repr('{}'.format(True)))
except Exception as e:
    print("'{}'.format(True)", '->', type(e).__name__ + ':', e)
try:
    print("'{!r:>12}'.format(True)", '->', repr('{!r:>12}'.format(True)))
except Exception as e:
    print("'{!r:>12}'.format(True)", '->', type(e).__name__ + ':', e)
try:
    print("'{:^9}'.format(True)", '->', repr('{:^9}'.format(True)))
except Exception as e:
    print("'{:^9}'.format(True)", '->', type(e).__name__ + ':', e)
try:
    print('int(True)', '->', repr(int(True)))
except Exception as e:
    print('int(True)', '->', type(e).__name__ + ':', e)
try:
    print('float(True)', '->', repr(float(True)))
except Exception as e:
    print('float(True)', '->', type(e).__name__ + ':', e)
try:
    print('bool(True)', '->', repr(bool(True)))
except Exception as e:
    print('bool(True)', '->', type(e).__name__ + ':', e)
try:
    print('round(True)', '->', repr(round(True)))
except Exception as e:
    print('round(True)', '->', type(e).__name__ + ':', e)
try:
    print('round(True, 2)', '->', repr(round(True, 2)))
except Exception as e:
    print('round(True, 2)', '->', type(e).__name__ + ':', e)
try:
    print('abs(True)', '->', repr(abs(True)))
except Exception as e:
    print('abs(True)', '->', type(e).__name__ + ':', e)
try:
    print('hash(True) == hash(True)', '->', repr(hash(True) == hash(True)))
except Exception as e:
    print('hash(True) == hash(True)', '->', type(e).__name__ + ':', e)
try:
    print('True == True', '->', repr(True == True))
except Exception as e:
    print('True == True', '->', type(e).__name__ + ':', e)
