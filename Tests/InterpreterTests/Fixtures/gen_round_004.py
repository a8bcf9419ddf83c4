# Generated: round() with every ndigits, and int/float conversions.
try:
    print('round(0.375)', '->', repr(round(0.375)))
except Exception as e:
    print('round(0.375)', '->', type(e).__name__ + ':', e)
try:
    print('round(0.375, 0)', '->', repr(round(0.375, 0)))
except Exception as e:
    print('round(0.375, 0)', '->', type(e).__name__ + ':', e)
try:
    print('round(0.375, 1)', '->', repr(round(0.375, 1)))
except Exception as e:
    print('round(0.375, 1)', '->', type(e).__name__ + ':', e)
try:
    print('round(0.375, 2)', '->', repr(round(0.375, 2)))
except Exception as e:
    print('round(0.375, 2)', '->', type(e).__name__ + ':', e)
try:
    print('round(0.375, 3)', '->', repr(round(0.375, 3)))
except Exception as e:
    print('round(0.375, 3)', '->', type(e).__name__ + ':', e)
try:
    print('round(0.375, -1)', '->', repr(round(0.375, -1)))
except Exception as e:
    print('round(0.375, -1)', '->', type(e).__name__ + ':', e)
try:
    print('round(0.375, -2)', '->', repr(round(0.375, -2)))
except Exception as e:
    print('round(0.375, -2)', '->', type(e).__name__ + ':', e)
try:
    print('round(0.375, None)', '->', repr(round(0.375, None)))
except Exception as e:
    print('round(0.375, None)', '->', type(e).__name__ + ':', e)
try:
    print('int(0.375)', '->', repr(int(0.375)))
except Exception as e:
    print('int(0.375)', '->', type(e).__name__ + ':', e)
try:
    print('float(0.375)', '->', repr(float(0.375)))
except Exception as e:
    print('float(0.375)', '->', type(e).__name__ + ':', e)
try:
    print('abs(0.375)', '->', repr(abs(0.375)))
except Exception as e:
    print('abs(0.375)', '->', type(e).__name__ + ':', e)
try:
    print('str(0.375)', '->', repr(str(0.375)))
except Exception as e:
    print('str(0.375)', '->', type(e).__name__ + ':', e)
try:
    print('bool(0.375)', '->', repr(bool(0.375)))
except Exception as e:
    print('bool(0.375)', '->', type(e).__name__ + ':', e)
try:
    print('divmod(0.375, 0.1)', '->', repr(divmod(0.375, 0.1)))
except Exception as e:
    print('divmod(0.375, 0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(0.375).is_integer() if isinstance(0.375, float) else 0', '->', repr((0.375).is_integer() if isinstance(0.375, float) else 0))
except Exception as e:
    print('(0.375).is_integer() if isinstance(0.375, float) else 0', '->', type(e).__name__ + ':', e)
try:
    print('round(123.456)', '->', repr(round(123.456)))
except Exception as e:
    print('round(123.456)', '->', type(e).__name__ + ':', e)
try:
    print('round(123.456, 0)', '->', repr(round(123.456, 0)))
except Exception as e:
    print('round(123.456, 0)', '->', type(e).__name__ + ':', e)
try:
    print('round(123.456, 1)', '->', repr(round(123.456, 1)))
except Exception as e:
    print('round(123.456, 1)', '->', type(e).__name__ + ':', e)
try:
    print('round(123.456, 2)', '->', repr(round(123.456, 2)))
except Exception as e:
    print('round(123.456, 2)', '->', type(e).__name__ + ':', e)
try:
    print('round(123.456, 3)', '->', repr(round(123.456, 3)))
except Exception as e:
    print('round(123.456, 3)', '->', type(e).__name__ + ':', e)
try:
    print('round(123.456, -1)', '->', repr(round(123.456, -1)))
except Exception as e:
    print('round(123.456, -1)', '->', type(e).__name__ + ':', e)
try:
    print('round(123.456, -2)', '->', repr(round(123.456, -2)))
except Exception as e:
    print('round(123.456, -2)', '->', type(e).__name__ + ':', e)
try:
    print('round(123.456, None)', '->', repr(round(123.456, None)))
except Exception as e:
    print('round(123.456, None)', '->', type(e).__name__ + ':', e)
try:
    print('int(123.456)', '->', repr(int(123.456)))
except Exception as e:
    print('int(123.456)', '->', type(e).__name__ + ':', e)
try:
    print('float(123.456)', '->', repr(float(123.456)))
except Exception as e:
    print('float(123.456)', '->', type(e).__name__ + ':', e)
try:
    print('abs(123.456)', '->', repr(abs(123.456)))
except Exception as e:
    print('abs(123.456)', '->', type(e).__name__ + ':', e)
try:
    print('str(123.456)', '->', repr(str(123.456)))
except Exception as e:
    print('str(123.456)', '->', type(e).__name__ + ':', e)
try:
    print('bool(123.456)', '->', repr(bool(123.456)))
except Exception as e:
    print('bool(123.456)', '->', type(e).__name__ + ':', e)
try:
    print('divmod(123.456, 0.1)', '->', repr(divmod(123.456, 0.1)))
except Exception as e:
    print('divmod(123.456, 0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(123.456).is_integer() if isinstance(123.456, float) else 0', '->', repr((123.456).is_integer() if isinstance(123.456, float) else 0))
except Exception as e:
    print('(123.456).is_integer() if isinstance(123.456, float) else 0', '->', type(e).__name__ + ':', e)
