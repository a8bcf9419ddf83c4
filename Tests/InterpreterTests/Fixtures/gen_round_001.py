# Generated: round() with every ndigits, and int/float conversions.
try:
    print('round(2.5)', '->', repr(round(2.5)))
except Exception as e:
    print('round(2.5)', '->', type(e).__name__ + ':', e)
try:
    print('round(2.5, 0)', '->', repr(round(2.5, 0)))
except Exception as e:
    print('round(2.5, 0)', '->', type(e).__name__ + ':', e)
try:
    print('round(2.5, 1)', '->', repr(round(2.5, 1)))
except Exception as e:
    print('round(2.5, 1)', '->', type(e).__name__ + ':', e)
try:
    print('round(2.5, 2)', '->', repr(round(2.5, 2)))
except Exception as e:
    print('round(2.5, 2)', '->', type(e).__name__ + ':', e)
try:
    print('round(2.5, 3)', '->', repr(round(2.5, 3)))
except Exception as e:
    print('round(2.5, 3)', '->', type(e).__name__ + ':', e)
try:
    print('round(2.5, -1)', '->', repr(round(2.5, -1)))
except Exception as e:
    print('round(2.5, -1)', '->', type(e).__name__ + ':', e)
try:
    print('round(2.5, -2)', '->', repr(round(2.5, -2)))
except Exception as e:
    print('round(2.5, -2)', '->', type(e).__name__ + ':', e)
try:
    print('round(2.5, None)', '->', repr(round(2.5, None)))
except Exception as e:
    print('round(2.5, None)', '->', type(e).__name__ + ':', e)
try:
    print('int(2.5)', '->', repr(int(2.5)))
except Exception as e:
    print('int(2.5)', '->', type(e).__name__ + ':', e)
try:
    print('float(2.5)', '->', repr(float(2.5)))
except Exception as e:
    print('float(2.5)', '->', type(e).__name__ + ':', e)
try:
    print('abs(2.5)', '->', repr(abs(2.5)))
except Exception as e:
    print('abs(2.5)', '->', type(e).__name__ + ':', e)
try:
    print('str(2.5)', '->', repr(str(2.5)))
except Exception as e:
    print('str(2.5)', '->', type(e).__name__ + ':', e)
try:
    print('bool(2.5)', '->', repr(bool(2.5)))
except Exception as e:
    print('bool(2.5)', '->', type(e).__name__ + ':', e)
try:
    print('divmod(2.5, 0.1)', '->', repr(divmod(2.5, 0.1)))
except Exception as e:
    print('divmod(2.5, 0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5).is_integer() if isinstance(2.5, float) else 0', '->', repr((2.5).is_integer() if isinstance(2.5, float) else 0))
except Exception as e:
    print('(2.5).is_integer() if isinstance(2.5, float) else 0', '->', type(e).__name__ + ':', e)
try:
    print('round(-0.5)', '->', repr(round(-0.5)))
except Exception as e:
    print('round(-0.5)', '->', type(e).__name__ + ':', e)
try:
    print('round(-0.5, 0)', '->', repr(round(-0.5, 0)))
except Exception as e:
    print('round(-0.5, 0)', '->', type(e).__name__ + ':', e)
try:
    print('round(-0.5, 1)', '->', repr(round(-0.5, 1)))
except Exception as e:
    print('round(-0.5, 1)', '->', type(e).__name__ + ':', e)
try:
    print('round(-0.5, 2)', '->', repr(round(-0.5, 2)))
except Exception as e:
    print('round(-0.5, 2)', '->', type(e).__name__ + ':', e)
try:
    print('round(-0.5, 3)', '->', repr(round(-0.5, 3)))
except Exception as e:
    print('round(-0.5, 3)', '->', type(e).__name__ + ':', e)
try:
    print('round(-0.5, -1)', '->', repr(round(-0.5, -1)))
except Exception as e:
    print('round(-0.5, -1)', '->', type(e).__name__ + ':', e)
try:
    print('round(-0.5, -2)', '->', repr(round(-0.5, -2)))
except Exception as e:
    print('round(-0.5, -2)', '->', type(e).__name__ + ':', e)
try:
    print('round(-0.5, None)', '->', repr(round(-0.5, None)))
except Exception as e:
    print('round(-0.5, None)', '->', type(e).__name__ + ':', e)
try:
    print('int(-0.5)', '->', repr(int(-0.5)))
except Exception as e:
    print('int(-0.5)', '->', type(e).__name__ + ':', e)
try:
    print('float(-0.5)', '->', repr(float(-0.5)))
except Exception as e:
    print('float(-0.5)', '->', type(e).__name__ + ':', e)
try:
    print('abs(-0.5)', '->', repr(abs(-0.5)))
except Exception as e:
    print('abs(-0.5)', '->', type(e).__name__ + ':', e)
try:
    print('str(-0.5)', '->', repr(str(-0.5)))
except Exception as e:
    print('str(-0.5)', '->', type(e).__name__ + ':', e)
try:
    print('bool(-0.5)', '->', repr(bool(-0.5)))
except Exception as e:
    print('bool(-0.5)', '->', type(e).__name__ + ':', e)
try:
    print('divmod(-0.5, 0.1)', '->', repr(divmod(-0.5, 0.1)))
except Exception as e:
    print('divmod(-0.5, 0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(-0.5).is_integer() if isinstance(-0.5, float) else 0', '->', repr((-0.5).is_integer() if isinstance(-0.5, float) else 0))
except Exception as e:
    print('(-0.5).is_integer() if isinstance(-0.5, float) else 0', '->', type(e).__name__ + ':', e)
