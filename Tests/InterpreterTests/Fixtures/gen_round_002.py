# Generated: round() with every ndigits, and int/float conversions.
try:
    print('round(-1.5)', '->', repr(round(-1.5)))
except Exception as e:
    print('round(-1.5)', '->', type(e).__name__ + ':', e)
try:
    print('round(-1.5, 0)', '->', repr(round(-1.5, 0)))
except Exception as e:
    print('round(-1.5, 0)', '->', type(e).__name__ + ':', e)
try:
    print('round(-1.5, 1)', '->', repr(round(-1.5, 1)))
except Exception as e:
    print('round(-1.5, 1)', '->', type(e).__name__ + ':', e)
try:
    print('round(-1.5, 2)', '->', repr(round(-1.5, 2)))
except Exception as e:
    print('round(-1.5, 2)', '->', type(e).__name__ + ':', e)
try:
    print('round(-1.5, 3)', '->', repr(round(-1.5, 3)))
except Exception as e:
    print('round(-1.5, 3)', '->', type(e).__name__ + ':', e)
try:
    print('round(-1.5, -1)', '->', repr(round(-1.5, -1)))
except Exception as e:
    print('round(-1.5, -1)', '->', type(e).__name__ + ':', e)
try:
    print('round(-1.5, -2)', '->', repr(round(-1.5, -2)))
except Exception as e:
    print('round(-1.5, -2)', '->', type(e).__name__ + ':', e)
try:
    print('round(-1.5, None)', '->', repr(round(-1.5, None)))
except Exception as e:
    print('round(-1.5, None)', '->', type(e).__name__ + ':', e)
try:
    print('int(-1.5)', '->', repr(int(-1.5)))
except Exception as e:
    print('int(-1.5)', '->', type(e).__name__ + ':', e)
try:
    print('float(-1.5)', '->', repr(float(-1.5)))
except Exception as e:
    print('float(-1.5)', '->', type(e).__name__ + ':', e)
try:
    print('abs(-1.5)', '->', repr(abs(-1.5)))
except Exception as e:
    print('abs(-1.5)', '->', type(e).__name__ + ':', e)
try:
    print('str(-1.5)', '->', repr(str(-1.5)))
except Exception as e:
    print('str(-1.5)', '->', type(e).__name__ + ':', e)
try:
    print('bool(-1.5)', '->', repr(bool(-1.5)))
except Exception as e:
    print('bool(-1.5)', '->', type(e).__name__ + ':', e)
try:
    print('divmod(-1.5, 0.1)', '->', repr(divmod(-1.5, 0.1)))
except Exception as e:
    print('divmod(-1.5, 0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(-1.5).is_integer() if isinstance(-1.5, float) else 0', '->', repr((-1.5).is_integer() if isinstance(-1.5, float) else 0))
except Exception as e:
    print('(-1.5).is_integer() if isinstance(-1.5, float) else 0', '->', type(e).__name__ + ':', e)
try:
    print('round(2.675)', '->', repr(round(2.675)))
except Exception as e:
    print('round(2.675)', '->', type(e).__name__ + ':', e)
try:
    print('round(2.675, 0)', '->', repr(round(2.675, 0)))
except Exception as e:
    print('round(2.675, 0)', '->', type(e).__name__ + ':', e)
try:
    print('round(2.675, 1)', '->', repr(round(2.675, 1)))
except Exception as e:
    print('round(2.675, 1)', '->', type(e).__name__ + ':', e)
try:
    print('round(2.675, 2)', '->', repr(round(2.675, 2)))
except Exception as e:
    print('round(2.675, 2)', '->', type(e).__name__ + ':', e)
try:
    print('round(2.675, 3)', '->', repr(round(2.675, 3)))
except Exception as e:
    print('round(2.675, 3)', '->', type(e).__name__ + ':', e)
try:
    print('round(2.675, -1)', '->', repr(round(2.675, -1)))
except Exception as e:
    print('round(2.675, -1)', '->', type(e).__name__ + ':', e)
try:
    print('round(2.675, -2)', '->', repr(round(2.675, -2)))
except Exception as e:
    print('round(2.675, -2)', '->', type(e).__name__ + ':', e)
try:
    print('round(2.675, None)', '->', repr(round(2.675, None)))
except Exception as e:
    print('round(2.675, None)', '->', type(e).__name__ + ':', e)
try:
    print('int(2.675)', '->', repr(int(2.675)))
except Exception as e:
    print('int(2.675)', '->', type(e).__name__ + ':', e)
try:
    print('float(2.675)', '->', repr(float(2.675)))
except Exception as e:
    print('float(2.675)', '->', type(e).__name__ + ':', e)
try:
    print('abs(2.675)', '->', repr(abs(2.675)))
except Exception as e:
    print('abs(2.675)', '->', type(e).__name__ + ':', e)
try:
    print('str(2.675)', '->', repr(str(2.675)))
except Exception as e:
    print('str(2.675)', '->', type(e).__name__ + ':', e)
try:
    print('bool(2.675)', '->', repr(bool(2.675)))
except Exception as e:
    print('bool(2.675)', '->', type(e).__name__ + ':', e)
try:
    print('divmod(2.675, 0.1)', '->', repr(divmod(2.675, 0.1)))
except Exception as e:
    print('divmod(2.675, 0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(2.675).is_integer() if isinstance(2.675, float) else 0', '->', repr((2.675).is_integer() if isinstance(2.675, float) else 0))
except Exception as e:
    print('(2.675).is_integer() if isinstance(2.675, float) else 0', '->', type(e).__name__ + ':', e)
