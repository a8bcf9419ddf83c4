# Generated: round() with every ndigits, and int/float conversions.
try:
    print('round(-5)', '->', repr(round(-5)))
except Exception as e:
    print('round(-5)', '->', type(e).__name__ + ':', e)
try:
    print('round(-5, 0)', '->', repr(round(-5, 0)))
except Exception as e:
    print('round(-5, 0)', '->', type(e).__name__ + ':', e)
try:
    print('round(-5, 1)', '->', repr(round(-5, 1)))
except Exception as e:
    print('round(-5, 1)', '->', type(e).__name__ + ':', e)
try:
    print('round(-5, 2)', '->', repr(round(-5, 2)))
except Exception as e:
    print('round(-5, 2)', '->', type(e).__name__ + ':', e)
try:
    print('round(-5, 3)', '->', repr(round(-5, 3)))
except Exception as e:
    print('round(-5, 3)', '->', type(e).__name__ + ':', e)
try:
    print('round(-5, -1)', '->', repr(round(-5, -1)))
except Exception as e:
    print('round(-5, -1)', '->', type(e).__name__ + ':', e)
try:
    print('round(-5, -2)', '->', repr(round(-5, -2)))
except Exception as e:
    print('round(-5, -2)', '->', type(e).__name__ + ':', e)
try:
    print('round(-5, None)', '->', repr(round(-5, None)))
except Exception as e:
    print('round(-5, None)', '->', type(e).__name__ + ':', e)
try:
    print('int(-5)', '->', repr(int(-5)))
except Exception as e:
    print('int(-5)', '->', type(e).__name__ + ':', e)
try:
    print('float(-5)', '->', repr(float(-5)))
except Exception as e:
    print('float(-5)', '->', type(e).__name__ + ':', e)
try:
    print('abs(-5)', '->', repr(abs(-5)))
except Exception as e:
    print('abs(-5)', '->', type(e).__name__ + ':', e)
try:
    print('str(-5)', '->', repr(str(-5)))
except Exception as e:
    print('str(-5)', '->', type(e).__name__ + ':', e)
try:
    print('bool(-5)', '->', repr(bool(-5)))
except Exception as e:
    print('bool(-5)', '->', type(e).__name__ + ':', e)
try:
    print('divmod(-5, 0.1)', '->', repr(divmod(-5, 0.1)))
except Exception as e:
    print('divmod(-5, 0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(-5).is_integer() if isinstance(-5, float) else 0', '->', repr((-5).is_integer() if isinstance(-5, float) else 0))
except Exception as e:
    print('(-5).is_integer() if isinstance(-5, float) else 0', '->', type(e).__name__ + ':', e)
try:
    print('round(15)', '->', repr(round(15)))
except Exception as e:
    print('round(15)', '->', type(e).__name__ + ':', e)
try:
    print('round(15, 0)', '->', repr(round(15, 0)))
except Exception as e:
    print('round(15, 0)', '->', type(e).__name__ + ':', e)
try:
    print('round(15, 1)', '->', repr(round(15, 1)))
except Exception as e:
    print('round(15, 1)', '->', type(e).__name__ + ':', e)
try:
    print('round(15, 2)', '->', repr(round(15, 2)))
except Exception as e:
    print('round(15, 2)', '->', type(e).__name__ + ':', e)
try:
    print('round(15, 3)', '->', repr(round(15, 3)))
except Exception as e:
    print('round(15, 3)', '->', type(e).__name__ + ':', e)
try:
    print('round(15, -1)', '->', repr(round(15, -1)))
except Exception as e:
    print('round(15, -1)', '->', type(e).__name__ + ':', e)
try:
    print('round(15, -2)', '->', repr(round(15, -2)))
except Exception as e:
    print('round(15, -2)', '->', type(e).__name__ + ':', e)
try:
    print('round(15, None)', '->', repr(round(15, None)))
except Exception as e:
    print('round(15, None)', '->', type(e).__name__ + ':', e)
try:
    print('int(15)', '->', repr(int(15)))
except Exception as e:
    print('int(15)', '->', type(e).__name__ + ':', e)
try:
    print('float(15)', '->', repr(float(15)))
except Exception as e:
    print('float(15)', '->', type(e).__name__ + ':', e)
try:
    print('abs(15)', '->', repr(abs(15)))
except Exception as e:
    print('abs(15)', '->', type(e).__name__ + ':', e)
try:
    print('str(15)', '->', repr(str(15)))
except Exception as e:
    print('str(15)', '->', type(e).__name__ + ':', e)
try:
    print('bool(15)', '->', repr(bool(15)))
except Exception as e:
    print('bool(15)', '->', type(e).__name__ + ':', e)
try:
    print('divmod(15, 0.1)', '->', repr(divmod(15, 0.1)))
except Exception as e:
    print('divmod(15, 0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(15).is_integer() if isinstance(15, float) else 0', '->', repr((15).is_integer() if isinstance(15, float) else 0))
except Exception as e:
    print('(15).is_integer() if isinstance(15, float) else 0', '->', type(e).__name__ + ':', e)
