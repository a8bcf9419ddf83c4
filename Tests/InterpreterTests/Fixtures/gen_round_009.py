# Generated: round() with every ndigits, and int/float conversions.
try:
    print('round(0.0)', '->', repr(round(0.0)))
except Exception as e:
    print('round(0.0)', '->', type(e).__name__ + ':', e)
try:
    print('round(0.0, 0)', '->', repr(round(0.0, 0)))
except Exception as e:
    print('round(0.0, 0)', '->', type(e).__name__ + ':', e)
try:
    print('round(0.0, 1)', '->', repr(round(0.0, 1)))
except Exception as e:
    print('round(0.0, 1)', '->', type(e).__name__ + ':', e)
try:
    print('round(0.0, 2)', '->', repr(round(0.0, 2)))
except Exception as e:
    print('round(0.0, 2)', '->', type(e).__name__ + ':', e)
try:
    print('round(0.0, 3)', '->', repr(round(0.0, 3)))
except Exception as e:
    print('round(0.0, 3)', '->', type(e).__name__ + ':', e)
try:
    print('round(0.0, -1)', '->', repr(round(0.0, -1)))
except Exception as e:
    print('round(0.0, -1)', '->', type(e).__name__ + ':', e)
try:
    print('round(0.0, -2)', '->', repr(round(0.0, -2)))
except Exception as e:
    print('round(0.0, -2)', '->', type(e).__name__ + ':', e)
try:
    print('round(0.0, None)', '->', repr(round(0.0, None)))
except Exception as e:
    print('round(0.0, None)', '->', type(e).__name__ + ':', e)
try:
    print('int(0.0)', '->', repr(int(0.0)))
except Exception as e:
    print('int(0.0)', '->', type(e).__name__ + ':', e)
try:
    print('float(0.0)', '->', repr(float(0.0)))
except Exception as e:
    print('float(0.0)', '->', type(e).__name__ + ':', e)
try:
    print('abs(0.0)', '->', repr(abs(0.0)))
except Exception as e:
    print('abs(0.0)', '->', type(e).__name__ + ':', e)
try:
    print('str(0.0)', '->', repr(str(0.0)))
except Exception as e:
    print('str(0.0)', '->', type(e).__name__ + ':', e)
try:
    print('bool(0.0)', '->', repr(bool(0.0)))
except Exception as e:
    print('bool(0.0)', '->', type(e).__name__ + ':', e)
try:
    print('divmod(0.0, 0.1)', '->', repr(divmod(0.0, 0.1)))
except Exception as e:
    print('divmod(0.0, 0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(0.0).is_integer() if isinstance(0.0, float) else 0', '->', repr((0.0).is_integer() if isinstance(0.0, float) else 0))
except Exception as e:
    print('(0.0).is_integer() if isinstance(0.0, float) else 0', '->', type(e).__name__ + ':', e)
try:
    print('round(-0.0)', '->', repr(round(-0.0)))
except Exception as e:
    print('round(-0.0)', '->', type(e).__name__ + ':', e)
try:
    print('round(-0.0, 0)', '->', repr(round(-0.0, 0)))
except Exception as e:
    print('round(-0.0, 0)', '->', type(e).__name__ + ':', e)
try:
    print('round(-0.0, 1)', '->', repr(round(-0.0, 1)))
except Exception as e:
    print('round(-0.0, 1)', '->', type(e).__name__ + ':', e)
try:
    print('round(-0.0, 2)', '->', repr(round(-0.0, 2)))
except Exception as e:
    print('round(-0.0, 2)', '->', type(e).__name__ + ':', e)
try:
    print('round(-0.0, 3)', '->', repr(round(-0.0, 3)))
except Exception as e:
    print('round(-0.0, 3)', '->', type(e).__name__ + ':', e)
try:
    print('round(-0.0, -1)', '->', repr(round(-0.0, -1)))
except Exception as e:
    print('round(-0.0, -1)', '->', type(e).__name__ + ':', e)
try:
    print('round(-0.0, -2)', '->', repr(round(-0.0, -2)))
except Exception as e:
    print('round(-0.0, -2)', '->', type(e).__name__ + ':', e)
try:
    print('round(-0.0, None)', '->', repr(round(-0.0, None)))
except Exception as e:
    print('round(-0.0, None)', '->', type(e).__name__ + ':', e)
try:
    print('int(-0.0)', '->', repr(int(-0.0)))
except Exception as e:
    print('int(-0.0)', '->', type(e).__name__ + ':', e)
try:
    print('float(-0.0)', '->', repr(float(-0.0)))
except Exception as e:
    print('float(-0.0)', '->', type(e).__name__ + ':', e)
try:
    print('abs(-0.0)', '->', repr(abs(-0.0)))
except Exception as e:
    print('abs(-0.0)', '->', type(e).__name__ + ':', e)
try:
    print('str(-0.0)', '->', repr(str(-0.0)))
except Exception as e:
    print('str(-0.0)', '->', type(e).__name__ + ':', e)
try:
    print('bool(-0.0)', '->', repr(bool(-0.0)))
except Exception as e:
    print('bool(-0.0)', '->', type(e).__name__ + ':', e)
try:
    print('divmod(-0.0, 0.1)', '->', repr(divmod(-0.0, 0.1)))
except Exception as e:
    print('divmod(-0.0, 0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(-0.0).is_integer() if isinstance(-0.0, float) else 0', '->', repr((-0.0).is_integer() if isinstance(-0.0, float) else 0))
except Exception as e:
    print('(-0.0).is_integer() if isinstance(-0.0, float) else 0', '->', type(e).__name__ + ':', e)
