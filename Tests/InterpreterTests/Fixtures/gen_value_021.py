# Generated: str, repr, %-formatting and str.format of one value.
try:
    print("str(float('nan'))", '->', repr(str(float('nan'))))
except Exception as e:
    print("str(float('nan'))", '->', type(e).__name__ + ':', e)
try:
    print("repr(float('nan'))", '->', repr(repr(float('nan'))))
except Exception as e:
    print("repr(float('nan'))", '->', type(e).__name__ + ':', e)
try:
    print("'%s' % (float('nan'),)", '->', repr('%s' % (float('nan'),)))
except Exception as e:
    print("'%s' % (float('nan'),)", '->', type(e).__name__ + ':', e)
try:
    print("'%r' % (float('nan'),)", '->', repr('%r' % (float('nan'),)))
except Exception as e:
    print("'%r' % (float('nan'),)", '->', type(e).__name__ + ':', e)
try:
    print("'%d' % (float('nan'),)", '->', repr('%d' % (float('nan'),)))
except Exception as e:
    print("'%d' % (float('nan'),)", '->', type(e).__name__ + ':', e)
try:
    print("'%5.2f' % (float('nan'),)", '->', repr('%5.2f' % (float('nan'),)))
except Exception as e:
    print("'%5.2f' % (float('nan'),)", '->', type(e).__name__ + ':', e)
try:
    print("'%e' % (float('nan'),)", '->', repr('%e' % (float('nan'),)))
except Exception as e:
    print("'%e' % (float('nan'),)", '->', type(e).__name__ + ':', e)
try:
    print("'%g' % (float('nan'),)", '->', repr('%g' % (float('nan'),)))
except Exception as e:
    print("'%g' % (float('nan'),)", '->', type(e).__name__ + ':', e)
try:
    print("'%x' % (float('nan'),)", '->', repr('%x' % (float('nan'),)))
except Exception as e:
    print("'%x' % (float('nan'),)", '->', type(e).__name__ + ':', e)
try:
    print("'{}'.format(float('nan'))", '->', repr('{}'.format(float('nan'))))
except Exception as e:
    print("'{}'.format(float('nan'))", '->', type(e).__name__ + ':', e)
try:
    print("'{!r:>12}'.format(float('nan'))", '->', repr('{!r:>12}'.format(float('nan'))))
except Exception as e:
    print("'{!r:>12}'.format(float('nan'))", '->', type(e).__name__ + ':', e)
try:
    print("'{:^9}'.format(float('nan'))", '->', repr('{:^9}'.format(float('nan'))))
except Exception as e:
    print("'{:^9}'.format(float('nan'))", '->', type(e).__name__ + ':', e)
try:
    print("int(float('nan'))", '->', repr(int(float('nan'))))
except Exception as e:
    print("int(float('nan'))", '->', type(e).__name__ + ':', e)
try:
    print("float(float('nan'))", '->', repr(float(float('nan'))))
except Exception as e:
    print("float(float('nan'))", '->', type(e).__name__ + ':', e)
try:
    print("bool(float('nan'))", '->', repr(bool(float('nan'))))
except Exception as e:
    print("bool(float('nan'))", '->', type(e).__name__ + ':', e)
try:
    print("round(float('nan'))", '->', repr(round(float('nan'))))
except Exception as e:
    print("round(float('nan'))", '->', type(e).__name__ + ':', e)
try:
    print("round(float('nan'), 2)", '->', repr(round(float('nan'), 2)))
except Exception as e:
    print("round(float('nan'), 2)", '->', type(e).__name__ + ':', e)
try:
    print("abs(float('nan'))", '->', repr(abs(float('nan'))))
except Exception as e:
    print("abs(float('nan'))", '->', type(e).__name__ + ':', e)
try:
    print("hash(float('nan')) == hash(float('nan'))", '->', repr(hash(float('nan')) == hash(float('nan'))))
except Exception as e:
    print("hash(float('nan')) == hash(float('nan'))", '->', type(e).__name__ + ':', e)
try:
    print("float('nan') == float('nan')", '->', repr(float('nan') == float('nan')))
except Exception as e:
    print("float('nan') == float('nan')", '->', type(e).__name__ + ':', e)
