# Generated: round() with every ndigits, and int/float conversions.
try:
    print('round(-123.456)', '->', repr(round(-123.456)))
except Exception as e:
    print('round(-123.456)', '->', type(e).__name__ + ':', e)
try:
    print('round(-123.456, 0)', '->', repr(round(-123.456, 0)))
except Exception as e:
    print('round(-123.456, 0)', '->', type(e).__name__ + ':', e)
try:
    print('round(-123.456, 1)', '->', repr(round(-123.456, 1)))
except Exception as e:
    print('round(-123.456, 1)', '->', type(e).__name__ + ':', e)
try:
    print('round(-123.456, 2)', '->', repr(round(-123.456, 2)))
except Exception as e:
    print('round(-123.456, 2)', '->', type(e).__name__ + ':', e)
try:
    print('round(-123.456, 3)', '->', repr(round(-123.456, 3)))
except Exception as e:
    print('round(-123.456, 3)', '->', type(e).__name__ + ':', e)
try:
    print('round(-123.456, -1)', '->', repr(round(-123.456, -1)))
except Exception as e:
    print('round(-123.456, -1)', '->', type(e).__name__ + ':', e)
try:
    print('round(-123.456, -2)', '->', repr(round(-123.456, -2)))
except Exception as e:
    print('round(-123.456, -2)', '->', type(e).__name__ + ':', e)
try:
    print('round(-123.456, None)', '->', repr(round(-123.456, None)))
except Exception as e:
    print('round(-123.456, None)', '->', type(e).__name__ + ':', e)
try:
    print('int(-123.456)', '->', repr(int(-123.456)))
except Exception as e:
    print('int(-123.456)', '->', type(e).__name__ + ':', e)
try:
    print('float(-123.456)', '->', repr(float(-123.456)))
except Exception as e:
    print('float(-123.456)', '->', type(e).__name__ + ':', e)
try:
    print('abs(-123.456)', '->', repr(abs(-123.456)))
except Exception as e:
    print('abs(-123.456)', '->', type(e).__name__ + ':', e)
try:
    print('str(-123.456)', '->', repr(str(-123.456)))
except Exception as e:
    print('str(-123.456)', '->', type(e).__name__ + ':', e)
try:
    print('bool(-123.456)', '->', repr(bool(-123.456)))
except Exception as e:
    print('bool(-123.456)', '->', type(e).__name__ + ':', e)
try:
    print('divmod(-123.456, 0.1)', '->', repr(divmod(-123.456, 0.1)))
except Exception as e:
    print('divmod(-123.456, 0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(-123.456).is_integer() if isinstance(-123.456, float) else 0', '->', repr((-123.456).is_integer() if isinstance(-123.456, float) else 0))
except Exception as e:
    print('(-123.456).is_integer() if isinstance(-123.456, float) else 0', '->', type(e).__name__ + ':', e)
try:
    print('round(1e-10)', '->', repr(round(1e-10)))
except Exception as e:
    print('round(1e-10)', '->', type(e).__name__ + ':', e)
try:
    print('round(1e-10, 0)', '->', repr(round(1e-10, 0)))
except Exception as e:
    print('round(1e-10, 0)', '->', type(e).__name__ + ':', e)
try:
    print('round(1e-10, 1)', '->', repr(round(1e-10, 1)))
except Exception as e:
    print('round(1e-10, 1)', '->', type(e).__name__ + ':', e)
try:
    print('round(1e-10, 2)', '->', repr(round(1e-10, 2)))
except Exception as e:
    print('round(1e-10, 2)', '->', type(e).__name__ + ':', e)
try:
    print('round(1e-10, 3)', '->', repr(round(1e-10, 3)))
except Exception as e:
    print('round(1e-10, 3)', '->', type(e).__name__ + ':', e)
try:
    print('round(1e-10, -1)', '->', repr(round(1e-10, -1)))
except Exception as e:
    print('round(1e-10, -1)', '->', type(e).__name__ + ':', e)
try:
    print('round(1e-10, -2)', '->', repr(round(1e-10, -2)))
except Exception as e:
    print('round(1e-10, -2)', '->', type(e).__name__ + ':', e)
try:
    print('round(1e-10, None)', '->', repr(round(1e-10, None)))
except Exception as e:
    print('round(1e-10, None)', '->', type(e).__name__ + ':', e)
try:
    print('int(1e-10)', '->', repr(int(1e-10)))
except Exception as e:
    print('int(1e-10)', '->', type(e).__name__ + ':', e)
try:
    print('float(1e-10)', '->', repr(float(1e-10)))
except Exception as e:
    print('float(1e-10)', '->', type(e).__name__ + ':', e)
try:
    print('abs(1e-10)', '->', repr(abs(1e-10)))
except Exception as e:
    print('abs(1e-10)', '->', type(e).__name__ + ':', e)
try:
    print('str(1e-10)', '->', repr(str(1e-10)))
except Exception as e:
    print('str(1e-10)', '->', type(e).__name__ + ':', e)
try:
    print('bool(1e-10)', '->', repr(bool(1e-10)))
except Exception as e:
    print('bool(1e-10)', '->', type(e).__name__ + ':', e)
try:
    print('divmod(1e-10, 0.1)', '->', repr(divmod(1e-10, 0.1)))
except Exception as e:
    print('divmod(1e-10, 0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(1e-10).is_integer() if isinstance(1e-10, float) else 0', '->', repr((1e-10).is_integer() if isinstance(1e-10, float) else 0))
except Exception as e:
    print('(1e-10).is_integer() if isinstance(1e-10, float) else 0', '->', type(e).__name__ + ':', e)
