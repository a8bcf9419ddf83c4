# Generated: str, repr, %-formatting and str.format of one value.
try:
    print("str(float('inf'))", '->', repr(str(float('inf'))))
except Exception as e:
    print("str(float('inf'))", '->', type(e).__name__ + ':', e)
try:
    print("repr(float('inf'))", '->', repr(repr(float('inf'))))
except Exception as e:
    print("repr(float('inf'))", '->', type(e).__name__ + ':', e)
try:
    print("'%s' % (float('inf'),)", '->', repr('%s' % (float('inf'),)))
except Exception as e:
    print("'%s' % (float('inf'),)", '->', type(e).__name__ + ':', e)
try:
    print("'%r' % (float('inf'),)", '->', repr('%r' % (float('inf'),)))
except Exception as e:
    print("'%r' % (float('inf'),)", '->', type(e).__name__ + ':', e)
try:
    print("'%d' % (float('inf'),)", '->', repr('%d' % (float('inf'),)))
except Exception as e:
    print("'%d' % (float('inf'),)", '->', type(e).__name__ + ':', e)
try:
    print("'%5.2f' % (float('inf'),)", '->', repr('%5.2f' % (float('inf'),)))
except Exception as e:
    print("'%5.2f' % (float('inf'),)", '->', type(e).__name__ + ':', e)
try:
    print("'%e' % (float('inf'),)", '->', repr('%e' % (float('inf'),)))
except Exception as e:
    print("'%e' % (float('inf'),)", '->', type(e).__name__ + ':', e)
try:
    print("'%g' % (float('inf'),)", '->', repr('%g' % (float('inf'),)))
except Exception as e:
    print("'%g' % (float('inf'),)", '->', type(e).__name__ + ':', e)
try:
    print("'%x' % (float('inf'),)", '->', repr('%x' % (float('inf'),)))
except Exception as e:
    print("'%x' % (float('inf'),)", '->', type(e).__name__ + ':', e)
try:
    print("'{}'.format(float('inf'))", '->', repr('{}'.format(float('inf'))))
except Exception as e:
    print("'{}'.format(float('inf'))", '->', type(e).__name__ + ':', e)
try:
    print("'{!r:>12}'.format(float('inf'))", '->', repr('{!r:>12}'.format(float('inf'))))
except Exception as e:
    print("'{!r:>12}'.format(float('inf'))", '->', type(e).__name__ + ':', e)
try:
    print("'{:^9}'.format(float('inf'))", '->', repr('{:^9}'.format(float('inf'))))
except Exception as e:
    print("'{:^9}'.format(float('inf'))", '->', type(e).__name__ + ':', e)
try:
    print("int(float('inf'))", '->', repr(int(float('inf'))))
except Exception as e:
    print("int(float('inf'))", '->', type(e).__name__ + ':', e)
try:
    print("float(float('inf'))", '->', repr(float(float('inf'))))
except Exception as e:
    print("float(float('inf'))", '->', type(e).__name__ + ':', e)
try:
    print("bool(float('inf'))", '->', repr(bool(float('inf'))))
except Exception as e:
    print("bool(float('inf'))", '->', type(e).__name__ + ':', e)
try:
    print("round(float('inf'))", '->', repr(round(float('inf'))))
except Exception as e:
    print("round(float('inf'))", '->', type(e).__name__ + ':', e)
try:
    print("round(float('inf'), 2)", '->', repr(round(float('inf'), 2)))
except Exception as e:
    print("round(float('inf'), 2)", '->', type(e).__name__ + ':', e)
try:
    print("abs(float('inf'))", '->', repr(abs(float('inf'))))
except Exception as e:
    print("abs(float('inf'))", '->', type(e).__name__ + ':', e)
try:
    print("hash(float('inf')) == hash(float('inf'))", '->', repr(hash(float('inf')) == hash(float('inf'))))
except Exception as e:
    print("hash(float('inf')) == hash(float('inf'))", '->', type(e).__name__ + ':', e)
try:
    print("float('inf') == float('inf')", '->', repr(float('inf') == float('inf')))
except Exception as e:
    print("float('inf') == float('inf')", '->', type(e).__name__ + ':', e)
